//! The talk track, the email, and the lines for each rung, trade and
//! alternative.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Voice, component_name, day, in_year};
use crate::script::{Component, Rung, Step, Trade};

/// The call, in order: opening, anchor, ask, (a pause), close.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Say {
    pub opening: String,
    pub anchor: String,
    pub ask: String,
    pub close: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Email {
    pub subject: String,
    pub body: String,
}

pub fn say(voice: &Voice) -> Say {
    let plan = voice.plan;
    let opening = if voice.promotion() {
        "Thank you for backing my promotion. I'm excited to take on the role, and before the package is final I'd like to walk you through how I see it, so you have what you need when you take it to HR.".to_owned()
    } else {
        "Thank you for the offer. I'm excited about the role and I want to make this work, so before I sign I'd like to talk through the package with you.".to_owned()
    };
    let mut anchor = if plan.forecast.cited {
        format!(
            "I expect to deliver {}, and I'd like the package to reflect that.",
            voice.forecast()
        )
    } else {
        "I'd like the package to reflect the scope of the role and what I'll deliver in it."
            .to_owned()
    };
    if voice.market_backed() {
        anchor.push_str(&format!(
            " I've looked at market data for this role and level, and what I'm asking for is in line with the {} of the market.",
            market_range(plan.target.get())
        ));
    }
    if let Some(alternative) = &plan.alternative
        && alternative.difference > Decimal::ZERO
        && !voice.promotion()
    {
        anchor.push_str(
                " I should also say that I have another offer that pays more over the years ahead; I'd rather be here.",
            );
    }
    Say {
        opening,
        anchor,
        ask: format!("Specifically, I'm asking for {}.", ask_list(voice)),
        close: close(voice),
    }
}

/// `upper end` for targets from the 75th percentile, else `middle`.
fn market_range(target: u8) -> &'static str {
    if target >= 75 {
        "upper end"
    } else if target >= 40 {
        "middle"
    } else {
        "lower end"
    }
}

/// `a base salary of $197,600, a target bonus of 16.5% and …`.
/// A second sign-on payment is said as part of the first: `a sign-on bonus
/// of $14,270 in the first year and $7,134 in the second year`.
fn ask_list(voice: &Voice) -> String {
    let mut items: Vec<String> = Vec::new();
    let mut sign_on: Vec<String> = Vec::new();
    for a in &voice.plan.asks {
        if a.component == Component::SignOn {
            sign_on.push(format!(
                "{} {}",
                voice.money(a.ask),
                in_year(a.year.unwrap_or(1))
            ));
        } else {
            items.push(voice.asking(a.component, a.year, a.ask, a.range_top));
        }
    }
    if !sign_on.is_empty() {
        items.push(format!("a sign-on bonus of {}", join(&sign_on)));
    }
    match items.split_last() {
        // A serial comma, so the sign-on's own "and" reads as part of it.
        Some((last, rest)) if rest.len() >= 2 && !sign_on.is_empty() => {
            format!("{}, and {last}", rest.join(", "))
        }
        _ => join(&items),
    }
}

/// `a, b and c`.
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn close(voice: &Voice) -> String {
    let by = voice
        .plan
        .timeline
        .date(Step::WindowCloses)
        .map(day)
        .unwrap_or_default();
    if voice.promotion() {
        format!(
            "If we can get there, I'm ready to confirm by {by}. What do you need from me to make the case?"
        )
    } else {
        format!("If we can get there, I'm ready to sign by {by}. What would it take to get there?")
    }
}

pub fn email(voice: &Voice, say: &Say) -> Email {
    let subject = if voice.promotion() {
        "My promotion package".to_owned()
    } else {
        "Following up on the offer".to_owned()
    };
    let mut body = String::from("Hi,\n\n");
    body.push_str(if voice.promotion() {
        "Thank you for backing my promotion. I'm excited to take on the role and I'd like to settle the package with you.\n\n"
    } else {
        "Thank you for the offer. I'm excited about the role and want to make this work.\n\n"
    });
    if voice.plan.forecast.cited {
        body.push_str(&format!(
            "I expect to deliver {}. With that in mind, I'm asking for:\n\n",
            voice.forecast()
        ));
    } else {
        body.push_str("With the scope of the role in mind, I'm asking for:\n\n");
    }
    for ask in &voice.plan.asks {
        body.push_str(&format!(
            "- {}\n",
            voice.asking(ask.component, ask.year, ask.ask, ask.range_top)
        ));
    }
    body.push('\n');
    body.push_str(&say.close);
    body.push_str(
        " Once we agree, could you send the final figures in writing: base, bonus target, the grant and its vesting, any sign-on and its terms, and the level and title?\n\nBest regards,\n",
    );
    Email { subject, body }
}

/// A rung of the ladder, as said. The last rung is the closer.
pub fn ladder(voice: &Voice, rung: &Rung, last: bool) -> String {
    let package: Vec<String> = rung
        .package
        .iter()
        .filter(|f| f.value > Decimal::ZERO)
        .map(|f| voice.asking(f.component, f.year, f.value, None))
        .collect();
    if last {
        let sign = if voice.promotion() { "confirm" } else { "sign" };
        return format!("If you can do {}, I will {sign} today.", join(&package));
    }
    let gives = &rung.gives;
    let what = match (gives.component, gives.year) {
        (Component::SignOn, Some(year)) => format!("the sign-on bonus {}", in_year(year)),
        (component, _) => format!("the {}", component_name(component)),
    };
    let kept: Vec<&str> = rung.keeps.iter().map(|c| component_name(*c)).collect();
    let keeping = if kept.is_empty() {
        String::new()
    } else {
        let verb = if kept.len() == 1 { "stays" } else { "stay" };
        format!(", as long as the {} {verb} as I asked", join_words(&kept))
    };
    if gives.now.is_zero() {
        return format!("If {what} is the sticking point, I can do without it{keeping}.");
    }
    if gives.as_offered {
        return format!(
            "If {what} is the sticking point, I can accept it as offered, at {}{keeping}.",
            voice.figure(gives.component, gives.now)
        );
    }
    format!(
        "If {what} is the sticking point, I can come down to {}{keeping}.",
        voice.figure(gives.component, gives.now)
    )
}

fn join_words(items: &[&str]) -> String {
    let owned: Vec<String> = items.iter().map(|s| (*s).to_owned()).collect();
    join(&owned)
}

/// A trade of equal value, as said.
pub fn trade(voice: &Voice, trade: &Trade) -> String {
    let years = voice.plan.horizon_years;
    let cap = if trade.all_recurring {
        "If nothing recurring can move".to_owned()
    } else {
        format!(
            "If the {} can't go above {}",
            component_name(trade.capped),
            voice.figure(trade.capped, trade.capped_at)
        )
    };
    let instead = match trade.instead {
        Component::SignOn => format!(
            "a sign-on bonus of {} in the first year",
            voice.money_up(trade.instead_total)
        ),
        Component::Base => format!("a base salary of {}", voice.money_up(trade.instead_total)),
        Component::Equity => format!("an equity grant of {}", voice.money_up(trade.instead_total)),
        Component::BonusPct => format!("a target bonus of {}", voice.pct(trade.instead_total)),
    };
    format!("{cap}, the same value over {years} years would be {instead}.")
}

/// The alternative, as said (say that you have it, not what it is).
pub fn alternative(voice: &Voice) -> Option<String> {
    let alternative = voice.plan.alternative.as_ref()?;
    Some(if voice.promotion() {
        "I want to be open with you: I've received an outside offer. I'd rather stay, and I'm raising it once, as information, so you have the full picture when you make the case.".to_owned()
    } else if alternative.difference > Decimal::ZERO {
        "I have another offer that pays more over the years ahead. I'd rather be here, and the package I've asked for would settle it.".to_owned()
    } else {
        "I'm weighing another offer, but this is the role I want.".to_owned()
    })
}

/// What to say if they hold below the walk-away point (never in a promotion).
pub fn walk_away(voice: &Voice) -> Option<String> {
    voice.plan.walk_away.as_ref()?;
    if voice.promotion() {
        return None;
    }
    Some("I've thought hard about this. At this level I can't accept, but if anything changes I'd be glad to talk again.".to_owned())
}
