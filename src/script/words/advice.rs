//! Replies to common pushbacks, and the menu of non-cash asks. The
//! principles: trade, never give; ask for time any serious decision needs;
//! say you have an alternative, not what it is; agree to "sign today" only
//! for the whole package you would sign.

use serde::Serialize;

use super::{Voice, day};
use crate::script::{Component, Step};

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
    let fallback = if voice.promotion() {
        "the promotion grant or a committed review date"
    } else {
        "a sign-on bonus or a larger grant"
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
        .find(|t| t.capped == Component::Equity && !t.all_recurring)
        .map(|t| super::trade(voice, t));
    replies.push(pair(
        "We don't negotiate equity.",
        match equity_instead {
            Some(line) => format!("Understood. Then let's find the same value elsewhere. {line}"),
            None => "Understood. Then let's find the same value in base salary instead.".to_owned(),
        },
    ));
    let first_non_cash = non_cash(voice)
        .into_iter()
        .next()
        .map(|n| n.say)
        .unwrap_or_default();
    replies.push(pair(
        "This is our best and final offer.",
        format!("Thank you for going back on this; I appreciate it. One more thing would help me say yes. {first_non_cash}"),
    ));
    // The counter goes out on business day 3: the time a decision needs.
    let answer_by = plan
        .timeline
        .date(Step::Counter)
        .map(day)
        .unwrap_or_default();
    replies.push(pair(
        "We need an answer today.",
        format!(
            "I want to give this the attention it deserves, and a decision like this takes a few days. I can give you my answer by {answer_by}. Does that work?"
        ),
    ));
    replies.push(pair(
        "What are your other offers?",
        if plan.alternative.is_some() {
            "I do have another offer. I'll keep its details private; I'd rather be here, and the package I've asked for would settle it.".to_owned()
        } else {
            "I'm focused on making this one work. The package I've asked for reflects the value I'll bring.".to_owned()
        },
    ));
    let closer = plan
        .ladder
        .last()
        .map(|rung| super::ladder(voice, rung, true))
        .unwrap_or_else(|| format!("If you can do {}, yes.", ask_summary(voice)));
    replies.push(pair(
        "If I get you that, will you sign today?",
        format!("If it's the whole package, yes. {closer}"),
    ));
    if voice.promotion() {
        replies.push(pair(
            "The budget is fixed this cycle.",
            "I understand. Then could we put the rest in writing now: the promotion grant this cycle, and a compensation review in six months with the base revisited then?".to_owned(),
        ));
    }
    replies
}

fn ask_summary(voice: &Voice) -> String {
    let items: Vec<String> = voice
        .plan
        .asks
        .iter()
        .map(|a| voice.asking(a.component, a.year, a.ask, None))
        .collect();
    items.join(", ")
}

/// Terms longer than this many months are worth asking to shorten.
const SHORT_TERM_MONTHS: u32 = 12;

pub fn non_cash(voice: &Voice) -> Vec<NonCash> {
    let mut items = shorter_terms(voice);
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
                "Could the sign-on clawback run {SHORT_TERM_MONTHS} months rather than {}?",
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
        vec![
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
        ]
    } else {
        vec![
            item(
                "Level and title in writing",
                "Could the offer letter state the level and title?",
            ),
            item(
                "Start date",
                "Is there flexibility on the start date, so I can finish well where I am?",
            ),
            item("Remote days", "Could we agree the remote days in writing?"),
            item(
                "Paid time off",
                "Could we add a week of paid time off from the first year?",
            ),
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
        ]
    }
}
