//! counteroffer: weigh and negotiate compensation offers with exact decimal
//! money, dated vesting and year-by-year projections.
//!
//! The binary is a thin shell around [`run`]; every domain module here is
//! pure and knows nothing of the command line, the terminal or exit codes.

pub mod cli;
pub mod compare;
pub mod demo;
pub mod error;
pub mod input;
pub mod money;
pub mod offer;
pub mod projection;
pub mod render;
pub mod vesting;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use cli::{Cli, ColorChoice, Command, FormatChoice, ViewArgs};
use error::{DataError, Error, Result};
use input::Input;
use offer::Defaults;
use projection::ProjectedOffer;
use render::{Format, View};

/// Runs one command and returns everything it prints on standard output.
/// Nothing is printed here, so a failure never leaves partial output.
pub fn run(cli: &Cli) -> Result<String> {
    let color = use_color(cli.color);
    match &cli.command {
        Command::Project(args) => {
            let offers = load(&read_inputs(&args.offers)?, &args.view, args.view.years)?;
            render::projections(&offers, &view(&args.view, color))
        }
        Command::Compare(args) => {
            let inputs = read_inputs(&args.offers)?;
            compare(&inputs, &args.view, color)
        }
        Command::Demo(view_args) => {
            let inputs = demo::inputs();
            let mut out = String::new();
            if view_args.format == FormatChoice::Table {
                out.push_str(demo::INTRO);
            }
            out.push_str(&compare(&inputs, view_args, color)?);
            Ok(out)
        }
    }
}

fn compare(inputs: &[Input], args: &ViewArgs, color: bool) -> Result<String> {
    let mut offers = load(inputs, args, args.years)?;
    // One horizon for all: `--years`, else the longest any offer asks for.
    let horizon = offers.iter().map(|o| o.offer.years).max().unwrap_or(1);
    if args.years.is_none() && offers.iter().any(|o| o.offer.years != horizon) {
        offers = load(inputs, args, Some(horizon))?;
    }
    let currency = &offers[0].offer.currency;
    if let Some((index, other)) = offers
        .iter()
        .enumerate()
        .find(|(_, o)| &o.offer.currency != currency)
    {
        return Err(Error::data(
            &inputs[index].name,
            DataError::new(
                "currency",
                format!(
                    "is `{}` but `{}` is in `{currency}`, expected offers in one currency",
                    other.offer.currency, inputs[0].name
                ),
            ),
        ));
    }
    let comparison = compare::compare(&offers);
    render::comparison(&offers, &comparison, &view(args, color))
}

fn read_inputs(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let from_stdin = paths.iter().filter(|p| *p == Path::new("-")).count();
    if from_stdin > 1 {
        return Err(Error::Usage(
            "standard input (`-`) can be named only once".into(),
        ));
    }
    input::read_all(paths)
}

/// Parses, validates and projects every input, stopping at the first error.
fn load(inputs: &[Input], args: &ViewArgs, years: Option<u32>) -> Result<Vec<ProjectedOffer>> {
    let defaults = Defaults {
        as_of: args.as_of.unwrap_or_else(today),
        years,
    };
    inputs
        .iter()
        .map(|input| {
            offer::parse_offer(&input.bytes, &defaults)
                .and_then(ProjectedOffer::new)
                .map_err(|err| Error::data(&input.name, err))
        })
        .collect()
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn view(args: &ViewArgs, color: bool) -> View {
    let format = match args.format {
        FormatChoice::Table => Format::Table,
        FormatChoice::Json => Format::Json,
        FormatChoice::Markdown => Format::Markdown,
        FormatChoice::Csv => Format::Csv,
    };
    View {
        format,
        color: color && format == Format::Table,
        width: args.width,
        vests: args.vests,
    }
}

/// Colour is decided once: never when asked not to, when `NO_COLOR` is set
/// or the terminal is dumb; on `auto`, only when stdout is a terminal.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Never => false,
        ColorChoice::Always => true,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
            !no_color && !dumb && std::io::stdout().is_terminal()
        }
    }
}
