//! `counteroffer demo`: the built-in example offers compared, with market
//! positions from the built-in benchmarks.

use crate::cli::{ColorChoice, DemoArgs, FormatChoice};
use crate::demo;
use crate::error::Result;
use crate::market::DEFAULT_TARGET;

pub fn run(args: &DemoArgs, color: ColorChoice) -> Result<String> {
    let market = super::load_benchmarks(None)?;
    let mut out = String::new();
    if args.output.format == FormatChoice::Table {
        out.push_str(demo::INTRO);
    }
    out.push_str(&super::compare::compare(
        &demo::inputs(),
        &args.projection,
        &args.output,
        Some((market, DEFAULT_TARGET)),
        color,
    )?);
    Ok(out)
}
