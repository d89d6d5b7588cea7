//! The talk track, the email, and the lines for each rung, trade and
//! alternative. Market words only when true; the forecast only when given
//! and large enough to carry the ask; a better alternative said once.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Voice, day};
use crate::plan::{Component, Rung, Trade};

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
    let opening = if voice.promotion() {
        "Thank you for backing my promotion. I'm excited to take on the role, and before the package is final I'd like to walk you through how I see it, so you have what you need when you take it to HR.".to_owned()
    } else if voice.strong_offer() {
        "Thank you for the offer. It's a strong one, I'm excited about the role, and I'd like to settle a few details before I sign.".to_owned()
    } else {
        "Thank you for the offer. I'm excited about the role and I want to make this work, so before I sign I'd like to talk through the package with you.".to_owned()
    };
    Say {
        opening,
        anchor: reason(voice),
        ask: match level_first(voice) {
            _ if voice.plan.asks.is_empty() => "The package is where the data says it should be, so I'm not asking for more money: I'd like the level, the title and the terms confirmed in writing.".to_owned(),
            Some(level) => format!(
                "{level} Then, specifically, I'm asking for {}.",
                ask_list(voice)
            ),
            None => format!("Specifically, I'm asking for {}.", ask_list(voice)),
        },
        close: close(voice),
    }
}

/// Why the ask is what it is: the forecast, the market, or the role.
fn reason(voice: &Voice) -> String {
    let plan = voice.plan;
    let mut reason = if plan.forecast.cited {
        format!(
            "I expect to deliver {}, and I'd like the package to reflect that.",
            voice.forecast()
        )
    } else if voice.promotion() {
        "I'd like the package to reflect the scope of the new role.".to_owned()
    } else {
        "I'd like the package to reflect the scope of the role and what I'll bring to it."
            .to_owned()
    };
    if voice.market_backed() {
        reason.push_str(
            " I've looked at market data for this role and level, and what I'm asking for is within it.",
        );
    }
    if let Some(cover) = make_whole_words(voice) {
        reason.push_str(&format!(
            " The {} I'm asking for would cover {cover} by leaving where I am.",
            voice.sign_on_name()
        ));
    }
    if voice.promotion()
        && plan
            .asks
            .iter()
            .any(|a| a.component == Component::Equity && a.range_top.is_some())
    {
        reason.push_str(" The equity grant matters most to me.");
    }
    reason
}

/// `the stock and the bonus I'd give up`: what the make-whole covers, when
/// the sign-on asked covers some of it.
fn make_whole_words(voice: &Voice) -> Option<String> {
    let plan = voice.plan;
    let whole = plan.make_whole.as_ref()?;
    let asked = plan
        .asks
        .iter()
        .any(|a| a.component == Component::SignOn && a.ask > a.offered);
    if !asked || whole.total.is_zero() {
        return None;
    }
    let mut parts = Vec::new();
    if whole.stock > Decimal::ZERO {
        parts.push("the stock".to_owned());
    }
    if whole.bonus > Decimal::ZERO {
        parts.push("this year's bonus".to_owned());
    }
    if whole.clawback > Decimal::ZERO {
        parts.push("the sign-on I'd repay".to_owned());
    }
    Some(format!("{} I'd give up", join(&parts)))
}

/// The level first, when the offer's is below the current one.
fn level_first(voice: &Voice) -> Option<String> {
    let (offered, current) = voice.plan.level_below.as_ref()?;
    Some(format!(
        "Before the figures, the level: I'm at {current} today, and I'd like to join at {current} rather than {offered}, with the package that goes with it."
    ))
}

/// `a base salary of $197,600, an equity grant of $75,000 and a sign-on bonus of $20,000`.
fn ask_list(voice: &Voice) -> String {
    let items: Vec<String> = voice
        .plan
        .asks
        .iter()
        .filter(|a| a.ask > Decimal::ZERO)
        .map(|a| voice.asking(a.component, a.year, a.ask, a.range_top))
        .collect();
    join(&items)
}

/// `a, b and c`.
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn sign_verb(voice: &Voice) -> &'static str {
    if voice.promotion() { "confirm" } else { "sign" }
}

fn close(voice: &Voice) -> String {
    let by = voice.plan.timeline.sign_by().map(day).unwrap_or_default();
    if voice.promotion() {
        format!(
            "If we can get there, I'm ready to confirm by {by}. What do you need from me to make the case?"
        )
    } else {
        format!("If we can get there, I'm ready to sign by {by}. What would it take to get there?")
    }
}

pub fn email(voice: &Voice, say: &Say) -> Email {
    let plan = voice.plan;
    let subject = if voice.promotion() {
        "My promotion package".to_owned()
    } else {
        "Following up on the offer".to_owned()
    };
    let mut body = String::from("Hi,\n\n");
    body.push_str(if voice.promotion() {
        "Thank you for backing my promotion. I'm excited to take on the role and I'd like to settle the package with you.\n\n"
    } else if voice.strong_offer() {
        "Thank you for the offer. It's a strong one and I'm excited about the role.\n\n"
    } else {
        "Thank you for the offer. I'm excited about the role and want to make this work.\n\n"
    });
    if let Some(extension) = plan.timeline.extension {
        body.push_str(&format!(
            "Before anything else: could we extend the deadline to {}? I want to give this the attention it deserves.\n\n",
            day(extension)
        ));
    }
    if let Some(level) = level_first(voice) {
        body.push_str(&level);
        body.push_str("\n\n");
    }
    if plan.forecast.cited {
        body.push_str(&format!(
            "I expect to deliver {}. With that in mind, I'm asking for:\n\n",
            voice.forecast()
        ));
    } else {
        // The reason that fits: the market, the move, a strong offer, the role.
        body.push_str(if voice.market_backed() {
            "Based on market data for this role and level, I'm asking for:\n\n"
        } else if make_whole_words(voice).is_some() {
            "To make the move work, I'm asking for:\n\n"
        } else if voice.strong_offer() {
            "To round it out, I'm asking for:\n\n"
        } else {
            "With the scope of the role in mind, I'm asking for:\n\n"
        });
    }
    if plan.asks.is_empty() {
        body.push_str(
            "- the package as offered, with the level, the title and the terms in writing\n",
        );
    }
    for ask in plan.asks.iter().filter(|a| a.ask > Decimal::ZERO) {
        body.push_str(&format!(
            "- {}\n",
            voice.asking(ask.component, ask.year, ask.ask, ask.range_top)
        ));
    }
    body.push('\n');
    if let Some(cover) = make_whole_words(voice) {
        body.push_str(&format!(
            "The {} would cover {cover} by leaving where I am.\n\n",
            voice.sign_on_name()
        ));
    }
    if let Some(alternative) = plan.alternative.as_ref().filter(|a| a.better()) {
        let line = if voice.promotion() {
            format!(
                "I should also tell you that I have an outside offer, at about {} a year in base, bonus and stock. I'd rather stay, and I'm sharing it once, as information.\n\n",
                voice.money(alternative.headline)
            )
        } else {
            format!(
                "I also have another offer, at about {} a year in base, bonus and stock{}. I'd rather be here.\n\n",
                voice.money(alternative.headline),
                if alternative.sign_on > Decimal::ZERO {
                    format!(
                        ", with a {} of {}",
                        voice.sign_on_name(),
                        voice.money(alternative.sign_on)
                    )
                } else {
                    String::new()
                }
            )
        };
        body.push_str(&line);
    }
    body.push_str(&say.close);
    let mut terms = vec!["base".to_owned(), "bonus target".to_owned()];
    if voice.has_equity() {
        terms.push("the grant and its vesting".to_owned());
    }
    if voice.has_sign_on() {
        terms.push(format!("the {} and its terms", voice.sign_on_name()));
    }
    // A serial comma: the items have their own "and".
    body.push_str(&format!(
        " Once we agree, could you send the final figures in writing: {}, and the level and title?\n\nBest regards,\n",
        terms.join(", ")
    ));
    Email { subject, body }
}

/// A rung of the ladder, as said. The last rung is the closer, said only
/// after a no.
pub fn ladder(voice: &Voice, rung: &Rung, last: bool) -> String {
    if last {
        return closer(voice, rung);
    }
    let changes: Vec<String> = rung
        .gives
        .iter()
        .map(|g| {
            if g.now.is_zero() {
                format!("no {}", voice.name(g.component))
            } else {
                voice.asking(g.component, g.year, g.now, None)
            }
        })
        .collect();
    let kept: Vec<String> = rung
        .keeps
        .iter()
        .map(|c| voice.name(*c).to_owned())
        .collect();
    let keeping = if kept.is_empty() {
        String::new()
    } else {
        let verb = if kept.len() == 1 { "stays" } else { "stay" };
        format!(", as long as the {} {verb} as I asked", join(&kept))
    };
    format!(
        "If that's more than you can do, I could accept {}{keeping}.",
        join(&changes)
    )
}

/// `If you can do …, I will sign today.`
pub fn closer(voice: &Voice, rung: &Rung) -> String {
    let package: Vec<String> = rung
        .package
        .iter()
        .filter(|f| f.value > Decimal::ZERO)
        .map(|f| voice.asking(f.component, f.year, f.value, None))
        .collect();
    format!(
        "If you can do {}, I will {} today.",
        join(&package),
        sign_verb(voice)
    )
}

/// A trade of equal value, as said.
pub fn trade(voice: &Voice, trade: &Trade) -> String {
    let instead = format!(
        "the {} {}",
        voice.name(trade.instead),
        voice.figure(trade.instead, trade.instead_total)
    );
    let capped = voice.name(trade.capped);
    format!(
        "If the {capped} can't go above {}, could we make {instead} instead?",
        voice.figure(trade.capped, trade.capped_at)
    )
}

/// The alternative, as said on the call: only a better one, in one line and
/// without figures (the email carries its headline figure once).
pub fn alternative(voice: &Voice) -> Option<String> {
    let alternative = voice.plan.alternative.as_ref()?;
    if !alternative.better() {
        return None;
    }
    Some(if voice.promotion() {
        "I want to be open with you: I've received an outside offer that pays more. I'd rather stay, and I'm raising it once, as information, so you have the full picture when you make the case.".to_owned()
    } else {
        "I should also say that I have another offer that pays more; I'd rather be here, and the package I've asked for would settle it.".to_owned()
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
