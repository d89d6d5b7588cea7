//! Any bytes as a CSV batch input: every record parsed, projected and
//! written as JSON Lines and as CSV. Bad records are fine; panics are not.
#![no_main]

use chrono::NaiveDate;
use counteroffer::batch::{BatchOptions, InputFormat, OutputFormat, run};
use counteroffer::offer::Defaults;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for output_format in [OutputFormat::JsonLines, OutputFormat::Csv] {
        let options = BatchOptions {
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
        };
        let mut out = Vec::new();
        let mut errors = Vec::new();
        let _ = run(data, &options, &mut out, &mut errors);
    }
});
