//! `counteroffer demo`: the built-in example offers compared, with market
//! positions from the built-in benchmarks, then the negotiation plan for
//! the founding case as it is: a promotion over (illustrative) current pay,
//! a $12M incremental profit forecast, the competing offer as the
//! alternative, at a fixed offer date so the output is the same every day.

use rust_decimal::Decimal;

use super::script::{Output, ScriptRequest, plan_view, script};
use crate::cli::{ColorChoice, DemoArgs, FormatChoice};
use crate::demo;
use crate::error::{Error, Result};
use crate::market::DEFAULT_TARGET;
use crate::script::{DEFAULT_PRIORITY, Situation};

/// The founding case's impact forecast.
const IMPACT: Decimal = Decimal::from_parts(12_000_000, 0, 0, false, 0);
const IMPACT_DESC: &str = "incremental profit in the first year";
/// The founding case's offer date (a Monday), also "today" for the plan.
const OFFER_DATE: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2026, 11, 16) {
    Some(date) => date,
    None => panic!("a valid date"),
};

pub fn run(args: &DemoArgs, color: ColorChoice) -> Result<String> {
    let market = super::load_benchmarks(None)?;
    let inputs = demo::inputs();
    let comparison = super::compare::compare(
        &inputs,
        super::compare::Request {
            projection: &args.projection,
            vests: args.vests.vests,
            leave_after: None,
            tax: None,
            output: &args.output,
            market: Some((market.clone(), DEFAULT_TARGET)),
            chart: None,
            color,
        },
    )?;
    let mut inputs = inputs;
    inputs.push(demo::current_pay());
    let offers = super::load(&inputs, args.projection.as_of, args.projection.years)?;
    let offer_date = args.projection.as_of.unwrap_or(OFFER_DATE);
    let request = ScriptRequest {
        offer: &offers[0],
        competing: Some(&offers[1]),
        set: &market,
        explicit_benchmarks: false,
        entry: None,
        target: DEFAULT_TARGET,
        impact: IMPACT,
        impact_desc: IMPACT_DESC,
        offer_date,
        deadline: None,
        today: offer_date,
        holidays: &[],
        walk_away: None,
        situation: Situation::Promotion,
        current: Some(&offers[2]),
        priority: DEFAULT_PRIORITY.to_vec(),
        tax: None,
        offer_name: &inputs[0].name,
    };
    match args.output.format {
        FormatChoice::Table => Ok(format!(
            "{}{comparison}\n{}",
            demo::INTRO,
            script(&request, Output::Text)?
        )),
        FormatChoice::Markdown => Ok(format!(
            "{comparison}\n{}",
            script(&request, Output::Markdown)?
        )),
        FormatChoice::Json => {
            // The comparison's JSON with the plan added under `script`.
            let mut json: serde_json::Value =
                serde_json::from_str(&comparison).map_err(json_error)?;
            let plan = serde_json::to_value(plan_view(&request)?).map_err(json_error)?;
            if let Some(object) = json.as_object_mut() {
                object.insert("script".into(), plan);
            }
            let mut text = serde_json::to_string_pretty(&json).map_err(json_error)?;
            text.push('\n');
            Ok(text)
        }
        // CSV carries the yearly rows only.
        FormatChoice::Csv => Ok(comparison),
    }
}

fn json_error(err: serde_json::Error) -> Error {
    Error::Io {
        context: "writing JSON".into(),
        source: err.into(),
    }
}
