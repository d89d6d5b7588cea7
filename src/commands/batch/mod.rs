//! `counteroffer batch`: streams straight to its output (never through a
//! `String`), so it prints here rather than returning the text.

use std::io::{self, Write};

mod pipeline;
mod records;

// The batch engine, for callers other than the command (tests, fuzzing).
pub use crate::cli::InputFormat;
pub use crate::render::batch::OutputFormat;
pub use pipeline::{BatchOptions, BatchSummary, run};

use crate::cli::BatchRequest;
use crate::domain::offer::Defaults;
use crate::error::{DataError, Error, Result};
use crate::io::output_file::write_atomically_with;
use pipeline::run as run_batch;

pub fn command(request: &BatchRequest) -> Result<String> {
    let rates = crate::commands::convert::rates(request.rates.as_ref())?;
    // Records are independent: without --in each stays in its own currency.
    let conversion = match (&request.reporting, rates) {
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
    if request.target.is_some() && request.benchmarks.is_none() {
        return Err(crate::cli::target_without_benchmarks());
    }
    let input_name = request.input.display().to_string();
    // `--out -` is standard output, as `-` is for every input.
    let out_path = request
        .out
        .path
        .as_deref()
        .filter(|path| *path != std::path::Path::new("-"));
    let target = request
        .target
        .unwrap_or(crate::domain::market::DEFAULT_TARGET);
    let market = request
        .benchmarks
        .as_deref()
        .map(|path| crate::commands::load_benchmarks(Some(path)).map(|set| (set, target)))
        .transpose()?;
    let options = BatchOptions {
        input_format: request.input_format,
        output_format: request.format,
        defaults: Defaults {
            as_of: request.as_of,
            years: request.years,
        },
        market,
        csv_years: request.years,
        input_name: input_name.clone(),
        tax: request
            .tax
            .as_ref()
            .map(|source| crate::commands::tax::load_source(source).map(|(_, table)| table))
            .transpose()?,
        conversion,
        output_name: match out_path {
            Some(path) => path.display().to_string(),
            None => "standard output".to_owned(),
        },
    };
    let mut reader = crate::io::input::open(&request.input)?;
    if !request.input_format_given && request.input_format == InputFormat::JsonLines {
        not_csv(&mut reader, &input_name)?;
    }
    let mut stderr = io::stderr().lock();
    let summary = match out_path {
        Some(path) => {
            let mut summary = BatchSummary::default();
            write_atomically_with(path, request.out.force, |out| {
                summary = run_batch(reader, &options, out, &mut stderr)?;
                Ok(())
            })
            .map_err(crate::commands::not_written)?;
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
