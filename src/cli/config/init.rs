//! `init`: a starter offer file.

use chrono::NaiveDate;

use super::sources::{OutFile, today};
use crate::cli::InitArgs;
use crate::domain::starter::Answers;

/// `counteroffer init`.
#[derive(Debug, Clone)]
pub struct InitRequest {
    /// What the flags give; the prompts start from it.
    pub answers: Answers,
    /// `--name` and `--base-salary` both given: nothing to ask.
    pub complete: bool,
    /// Today, for reading back what is written (not `--as-of`: that only
    /// sets the default start date).
    pub today: NaiveDate,
    pub out: OutFile,
}

impl InitRequest {
    pub(crate) fn new(args: &InitArgs) -> InitRequest {
        let today = today();
        let start_date = args
            .start_date
            .clone()
            .unwrap_or_else(|| args.as_of.unwrap_or(today).to_string());
        InitRequest {
            answers: Answers {
                name: args.name.clone().unwrap_or_default(),
                company: args.company.clone(),
                role: args.role.clone(),
                level: args.level.clone(),
                location: args.location.clone(),
                currency: args.currency.clone(),
                start_date,
                base_salary: args.base_salary.unwrap_or_default(),
                annual_raise_pct: args.raise_pct,
                bonus_target_pct: args.bonus_pct,
                bonus_target: args.bonus,
                sign_on: args.sign_on.0.clone(),
                grant_value: args.grant_value,
                schedule: args.schedule.into(),
                frequency: args.frequency.into(),
                cliff_months: args.cliff_months,
                years: args.years,
            },
            complete: args.name.is_some() && args.base_salary.is_some(),
            today,
            out: OutFile::from(&args.out),
        }
    }
}
