//! What a negotiation plan asks about an offer with options: the questions
//! that decide what the options are worth, and the non-cash items worth
//! asking for. Asks for options are in options, never dollars, and no
//! sentence presents a paper value as pay.

use crate::domain::options::{PrivateGrant, PrivateKind};

/// What a question settles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    FullyDilutedShares,
    PreferredAndFmv,
    LiquidationPreferences,
    ExerciseWindow,
    EarlyExercise,
    Acceleration,
}

/// One question to put to the company, and why its answer matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub topic: Topic,
    pub question: String,
    pub why: String,
}

/// A non-cash item to ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NonCashAsk {
    /// More options on a grant: the number asked for, in options.
    MoreOptions {
        /// 1-based grant number in the offer file.
        grant: usize,
        offered: u64,
        ask: u64,
        text: String,
    },
    /// A longer window to buy vested options after leaving.
    LongerExerciseWindow {
        grant: usize,
        offered_days: u32,
        ask_days: u32,
        text: String,
    },
    /// The right to buy options before they vest (with an 83(b) election).
    EarlyExercise { grant: usize, text: String },
}

/// What the plan asks about an offer's options.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OptionsQuestions {
    pub questions: Vec<Question>,
    pub asks: Vec<NonCashAsk>,
}

/// The default ask for more options: a quarter more, rounded up to a whole
/// thousand (a stated, explained number the user may change; concessions
/// are rounder than openings).
pub const MORE_OPTIONS_PCT: u64 = 25;
/// The exercise window asked for after leaving, in days (five years: what
/// companies that extend the window commonly give).
pub const LONGER_WINDOW_DAYS: u32 = 5 * 365;

/// The questions and non-cash asks for an offer's options grants (its
/// `private` grants); empty for an offer without options.
pub fn options_questions(private: &[PrivateGrant]) -> OptionsQuestions {
    let options: Vec<&PrivateGrant> = private.iter().filter(|g| g.is_options()).collect();
    let Some(first) = options.first() else {
        return OptionsQuestions::default();
    };
    let mut questions = Vec::new();
    let ask = |topic, question: &str, why: &str| Question {
        topic,
        question: question.to_owned(),
        why: why.to_owned(),
    };
    questions.push(match first.fully_diluted_shares {
        None => ask(
            Topic::FullyDilutedShares,
            "How many fully diluted shares does the company have, counting every option, warrant and the unissued pool?",
            "The options are a share of the company only against that count; without it no exit valuation can be turned into a price per share.",
        ),
        Some(shares) => ask(
            Topic::FullyDilutedShares,
            &format!(
                "Does the fully diluted count of {} shares include the option pool's planned increase at the next round?",
                crate::domain::money::grouped(rust_decimal::Decimal::from(shares), crate::domain::money::Minor::of("JPY"))
            ),
            "A larger pool dilutes every option before any exit.",
        ),
    });
    questions.push(match first.preferred {
        None => ask(
            Topic::PreferredAndFmv,
            "What was the preferred price per share at the last round, and when was the 409A valuation done?",
            "The 409A sets the strike and the income at exercise; the preferred price is what investors paid, not what common will get.",
        ),
        Some(_) => ask(
            Topic::PreferredAndFmv,
            "When was the 409A valuation done, and is a new one expected before the grant is approved?",
            "A new 409A can raise the strike before the options are granted.",
        ),
    });
    questions.push(ask(
        Topic::LiquidationPreferences,
        "How much in liquidation preferences sits ahead of common, and are any of them participating or above 1×?",
        "Preferences are paid before common at a sale: in a modest sale they can leave the options with nothing.",
    ));
    // Each options grant: its questions, and the non-cash asks for it.
    let mut asks = Vec::new();
    for grant in &options {
        let PrivateKind::Options {
            exercise_window_days,
            early_exercise,
            ..
        } = grant.kind
        else {
            continue;
        };
        let number = grant.index + 1;
        let which = if options.len() > 1 {
            format!("For grant {number}: ")
        } else {
            String::new()
        };
        let capital = |text: &str| {
            if which.is_empty() {
                crate::render::labels::capitalised(text)
            } else {
                text.to_owned()
            }
        };
        questions.push(ask(
            Topic::ExerciseWindow,
            &format!(
                "{which}{}",
                capital(&format!("is the window to buy vested options after leaving {exercise_window_days} days, and can it be extended?"))
            ),
            "After the window closes, vested options that were not bought are lost.",
        ));
        if !early_exercise {
            questions.push(ask(
                Topic::EarlyExercise,
                &format!("{which}{}", capital("may options be exercised before they vest, with an 83(b) election?")),
                "Buying early, while the 409A is at the strike, can start the holding period with no income at purchase.",
            ));
        }
        let more = grant
            .shares
            .saturating_mul(100 + MORE_OPTIONS_PCT)
            .div_ceil(100 * 1000)
            .saturating_mul(1000);
        asks.push(NonCashAsk::MoreOptions {
            grant: number,
            offered: grant.shares,
            ask: more,
            text: format!(
                "Could grant {number} be {more} options rather than {}?",
                grant.shares
            ),
        });
        if exercise_window_days < LONGER_WINDOW_DAYS {
            asks.push(NonCashAsk::LongerExerciseWindow {
                grant: number,
                offered_days: exercise_window_days,
                ask_days: LONGER_WINDOW_DAYS,
                text: format!(
                    "Could vested options of grant {number} stay exercisable for five years after leaving rather than {exercise_window_days} days?"
                ),
            });
        }
        if !early_exercise {
            asks.push(NonCashAsk::EarlyExercise {
                grant: number,
                text: format!("Could grant {number} allow early exercise with an 83(b) election?"),
            });
        }
    }
    questions.push(ask(
        Topic::Acceleration,
        "Does any vesting accelerate on a change of control (single or double trigger)?",
        "Without acceleration, unvested options may be cancelled or reset when the company is sold.",
    ));
    OptionsQuestions { questions, asks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::{Defaults, parse_offer};

    fn offer(json: &str) -> crate::domain::offer::Offer {
        let defaults = Defaults {
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            years: None,
        };
        parse_offer(json.as_bytes(), &defaults).unwrap()
    }

    const STARTUP: &str = include_str!("../../../examples/startup-options.json");

    fn texts(plan: &OptionsQuestions) -> Vec<String> {
        plan.questions
            .iter()
            .flat_map(|q| [q.question.clone(), q.why.clone()])
            .chain(plan.asks.iter().map(|a| match a {
                NonCashAsk::MoreOptions { text, .. }
                | NonCashAsk::LongerExerciseWindow { text, .. }
                | NonCashAsk::EarlyExercise { text, .. } => text.clone(),
            }))
            .collect()
    }

    #[test]
    fn the_startup_offer_gets_every_question_and_three_asks() {
        let plan = options_questions(&offer(STARTUP).private);
        let topics: Vec<Topic> = plan.questions.iter().map(|q| q.topic).collect();
        assert_eq!(
            topics,
            vec![
                Topic::FullyDilutedShares,
                Topic::PreferredAndFmv,
                Topic::LiquidationPreferences,
                Topic::ExerciseWindow,
                Topic::EarlyExercise,
                Topic::Acceleration,
            ]
        );
        assert!(plan.questions[0].question.contains("50,000,000 shares"));
        // 40,000 × 1.25 = 50,000 options: in options, not dollars.
        assert_eq!(
            plan.asks,
            vec![
                NonCashAsk::MoreOptions {
                    grant: 1,
                    offered: 40000,
                    ask: 50000,
                    text: "Could grant 1 be 50000 options rather than 40000?".into(),
                },
                NonCashAsk::LongerExerciseWindow {
                    grant: 1,
                    offered_days: 90,
                    ask_days: 1825,
                    text: "Could vested options of grant 1 stay exercisable for five years after leaving rather than 90 days?".into(),
                },
                NonCashAsk::EarlyExercise {
                    grant: 1,
                    text: "Could grant 1 allow early exercise with an 83(b) election?".into(),
                },
            ]
        );
    }

    #[test]
    fn the_words_never_present_paper_value_as_pay() {
        let plan = options_questions(&offer(STARTUP).private);
        for text in texts(&plan) {
            for word in ["$", "USD", "worth", "paper value", "salary", "pay "] {
                assert!(!text.contains(word), "`{word}` in: {text}");
            }
        }
    }

    #[test]
    fn what_the_file_settles_is_not_asked_again() {
        let json = r#"{"name": "S", "base_salary": 1, "equity": [{"kind": "options",
            "shares": 12345, "strike_price": 1, "fmv": 1, "exercise_window_days": 3650,
            "early_exercise": true}]}"#;
        let plan = options_questions(&offer(json).private);
        let topics: Vec<Topic> = plan.questions.iter().map(|q| q.topic).collect();
        assert_eq!(
            topics,
            vec![
                Topic::FullyDilutedShares,
                Topic::PreferredAndFmv,
                Topic::LiquidationPreferences,
                Topic::ExerciseWindow,
                Topic::Acceleration,
            ]
        );
        assert!(
            plan.questions[0]
                .question
                .starts_with("How many fully diluted shares")
        );
        assert!(
            plan.questions[1]
                .question
                .starts_with("What was the preferred price")
        );
        // 12,345 × 1.25 = 15,431.25, up to 16,000; no window or early-exercise ask.
        assert_eq!(plan.asks.len(), 1);
        assert!(matches!(
            plan.asks[0],
            NonCashAsk::MoreOptions { ask: 16000, .. }
        ));
    }

    #[test]
    fn an_offer_without_options_gets_nothing() {
        let json = r#"{"name": "S", "base_salary": 1, "equity": [{"double_trigger": true,
            "shares": 10, "share_price": 1}]}"#;
        assert_eq!(
            options_questions(&offer(json).private),
            OptionsQuestions::default()
        );
    }
}
