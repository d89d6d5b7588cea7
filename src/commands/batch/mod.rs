//! `counteroffer batch`: streams straight to its output (never through a
//! `String`), so it prints here rather than returning the text.

use std::io::{self, Write};

mod pipeline;
mod records;

pub use pipeline::*;

use crate::cli::BatchArgs;
use crate::domain::offer::Defaults;
use crate::error::{DataError, Error, Result};
use crate::io::output_file::write_atomically_with;
use pipeline::run as run_batch;

pub fn command(args: &BatchArgs) -> Result<String> {
    crate::commands::stdin_once([
        ("INPUT", Some(args.input.as_path())),
        ("--benchmarks", args.benchmarks.as_deref()),
        ("--fx", args.currency.rates.fx.as_deref()),
        ("--tax", args.tax.tax.as_deref().map(std::path::Path::new)),
    ])?;
    let rates = crate::commands::convert::rates(&args.currency.rates)?;
    // Records are independent: without --in each stays in its own currency.
    let conversion = match (&args.currency.reporting, rates) {
        (Some(reporting), rates) => {
            crate::commands::convert::check_reporting(
                rates.as_ref(),
                reporting,
                &format!("--in {reporting}"),
            )?;
            Some((reporting.clone(), rates))
        }
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
    // `--out -` is standard output, as `-` is for every input.
    let out_path = args
        .out
        .path
        .as_deref()
        .filter(|path| *path != std::path::Path::new("-"));
    let market = args
        .benchmarks
        .as_deref()
        .map(|path| {
            crate::commands::load_benchmarks(Some(path)).map(|set| (set, args.target.percentile()))
        })
        .transpose()?;
    let options = BatchOptions {
        input_format: input_format(args),
        output_format: args.format,
        defaults: Defaults {
            as_of: args.as_of.unwrap_or_else(crate::commands::today),
            years: args.years,
        },
        market,
        csv_years: args.years,
        input_name: input_name.clone(),
        tax: args
            .tax
            .tax
            .as_deref()
            .map(|value| crate::commands::tax::load(value, None).map(|(_, table)| table))
            .transpose()?,
        conversion,
        output_name: match out_path {
            Some(path) => path.display().to_string(),
            None => "standard output".to_owned(),
        },
    };
    let mut reader = crate::io::input::open(&args.input)?;
    if args.input_format.is_none() && input_format(args) == InputFormat::JsonLines {
        not_csv(&mut reader, &input_name)?;
    }
    let mut stderr = io::stderr().lock();
    let summary = match out_path {
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

/// Input read as JSON Lines only because nothing said otherwise (standard
/// input, a name not ending in `.csv`) must open with a JSON object: CSV
/// there would give one JSON error a line, so it is one clear error about
/// line 1 instead. Peeks at the buffer; reads nothing.
fn not_csv(reader: &mut Box<dyn std::io::BufRead + Send>, input_name: &str) -> Result<()> {
    let buffer = reader.fill_buf().map_err(|source| Error::Io {
        context: input_name.to_owned(),
        source,
    })?;
    let text = buffer.strip_prefix(crate::io::input::BOM).unwrap_or(buffer);
    let Some(start) = text.iter().position(|b| !b.is_ascii_whitespace()) else {
        return Ok(());
    };
    if text[start] == b'{' {
        return Ok(());
    }
    let line = &text[start..];
    let line = &line[..line
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(line.len())
        .min(40)];
    Err(Error::data(
        input_name,
        DataError::new(
            "",
            format!(
                "line 1 is not a JSON object (it starts `{}`): input not named *.csv is read as JSON Lines, expected one offer object a line, or --input-format csv for CSV",
                String::from_utf8_lossy(line).trim_end()
            ),
        ),
    ))
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
