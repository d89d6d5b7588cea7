//! `counteroffer benchmarks check` and `benchmarks build`.

use std::io::Write;

use crate::cli::{BuildRequest, CheckRequest};
use crate::domain::market::{BuildLimits, BuildOptions, build as build_benchmarks};
use crate::error::Result;
use crate::error::{DataError, Error};
use crate::render;

pub fn check(request: &CheckRequest) -> Result<String> {
    let set = super::load_benchmarks(Some(&request.file))?;
    Ok(render::benchmarks_check(&set, &request.view))
}

pub fn build(request: &BuildRequest) -> Result<String> {
    let source_name = request.file.display().to_string();
    let options = BuildOptions {
        group_by: request.group_by.clone(),
        metrics: request.metrics.clone(),
        percentiles: request.percentiles.clone(),
        min_samples: request.min_samples,
        source_name: source_name.clone(),
        source: request.source.clone(),
        as_of: request.as_of,
        currency: request.currency.clone(),
        limits: BuildLimits::default(),
        input_bytes: std::fs::metadata(&request.file)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len()),
    };
    // An output that would be refused is refused before the input is read.
    if let Some(path) = &request.out.path {
        crate::io::output_file::check_target(path, request.out.force)
            .map_err(super::not_written)?;
    }
    let reader = crate::io::input::open(&request.file)?;
    let (file, summary) = build_benchmarks(reader, &options)?;
    let mut stderr = std::io::stderr().lock();
    let mut lines = vec![match summary.small_groups() {
        Some(groups) => format!("{}; {groups} under --min-samples left out", summary.line()),
        None => summary.line(),
    }];
    let dropped = |most| {
        summary
            .partial_groups
            .dropped(most)
            .map(|groups| format!("rows dropped for an empty --group-by value: {groups}"))
    };
    if request.verbose {
        lines.extend(summary.counts(&options));
        lines.extend(dropped(10));
        lines.extend(summary.left_out_lines());
    } else {
        // Which groups lost rows is said even without --verbose: a group
        // can vanish that way.
        lines.extend(dropped(3));
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
    super::deliver(&request.out, crate::render::json_document(&file)?)
}
