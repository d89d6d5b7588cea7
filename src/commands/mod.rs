//! One file per subcommand ([`run`] dispatches a request to it); this
//! module holds what they share: reading and projecting offers, loading
//! benchmarks, and deciding how to render.

pub mod batch;
mod benchmarks;
mod chart;
mod compare;
mod convert;
pub(crate) mod demo;
mod docs;
mod init;
mod market;
mod memory_budget;
mod project;
mod schema;
mod script;
mod serve;
pub(crate) mod tax;

pub use batch::command as batch;
pub use benchmarks::{build as benchmarks_build, check as benchmarks_check};
pub use compare::run as compare;
pub(crate) use compare::{on_compared as compare_with, run_with as compare_reading};
pub use demo::run as demo;
pub use docs::{completions, man, man_pages};
pub use init::run as init;
pub use market::run as market;
pub(crate) use market::run_with as market_reading;
pub use project::run as project;
pub use schema::run as schema;
pub use script::run as script;
pub(crate) use script::run_with as script_reading;
pub use serve::run as serve;
pub use tax::run as tax;

use std::path::Path;

use chrono::NaiveDate;

use crate::cli::{ManRequest, OfferAdditions, OutFile, Request, TaxSource};
use crate::domain::market::{BenchmarkSet, parse_benchmarks};
use crate::domain::offer::{self, Defaults};
use crate::domain::projection::ProjectedOffer;
use crate::domain::report::{self, OfferReport, Step};
use crate::error::{Error, Result};
use crate::io::input::{self, Input};
use crate::render::Format;

/// Runs a request the configuration layer built, returning everything it
/// prints on standard output.
pub fn run(request: Request) -> Result<String> {
    match request {
        Request::Project(request) => project(&request),
        Request::Compare(request) => compare(&request),
        Request::Market(request) => market(&request),
        Request::Script(request) => script(&request),
        Request::Batch(request) => batch(&request),
        Request::BenchmarksCheck(request) => benchmarks_check(&request),
        Request::BenchmarksBuild(request) => benchmarks_build(&request),
        Request::Demo(request) => demo(&request),
        Request::Tax(request) => tax(&request),
        Request::Completions(shell) => completions(shell),
        Request::Man(ManRequest::Dir { dir, force }) => man_pages(&dir, force),
        Request::Man(ManRequest::Page(subcommand)) => man(subcommand.as_deref()),
        Request::Init(request) => init(&request),
        Request::Schema(kind) => schema(kind),
        Request::Serve(request) => serve(request),
    }
}

/// How a command reads the files its arguments name: from disk on the
/// command line ([`input::read`]); from memory under `serve`, where the
/// page sends the files' text and nothing is read from disk.
pub(crate) type Read<'a> = &'a dyn Fn(&Path) -> Result<Input>;

/// Parses and validates every input, stopping at the first error.
pub(crate) fn parse(
    inputs: &[Input],
    as_of: NaiveDate,
    years: Option<u32>,
) -> Result<Vec<offer::Offer>> {
    let defaults = Defaults { as_of, years };
    let offers: Vec<offer::Offer> = inputs
        .iter()
        .map(|input| {
            offer::parse_offer(&input.bytes, &defaults).map_err(|err| Error::data(&input.name, err))
        })
        .collect::<Result<_>>()?;
    for (offer, input) in offers.iter().zip(inputs) {
        for suspect in offer::fraction::suspect_fractions(offer) {
            warn(&format!(
                "{}: {}: {}",
                input.name, suspect.field, suspect.reason
            ));
        }
    }
    Ok(offers)
}

/// One warning line on standard error: the run goes on. Names and values
/// are other people's text, escaped as errors are.
pub(crate) fn warn(line: &str) {
    eprintln!(
        "counteroffer: warning: {}",
        crate::io::escape::terminal(line)
    );
}

/// Projects every parsed offer, naming the input of the first that fails.
pub(crate) fn project_offers(
    inputs: &[Input],
    offers: Vec<offer::Offer>,
) -> Result<Vec<ProjectedOffer>> {
    offers
        .into_iter()
        .zip(inputs)
        .map(|(offer, input)| {
            check_share_count(&offer).map_err(|err| Error::data(&input.name, err))?;
            ProjectedOffer::new(offer).map_err(|err| Error::data(&input.name, err))
        })
        .collect()
}

/// An exit valuation (`--exit-valuation`) needs each private grant's share
/// count to become a price per share: a grant without one is named, with
/// the flag that needs it.
fn check_share_count(offer: &offer::Offer) -> std::result::Result<(), crate::error::DataError> {
    let Some(crate::domain::options::Exit::Valuation { .. }) = offer.exit else {
        return Ok(());
    };
    match offer
        .private
        .iter()
        .find(|g| g.fully_diluted_shares.is_none())
    {
        Some(grant) => Err(crate::error::DataError::new(
            format!("equity[{}].fully_diluted_shares", grant.index),
            "is missing, expected the company's fully diluted share count to turn --exit-valuation into a price per share",
        )),
        None => Ok(()),
    }
}

/// Parses, validates and projects every input, stopping at the first error.
pub(crate) fn load(
    inputs: &[Input],
    as_of: NaiveDate,
    years: Option<u32>,
) -> Result<Vec<ProjectedOffer>> {
    project_offers(inputs, parse(inputs, as_of, years)?)
}

/// Every offer valued at `exit` (`--exit-price`, `--exit-valuation`), set
/// before it is projected.
pub(crate) fn with_exit(
    mut offers: Vec<offer::Offer>,
    exit: Option<crate::domain::options::Exit>,
) -> Vec<offer::Offer> {
    for offer in &mut offers {
        offer.exit = exit;
    }
    offers
}

/// CSV is one row per offer and year, with no column for the paper value
/// of options: an offer with them is refused (2) rather than shown as if
/// they were worth nothing.
pub(crate) fn check_csv_options(
    format: Format,
    inputs: &[Input],
    offers: &[offer::Offer],
) -> Result<()> {
    if format != Format::Csv {
        return Ok(());
    }
    match offers
        .iter()
        .zip(inputs)
        .find(|(o, _)| !o.private.is_empty())
    {
        Some((_, input)) => Err(Error::Usage(format!(
            "{} has options or double-trigger RSUs, whose paper value CSV has no column for, expected --format table, markdown or json",
            crate::io::escape::terminal(&input.name)
        ))),
        None => Ok(()),
    }
}

/// Every offer's report. The views are added step by step ([`Step::ALL`]),
/// each over every offer, and each step's flags are checked against the
/// offers just before it: a month past a horizon, an offer without a tax
/// table, the reporting currency and its rates, `--col` named twice.
pub(crate) fn add(
    inputs: &[Input],
    offers: Vec<ProjectedOffer>,
    additions: &OfferAdditions,
    rates: Option<&crate::domain::fx::Rates>,
) -> Result<Vec<OfferReport>> {
    let mut reports: Vec<OfferReport> = offers.into_iter().map(OfferReport::from).collect();
    let mut tables: Vec<Option<crate::domain::tax::TaxTable>> = vec![None; reports.len()];
    let mut reporting = None;
    for step in Step::ALL {
        let mut taxes = None;
        match step {
            Step::Leave => {}
            Step::Tax => taxes = TaxTables::new(&reports, additions.tax.as_ref())?,
            Step::Currency => {
                reporting = convert::reporting_currency(
                    inputs,
                    &currencies(&reports),
                    rates,
                    additions.reporting.as_deref(),
                )?;
            }
            Step::PurchasingPower => convert::check_col_once(&additions.col)?,
        }
        for ((report, input), table) in reports.iter_mut().zip(inputs).zip(&mut tables) {
            match step {
                Step::Leave => check_leave(input, report, additions.leave_after)?,
                Step::Tax => {
                    if let Some(taxes) = &taxes {
                        *table = Some(taxes.for_offer(input, report)?);
                    }
                }
                Step::Currency | Step::PurchasingPower => {}
            }
            let views = report::Views {
                leave_after: additions.leave_after,
                leave_table: additions.leave_table,
                tax: table.as_ref(),
                reporting: reporting.as_deref().map(|code| (code, rates)),
                col: &additions.col,
            };
            report::add_view(report, step, &views).map_err(|err| {
                // Purchasing power's errors have always named the offer.
                let source = match step {
                    Step::PurchasingPower => report.offer.name.clone(),
                    _ => input.name.clone(),
                };
                Error::data(&source, convert::report_error(err))
            })?;
        }
    }
    convert::check_col_used(&additions.col, &reports)?;
    Ok(reports)
}

/// Every offer's report in the first offer's currency, with no other view:
/// what the plan compares.
pub(crate) fn in_reporting_currency(
    inputs: &[Input],
    offers: Vec<ProjectedOffer>,
    rates: Option<&crate::domain::fx::Rates>,
) -> Result<Vec<OfferReport>> {
    let mut reports: Vec<OfferReport> = offers.into_iter().map(OfferReport::from).collect();
    let reporting = convert::reporting_currency(inputs, &currencies(&reports), rates, None)?;
    let views = report::Views {
        reporting: reporting.as_deref().map(|code| (code, rates)),
        ..report::Views::default()
    };
    for (report, input) in reports.iter_mut().zip(inputs) {
        report::add_view(report, Step::Currency, &views)
            .map_err(|err| Error::data(&input.name, convert::report_error(err)))?;
    }
    Ok(reports)
}

fn currencies(reports: &[OfferReport]) -> Vec<&str> {
    reports.iter().map(|r| r.offer.currency.as_str()).collect()
}

/// A month past an offer's horizon is a usage error naming it.
fn check_leave(input: &Input, report: &OfferReport, months: Option<u32>) -> Result<()> {
    let Some(months) = months else {
        return Ok(());
    };
    let last = 12 * report.offer.years;
    if months > last {
        return Err(Error::Usage(format!(
            "--leave-after {months} is past the {}-year horizon of {}, expected 1 to {last}",
            report.offer.years,
            crate::io::escape::terminal(&input.name)
        )));
    }
    Ok(())
}

/// The tax tables of a run: `--tax`, loaded once (`--tax -` reads standard
/// input, which can be read once), for the offers without their own.
struct TaxTables {
    default: Option<(String, crate::domain::tax::TaxTable)>,
}

impl TaxTables {
    /// `None` when neither `--tax` nor any offer names a table.
    fn new(reports: &[OfferReport], tax: Option<&TaxSource>) -> Result<Option<TaxTables>> {
        if tax.is_none() && reports.iter().all(|r| r.offer.tax.is_none()) {
            return Ok(None);
        }
        let default = tax.map(tax::load_source).transpose()?;
        Ok(Some(TaxTables { default }))
    }

    /// An offer's own `tax` (a file relative to the offer file), else
    /// `--tax`; an offer with neither, while others have one, is refused.
    fn for_offer(
        &self,
        input: &Input,
        report: &OfferReport,
    ) -> Result<crate::domain::tax::TaxTable> {
        match tax::for_offer(&report.offer, &input.name, self.default.as_ref())? {
            Some((_, table)) => Ok(table),
            None => Err(Error::Usage(format!(
                "offer `{}` ({}) has no tax table while others do, expected --tax or a `tax` field in every offer",
                crate::io::escape::terminal(&report.offer.name),
                crate::io::escape::terminal(&input.name)
            ))),
        }
    }
}

/// The benchmark file at `path`, or the built-in one.
pub(crate) fn load_benchmarks(path: Option<&Path>) -> Result<BenchmarkSet> {
    load_benchmarks_reading(path, &input::read)
}

/// [`load_benchmarks`], reading the file with `read`.
pub(crate) fn load_benchmarks_reading(path: Option<&Path>, read: Read) -> Result<BenchmarkSet> {
    match path {
        None => BenchmarkSet::built_in()
            .map_err(|err| Error::data(crate::domain::market::BUILT_IN_NAME, err)),
        Some(path) => {
            let input = read(path)?;
            let benchmarks =
                parse_benchmarks(&input.bytes).map_err(|err| Error::data(&input.name, err))?;
            Ok(BenchmarkSet {
                benchmarks,
                name: input.name,
                built_in: false,
            })
        }
    }
}

/// Prints `text`, or writes it atomically to `--out` and says so. `--out -`
/// is standard output, as `-` is for every input.
pub(crate) fn deliver(out: &OutFile, text: String) -> Result<String> {
    match &out.path {
        Some(path) if path != Path::new("-") => {
            crate::io::output_file::write_atomically(path, text.as_bytes(), out.force)
                .map_err(not_written)?;
            Ok(format!("Wrote {}\n", path.display()))
        }
        _ => Ok(text),
    }
}

/// A file the command would not write, worded for the command line: an
/// existing file is replaced only with `--force`, which every command that
/// writes files takes.
pub(crate) fn not_written(err: crate::io::output_file::WriteError) -> Error {
    match err {
        crate::io::output_file::WriteError::Exists(path) => Error::CannotCreate {
            path,
            reason: "already exists; pass --force to replace it".to_owned(),
        },
        crate::io::output_file::WriteError::Failed(err) => err,
    }
}
