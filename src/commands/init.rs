//! `counteroffer init`: a starter offer file from flags, or question by
//! question on a terminal (dialoguer), each answer validated on the spot.

use std::io::IsTerminal;

use dialoguer::Input;
use rust_decimal::Decimal;

use crate::cli::InitRequest;
use crate::cli::parse as check;
use crate::domain::starter::{self as init, Answers};
use crate::error::{Error, Result};

pub fn run(request: &InitRequest) -> Result<String> {
    let mut answers = request.answers.clone();
    if !request.complete {
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Error::Usage(
                "not on a terminal, so nothing can be asked: pass at least --name and --base-salary".into(),
            ));
        }
        ask(&mut answers).map_err(|err| Error::Io {
            context: "asking on the terminal".into(),
            source: std::io::Error::other(err),
        })?;
    }
    let json = init::offer_json(&answers).map_err(|err| Error::data("the new offer", err))?;
    let defaults = crate::domain::offer::Defaults {
        as_of: request.today,
        years: None,
    };
    if let Ok(offer) = crate::domain::offer::parse_offer(json.as_bytes(), &defaults) {
        for suspect in crate::domain::offer::fraction::suspect_fractions(&offer) {
            let flag = match suspect.field {
                "annual_raise_pct" => "--raise-pct",
                "bonus_target_pct" => "--bonus-pct",
                field => field,
            };
            super::warn(&format!("{flag}: {}", suspect.reason));
        }
    }
    super::deliver(&request.out, json)
}

/// Asks every question, starting from what the flags gave.
fn ask(a: &mut Answers) -> dialoguer::Result<()> {
    a.name = text("Offer name", &a.name, |s| {
        if s.trim().is_empty() {
            Err("the offer needs a name".to_owned())
        } else {
            Ok(s.trim().to_owned())
        }
    })?;
    a.company = optional("Company (optional)", &a.company)?;
    a.role = optional("Role (optional)", &a.role)?;
    a.level = optional("Level (optional)", &a.level)?;
    a.location = optional("Location (optional)", &a.location)?;
    a.currency = text("Currency", &a.currency, check::check_currency)?;
    a.start_date = text("Start date (YYYY-MM-DD)", &a.start_date, check::check_date)?;
    let base = if a.base_salary.is_zero() {
        String::new()
    } else {
        a.base_salary.to_string()
    };
    let currency = a.currency.clone();
    let money = |s: &str, allow_zero| check::check_money_in(s, allow_zero, &currency);
    a.base_salary = text("Base salary", &base, |s| money(s, false))?;
    a.annual_raise_pct = text("Yearly raise %", &a.annual_raise_pct.to_string(), |s| {
        check::check_percent(s, 0, 100)
    })?;
    match a.bonus_target {
        Some(amount) => {
            a.bonus_target = Some(text("Target bonus amount", &amount.to_string(), |s| {
                money(s, true)
            })?);
        }
        None => {
            a.bonus_target_pct = text(
                "Target bonus % of base",
                &a.bonus_target_pct.to_string(),
                |s| check::check_percent(s, 0, 1000),
            )?;
        }
    }
    let sign_on: Vec<String> = a.sign_on.iter().map(Decimal::to_string).collect();
    a.sign_on = text(
        "Sign-on per year, comma-separated (empty: none)",
        &sign_on.join(", "),
        |s| {
            let payments = check::check_sign_on(s)?;
            for payment in &payments {
                money(&payment.to_string(), true)?;
            }
            Ok(payments)
        },
    )?;
    let grant = a.grant_value.map(|g| g.to_string()).unwrap_or_default();
    a.grant_value = text("Equity grant value (empty: none)", &grant, |s| {
        if s.trim().is_empty() {
            Ok(None)
        } else {
            money(s, false).map(Some)
        }
    })?;
    if a.grant_value.is_some() {
        a.schedule = text(
            "Schedule (even, amazon, front-loaded)",
            a.schedule.name(),
            check::check_schedule,
        )?;
        a.frequency = text(
            "Frequency (annual, semiannual, quarterly, monthly)",
            a.frequency.name(),
            check::check_frequency,
        )?;
        a.cliff_months = text("Cliff in months", &a.cliff_months.to_string(), |s| {
            check::check_whole(s, 0, 48)
        })?;
    }
    a.years = text("Years to project", &a.years.to_string(), |s| {
        check::check_whole(s, 1, 40)
    })?;
    Ok(())
}

/// One question, re-asked until `check` accepts the answer. An empty answer
/// takes the shown default.
fn text<T>(
    prompt: &str,
    default: &str,
    check: impl Fn(&str) -> std::result::Result<T, String>,
) -> dialoguer::Result<T> {
    loop {
        let mut input = Input::<String>::new()
            .with_prompt(prompt)
            .allow_empty(true)
            .validate_with(|answer: &String| check(answer).map(|_| ()));
        if !default.is_empty() {
            input = input.default(default.to_owned());
        }
        let answer = input.interact_text()?;
        match check(&answer) {
            Ok(value) => return Ok(value),
            // Only a default that breaks the rules gets here; ask again.
            Err(message) => eprintln!("error: {message}"),
        }
    }
}

fn optional(prompt: &str, current: &Option<String>) -> dialoguer::Result<Option<String>> {
    text(prompt, current.as_deref().unwrap_or(""), |s| {
        Ok(Some(s.trim().to_owned()).filter(|s| !s.is_empty()))
    })
}
