//! `counteroffer batch`: streams straight to its output (never through a
//! `String`), so it prints here rather than returning the text.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use crate::batch::{BatchOptions, BatchSummary, InputFormat, OutputFormat, run as run_batch};
use crate::cli::{BatchArgs, BatchInputFormat, BatchOutputFormat};
use crate::error::{DataError, Error, Result};
use crate::offer::Defaults;
use crate::output_file::write_atomically_with;

pub fn run(args: &BatchArgs) -> Result<String> {
    let input_name = args.input.display().to_string();
    let market = args
        .benchmarks
        .as_deref()
        .map(|path| super::load_benchmarks(Some(path)).map(|set| (set, args.target)))
        .transpose()?;
    let options = BatchOptions {
        input_format: input_format(args),
        output_format: match args.format {
            BatchOutputFormat::Jsonl => OutputFormat::JsonLines,
            BatchOutputFormat::Csv => OutputFormat::Csv,
        },
        defaults: Defaults {
            as_of: args.as_of.unwrap_or_else(super::today),
            years: args.years,
        },
        market,
        csv_years: args.years,
        input_name: input_name.clone(),
    };
    let reader = open(&args.input)?;
    let mut stderr = io::stderr().lock();
    let summary = match &args.out {
        Some(path) => {
            let mut summary = BatchSummary::default();
            write_atomically_with(path, args.force, |out| {
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
        Some(BatchInputFormat::Jsonl) => InputFormat::JsonLines,
        Some(BatchInputFormat::Csv) => InputFormat::Csv,
        None => match args.input.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("csv") => InputFormat::Csv,
            _ => InputFormat::JsonLines,
        },
    }
}

/// Opens an input for streaming: a file, or standard input for `-`.
pub(crate) fn open(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    if path == Path::new("-") {
        return Ok(Box::new(BufReader::with_capacity(1 << 16, io::stdin())));
    }
    let unreadable = |reason: String| Error::Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    if path.is_dir() {
        return Err(unreadable(
            "is a directory, expected a file of offers".into(),
        ));
    }
    let file = File::open(path).map_err(|err| {
        unreadable(match err.kind() {
            io::ErrorKind::NotFound => "no such file".into(),
            io::ErrorKind::PermissionDenied => "permission denied".into(),
            _ => err.to_string(),
        })
    })?;
    Ok(Box::new(BufReader::with_capacity(1 << 16, file)))
}
