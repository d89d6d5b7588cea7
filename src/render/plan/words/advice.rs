//! Replies to common pushbacks, and the menu of non-cash asks. The
//! principles: trade, never give; ask for time any serious decision needs;
//! say you have an alternative, not what it is; agree to "sign today" only
//! for the whole package you would sign.

use serde::Serialize;

use super::{Voice, day};
use crate::plan::Component;

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Pushback {
    pub they_say: String,
    pub you_say: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct NonCash {
    pub item: String,
    pub say: String,
}

pub fn pushbacks(voice: &Voice) -> Vec<Pushback> {
    let plan = voice.plan;
    let pair = |they: &str, you: String| Pushback {
        they_say: they.to_owned(),
        you_say: you,
    };
    let mut replies = Vec::new();
    let fallback = match (voice.promotion(), voice.has_equity()) {
        (true, true) => "the promotion grant or a committed review date".to_owned(),
        (true, false) => "a committed review date".to_owned(),
        (false, true) => format!("a {} or a larger grant", voice.sign_on_name()),
        (false, false) => format!("a {}", voice.sign_on_name()),
    };
    replies.push(pair(
        "This is the top of the band.",
        format!(
            "I understand. What does the band look like for this level, and what moves someone up it? If base can't go higher, {fallback} would close the gap."
        ),
    ));
    let equity_instead = plan
        .trades
        .iter()
        .find(|t| t.capped == Component::Equity)
        .map(|t| super::trade(voice, t));
    if plan.asks.iter().any(|a| a.component == Component::Equity) {
        replies.push(pair(
            "We don't negotiate equity.",
            match equity_instead {
                Some(line) => format!("Understood. Then let's look at the rest of the package. {line}"),
                None => "Understood. Could we look at the rest of the package instead, or agree the size of my first refresher in writing?".to_owned(),
            },
        ));
    }
    // The closer is said only after a no.
    let closer = plan
        .ladder
        .last()
        .map(|rung| super::say::closer(voice, rung));
    let first_non_cash = non_cash(voice)
        .into_iter()
        .next()
        .map(|n| n.say)
        .unwrap_or_default();
    replies.push(pair(
        "This is our best and final offer.",
        match &closer {
            Some(closer) => format!("Thank you for going back on this; I appreciate it. {closer}"),
            None => format!("Thank you for going back on this; I appreciate it. One more thing would help me say yes. {first_non_cash}"),
        },
    ));
    // The counter goes out on business day 3: the time a decision needs.
    let answer_by = day(plan.timeline.answer_by);
    replies.push(pair(
        "We need an answer today.",
        format!(
            "I want to give this the attention it deserves, and a decision like this takes a few days. I can give you my answer by {answer_by}. Does that work?"
        ),
    ));
    if !voice.promotion() {
        let better = plan.alternative.as_ref().is_some_and(|a| a.better());
        replies.push(pair(
            "What are your other offers?",
            if better {
                "I have one that pays more; the figure is in my email. I'd rather be here, and the package I've asked for would settle it.".to_owned()
            } else {
                "I'm focused on making this one work. The package I've asked for reflects the value I'll bring.".to_owned()
            },
        ));
    }
    let sign = if voice.promotion() { "confirm" } else { "sign" };
    replies.push(pair(
        "If I get you that, will you sign today?",
        format!("Yes. Send the updated offer with those figures in writing and I'll {sign} it the same day."),
    ));
    if voice.promotion() {
        replies.push(pair(
            "The budget is fixed this cycle.",
            match &closer {
                Some(closer) => format!("I understand. {closer} And could we put a compensation review in six months in writing, with the base revisited then?"),
                None if voice.has_equity() => "I understand. Then could we put the rest in writing now: the promotion grant this cycle, and a compensation review in six months with the base revisited then?".to_owned(),
                None => "I understand. Then could we put a compensation review in six months in writing, with the base revisited then?".to_owned(),
            },
        ));
    }
    replies
}

/// More options, a longer exercise window, early exercise: asked in
/// options and days, never in money.
fn options_asks(voice: &Voice) -> Vec<NonCash> {
    use super::super::questions::NonCashAsk;
    let asks = &voice.options.asks;
    let several = asks
        .iter()
        .filter(|a| matches!(a, NonCashAsk::MoreOptions { .. }))
        .count()
        > 1;
    let grant = |number: usize| {
        if several {
            format!("grant {number}")
        } else {
            "the grant".to_owned()
        }
    };
    let whole = |n: u64| {
        crate::domain::money::grouped(
            rust_decimal::Decimal::from(n),
            crate::domain::money::Minor::of("JPY"),
        )
    };
    asks.iter()
        .map(|ask| match ask {
            NonCashAsk::MoreOptions {
                grant: number,
                offered,
                ask,
                ..
            } => NonCash {
                item: "More options".to_owned(),
                say: format!(
                    "Could {} be {} options rather than {}?",
                    grant(*number),
                    whole(*ask),
                    whole(*offered)
                ),
            },
            NonCashAsk::LongerExerciseWindow {
                grant: number,
                offered_days,
                ..
            } => NonCash {
                item: "A longer exercise window".to_owned(),
                say: format!(
                    "Could vested options from {} stay exercisable for five years after I leave, rather than {offered_days} days?",
                    grant(*number)
                ),
            },
            NonCashAsk::EarlyExercise { grant: number, .. } => NonCash {
                item: "Early exercise".to_owned(),
                say: format!(
                    "Could {} allow early exercise, with an 83(b) election?",
                    grant(*number)
                ),
            },
        })
        .collect()
}

/// Terms longer than this many months are worth asking to shorten.
const SHORT_TERM_MONTHS: u32 = 12;

pub fn non_cash(voice: &Voice) -> Vec<NonCash> {
    let mut items = Vec::new();
    if let Some((offered, current)) = &voice.plan.level_below {
        items.push(NonCash {
            item: "The level".to_owned(),
            say: format!(
                "Could the offer be at {current}, the level I hold today, rather than {offered}?"
            ),
        });
    }
    if let Some((date, _)) = voice.plan.make_whole.as_ref().and_then(|m| m.payout_soon) {
        let after = date.succ_opt().unwrap_or(date);
        items.push(NonCash {
            item: "A start date after a payout".to_owned(),
            say: format!(
                "Could I start on {} instead? A payout at my current job lands on {}, and starting after it means there is less to make up.",
                day(after),
                day(date)
            ),
        });
    }
    items.extend(options_asks(voice));
    items.extend(shorter_terms(voice));
    items.extend(menu(voice));
    items
}

/// A clawback or a cliff longer than a year ties you in: ask for a year.
fn shorter_terms(voice: &Voice) -> Vec<NonCash> {
    let plan = voice.plan;
    let mut items = Vec::new();
    let has_sign_on = plan.offered_sign_on.iter().any(|s| !s.is_zero());
    if has_sign_on && plan.clawback_months > SHORT_TERM_MONTHS {
        items.push(NonCash {
            item: "A shorter clawback".to_owned(),
            say: format!(
                "Could the {} clawback run {SHORT_TERM_MONTHS} months rather than {}?",
                voice.sign_on_name(),
                plan.clawback_months
            ),
        });
    }
    if plan.longest_cliff > SHORT_TERM_MONTHS {
        items.push(NonCash {
            item: "A shorter cliff".to_owned(),
            say: format!(
                "Could the first vest come after {SHORT_TERM_MONTHS} months rather than {}?",
                plan.longest_cliff
            ),
        });
    }
    items
}

fn menu(voice: &Voice) -> Vec<NonCash> {
    let item = |item: &str, say: &str| NonCash {
        item: item.to_owned(),
        say: say.to_owned(),
    };
    if voice.promotion() {
        let mut items = vec![
            item(
                "Level and title in writing",
                "Could you confirm the new level and title in writing, with the date they take effect?",
            ),
            item(
                "Effective date",
                "Could the promotion take effect from the start of this cycle rather than the next one?",
            ),
            item(
                "Compensation review date",
                "Could we set a compensation review six months from the effective date, in writing?",
            ),
            item(
                "Refresher grants",
                "What do refresher grants look like at this level, and when would my first one be?",
            ),
        ];
        if !voice.has_equity() {
            items.retain(|n| n.item != "Refresher grants");
        }
        items
    } else {
        let mut items = vec![
            item(
                "Level and title in writing",
                "Could the offer letter state the level and title?",
            ),
            item(
                "Start date",
                if voice.plan.current.is_some() && voice.plan.make_whole.is_some() {
                    "Is there flexibility on the start date, so I can finish well where I am?"
                } else {
                    "Is there flexibility on the start date?"
                },
            ),
            item("Remote days", "Could we agree the remote days in writing?"),
            if voice.british() {
                item(
                    "Annual leave",
                    "Could we add a week of annual leave from the first year?",
                )
            } else {
                item(
                    "Paid time off",
                    "Could we add a week of paid time off from the first year?",
                )
            },
            item(
                "Relocation",
                "Is relocation support available for this role?",
            ),
            item(
                "Compensation review date",
                "Could we set a compensation review six months after I start, in writing?",
            ),
            item(
                "Refresher grants",
                "What do refresher grants look like, and when would my first one be?",
            ),
        ];
        if !voice.has_equity() {
            items.retain(|n| n.item != "Refresher grants");
        }
        // A payout soon after the start has its own start-date ask.
        if voice
            .plan
            .make_whole
            .as_ref()
            .is_some_and(|m| m.payout_soon.is_some())
        {
            items.retain(|n| n.item != "Start date");
        }
        // A remote role moves nobody.
        if voice.plan.remote {
            items.retain(|n| n.item != "Relocation");
        }
        items
    }
}
