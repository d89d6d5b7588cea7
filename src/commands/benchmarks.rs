//! `counteroffer benchmarks check` and `benchmarks build`.

use std::path::Path;

use std::io::Write;

use crate::cli::{BuildArgs, ColorChoice, OutputArgs};
use crate::domain::market::{BuildLimits, BuildOptions, build as build_benchmarks};
use crate::error::Result;
use crate::error::{DataError, Error};
use crate::render;
use crate::render::Format;

pub fn check(file: &Path, width: Option<u16>, color: ColorChoice) -> Result<String> {
    let set = super::load_benchmarks(Some(file))?;
    let output = OutputArgs {
        format: Format::Table,
        width,
    };
    Ok(render::benchmarks_check(
        &set,
        &super::view(&output, color, false),
    ))
}

pub fn build(args: &BuildArgs) -> Result<String> {
    let source_name = args.file.display().to_string();
    let currency = crate::domain::offer::validate::currency_code("--currency", &args.currency)
        .map_err(|err| Error::Usage(err.to_string()))?;
    for (index, metric) in args.metrics.iter().enumerate() {
        if args.metrics[..index]
            .iter()
            .any(|m| m.metric == metric.metric)
        {
            return Err(Error::Usage(format!(
                "--metric `{}` is given twice, expected each metric once",
                metric.metric.key()
            )));
        }
    }
    for (index, by) in args.group_by.iter().enumerate() {
        if args.group_by[..index].iter().any(|b| b.filter == by.filter) {
            return Err(Error::Usage(format!(
                "--group-by `{}` is given twice, expected each filter once",
                by.filter
            )));
        }
    }
    let options = BuildOptions {
        group_by: args.group_by.clone(),
        metrics: args.metrics.clone(),
        percentiles: {
            let mut p: Vec<u8> = args.percentiles.iter().map(|p| p.get()).collect();
            p.sort_unstable();
            p.dedup();
            p
        },
        min_samples: usize::try_from(args.min_samples).unwrap_or(usize::MAX),
        source_name: source_name.clone(),
        source: args.source.clone(),
        as_of: args.as_of.unwrap_or_else(super::today),
        currency,
        limits: BuildLimits::default(),
        input_bytes: std::fs::metadata(&args.file)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len()),
    };
    // An output that would be refused is refused before the input is read.
    if let Some(path) = &args.out.path {
        crate::io::output_file::check_target(path, args.out.force)?;
    }
    let reader = crate::io::input::open(&args.file)?;
    let (file, summary) = build_benchmarks(reader, &options)?;
    let mut stderr = std::io::stderr().lock();
    let mut lines = vec![summary.line()];
    if args.verbose {
        lines.extend(summary.lines(&options));
    } else {
        // Which groups lost rows is said even without --verbose: a group
        // can vanish that way.
        lines.extend(summary.partial_groups.line(3));
        if summary.dropped() > 0 {
            lines[0].push_str(" (run with --verbose for why)");
        }
    }
    for line in lines {
        let message = format!("{source_name}: {line}");
        let _ = writeln!(
            stderr,
            "counteroffer: {}",
            crate::io::escape::terminal(&message)
        );
    }
    if summary.groups_written == 0 {
        return Err(Error::data(
            source_name,
            DataError::new(
                "",
                format!(
                    "no group has {} usable rows, so there is no entry to write",
                    options.min_samples
                ),
            ),
        ));
    }
    super::deliver(&args.out, crate::render::json_document(&file)?)
}
