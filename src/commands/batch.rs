//! `counteroffer batch`: streams straight to its output (never through a
//! `String`), so it prints here rather than returning the text.

use std::io::{self, Write};

use crate::batch::{BatchOptions, BatchSummary, InputFormat, run as run_batch};
use crate::cli::BatchArgs;
use crate::error::{DataError, Error, Result};
use crate::offer::Defaults;
use crate::output_file::write_atomically_with;

pub fn run(args: &BatchArgs) -> Result<String> {
    super::stdin_once([
        ("INPUT", Some(args.input.as_path())),
        ("--benchmarks", args.benchmarks.as_deref()),
        ("--fx", args.currency.rates.fx.as_deref()),
    ])?;
    let rates = super::convert::rates(&args.currency.rates)?;
    // Records are independent: without --in each stays in its own currency.
    let conversion = match (&args.currency.reporting, rates) {
        (Some(reporting), rates) => Some((reporting.clone(), rates)),
        (None, None) => None,
        (None, Some(_)) => {
            return Err(Error::Usage(
                "--rate and --fx need --in CUR in batch: records are reported in their own currencies unless --in names one".into(),
            ));
        }
    };
    if args.target.given.is_some() && args.benchmarks.is_none() {
        return Err(Error::Usage(
            "--target sets the percentile offers are placed against, expected --benchmarks FILE with it".into(),
        ));
    }
    let input_name = args.input.display().to_string();
    let market = args
        .benchmarks
        .as_deref()
        .map(|path| super::load_benchmarks(Some(path)).map(|set| (set, args.target.percentile())))
        .transpose()?;
    let options = BatchOptions {
        input_format: input_format(args),
        output_format: args.format,
        defaults: Defaults {
            as_of: args.as_of.unwrap_or_else(super::today),
            years: args.years,
        },
        market,
        csv_years: args.years,
        input_name: input_name.clone(),
        tax: args
            .tax
            .tax
            .as_deref()
            .map(|value| super::tax::load(value, None).map(|(_, table)| table))
            .transpose()?,
        conversion,
        output_name: match &args.out.path {
            Some(path) => path.display().to_string(),
            None => "standard output".to_owned(),
        },
    };
    let reader = crate::input::open(&args.input)?;
    let mut stderr = io::stderr().lock();
    let summary = match &args.out.path {
        Some(path) => {
            let mut summary = BatchSummary::default();
            write_atomically_with(path, args.out.force, |out| {
                summary = run_batch(reader, &options, out, &mut stderr)?;
                Ok(())
            })?;
            summary
        }
        None => {
            let mut stdout = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            run_batch(reader, &options, &mut stdout, &mut stderr)?
        }
    };
    if summary.bad > 0 {
        return Err(Error::data(
            input_name,
            DataError::new(
                "",
                format!(
                    "{} of {} records are bad (each reported above); {} projected",
                    summary.bad, summary.records, summary.projected
                ),
            ),
        ));
    }
    let _ = writeln!(
        stderr,
        "counteroffer: {} records projected, none bad",
        summary.projected
    );
    Ok(String::new())
}

fn input_format(args: &BatchArgs) -> InputFormat {
    match args.input_format {
        Some(format) => format,
        None => match args.input.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("csv") => InputFormat::Csv,
            _ => InputFormat::JsonLines,
        },
    }
}
