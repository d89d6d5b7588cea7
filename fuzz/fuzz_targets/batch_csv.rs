//! Any bytes as a CSV batch input: every record parsed, projected and
//! written as JSON Lines and as CSV. Bad records are fine; panics are not.
//! Nothing is lost or counted twice: in both output formats the run counts
//! the same records, writes one error line per bad one, and in JSON Lines
//! every good record is one JSON object naming its input line; records and
//! errors come in input order. (Lines, not records: a bare CR ends a CSV
//! record but not a line, so two records can share a line number.)
#![no_main]

use chrono::NaiveDate;
use counteroffer::commands::batch::{BatchOptions, InputFormat, OutputFormat, run};
use counteroffer::domain::offer::Defaults;
use libfuzzer_sys::fuzz_target;

fn options(output_format: OutputFormat) -> BatchOptions {
    BatchOptions {
        input_format: InputFormat::Csv,
        output_format,
        defaults: Defaults {
            as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            years: None,
        },
        market: None,
        csv_years: None,
        input_name: "fuzz.csv".into(),
        output_name: "output".into(),
        tax: None,
        conversion: None,
    }
}

/// The input line each error line names (`counteroffer: error: fuzz.csv:LINE: …`).
fn error_lines(errors: &[u8]) -> Vec<u64> {
    let text = std::str::from_utf8(errors).expect("error lines are UTF-8");
    text.lines()
        .map(|line| {
            let rest = line
                .strip_prefix("counteroffer: error: fuzz.csv:")
                .unwrap_or_else(|| panic!("an error line names the input: {line:?}"));
            let number = rest.split(':').next().unwrap();
            number
                .parse()
                .unwrap_or_else(|_| panic!("no line number in {line:?}"))
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let lines = run(
        data,
        &options(OutputFormat::JsonLines),
        &mut out,
        &mut errors,
    );
    let mut csv_out = Vec::new();
    let mut csv_errors = Vec::new();
    let csv = run(
        data,
        &options(OutputFormat::Csv),
        &mut csv_out,
        &mut csv_errors,
    );
    let (lines, csv) = match (lines, csv) {
        (Ok(lines), Ok(csv)) => (lines, csv),
        (Err(_), Err(_)) => return,
        (lines, csv) => panic!("one format fails, the other not: {lines:?} / {csv:?}"),
    };
    assert_eq!(
        lines.records, csv.records,
        "both formats read the same records"
    );
    assert_eq!(lines.records, lines.projected + lines.bad);
    assert_eq!(csv.records, csv.projected + csv.bad);
    assert_eq!(error_lines(&csv_errors).len() as u64, csv.bad);

    let failed = error_lines(&errors);
    assert_eq!(
        failed.len() as u64,
        lines.bad,
        "one error line per bad record"
    );
    assert!(failed.is_sorted(), "errors in input order: {failed:?}");
    let text = std::str::from_utf8(&out).expect("JSON Lines are UTF-8");
    let mut written = Vec::new();
    for record in text.lines() {
        let value: serde_json::Value =
            serde_json::from_str(record).unwrap_or_else(|e| panic!("{e}: {record}"));
        assert!(value["name"].is_string(), "{record}");
        written.push(value["line"].as_u64().expect("each record names its line"));
    }
    assert_eq!(
        written.len() as u64,
        lines.projected,
        "one JSON line per good record"
    );
    assert!(written.is_sorted(), "records in input order: {written:?}");
});
