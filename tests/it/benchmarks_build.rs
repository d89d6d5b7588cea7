//! Building benchmark files from raw records: percentiles against an
//! independent integer computation, dirty-data accounting, and round trips
//! through the benchmark reader.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use counteroffer::domain::market::{
    BuildLimits, BuildOptions, GroupBy, Metric, MetricColumn, build, parse_benchmarks,
};
use proptest::prelude::*;

use crate::common::Run;

fn options(percentiles: Vec<u8>, min_samples: usize) -> BuildOptions {
    BuildOptions {
        group_by: vec![
            GroupBy {
                filter: "company",
                column: "company".into(),
            },
            GroupBy {
                filter: "role",
                column: "title".into(),
            },
        ],
        metrics: vec![MetricColumn {
            metric: Metric::Total,
            column: "total".into(),
        }],
        percentiles,
        min_samples,
        source_name: "raw.csv".into(),
        source: None,
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        currency: "USD".into(),
        limits: BuildLimits::default(),
        input_bytes: None,
    }
}

/// PERCENTILE.INC on integer cents with exact rational interpolation,
/// rounded half away from zero: h = (n−1)p/100 = k + r/100.
fn reference_percentile(sorted_cents: &[i64], p: i64) -> i64 {
    let scaled = (sorted_cents.len() as i64 - 1) * p;
    let (k, r) = ((scaled / 100) as usize, scaled % 100);
    if r == 0 || k + 1 >= sorted_cents.len() {
        return sorted_cents[k];
    }
    let numerator = sorted_cents[k] * 100 + r * (sorted_cents[k + 1] - sorted_cents[k]);
    // Non-negative here, so half away from zero is half up.
    (numerator + 50).div_euclid(100)
}

fn cents_text(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn percentiles_equal_an_independent_computation(
        rows in proptest::collection::vec((0usize..3, 1i64..=100_000_000, 0u8..4), 1..300),
        percentiles in proptest::collection::btree_set(1u8..=99, 1..6),
    ) {
        let companies = ["Amazon", " amazon", "Contoso"];
        let mut csv = String::from("company,title,total\n");
        let mut expected: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for (i, (company, cents, decimals)) in rows.iter().enumerate() {
            // Vary the text of equal amounts: 1234.5, 1234.50, 1234.500 …
            let mut text = cents_text(*cents);
            for _ in 0..*decimals { text.push('0'); }
            // A row number column keeps rows distinct (no duplicates here).
            csv.push_str(&format!("{},PM {i},{text}\n", companies[*company]));
            expected.entry(companies[*company].trim().to_lowercase()).or_default().push(*cents);
        }
        // One group per company: title varies, so group by company only.
        let mut opts = options(percentiles.iter().copied().collect(), 1);
        opts.group_by.truncate(1);
        let (file, summary) = build(csv.as_bytes(), &opts).unwrap();
        prop_assert_eq!(summary.rows_used, rows.len() as u64);
        let entries = file["entries"].as_array().unwrap();
        prop_assert_eq!(entries.len(), expected.len());
        for entry in entries {
            let company = entry["company"].as_str().unwrap().trim().to_lowercase();
            let mut values = expected[&company].clone();
            values.sort_unstable();
            for p in &percentiles {
                let got = entry["total"][format!("p{p}")].to_string();
                let want = cents_text(reference_percentile(&values, i64::from(*p)));
                prop_assert_eq!(got, want, "{} p{}", company, p);
            }
        }
        // What is written reads back as a valid benchmark file.
        prop_assert!(parse_benchmarks(serde_json::to_string(&file).unwrap().as_bytes()).is_ok());
    }
}

#[test]
fn dirty_rows_are_counted_and_explained() {
    let csv = "company,title,total\n\
        Amazon,PM,300000\n\
        amazon ,pm,310000\n\
        Amazon,PM,300000\n\
        Amazon,PM,n/a\n\
        Amazon,PM,\n\
        Amazon,PM,0\n\
        Amazon,PM,-5\n\
        ,PM,320000\n\
        Contoso,PM,200000\n";
    let (file, summary) = build(csv.as_bytes(), &options(vec![50], 2)).unwrap();
    assert_eq!(summary.rows_read, 9);
    assert_eq!(summary.duplicates, 1);
    assert_eq!(summary.missing_group, 1);
    // Which group lost it, by what the row had.
    assert_eq!(
        summary.partial_groups.dropped(3).unwrap(),
        "company empty, role=PM (1 row)"
    );
    assert_eq!(summary.rows_used, 7);
    assert_eq!(
        summary.left_out,
        vec![counteroffer::domain::market::LeftOut {
            metric: Metric::Total,
            missing: 1,
            not_numeric: 1,
            out_of_range: 2
        }]
    );
    assert_eq!(summary.groups, 2);
    // Contoso has one row, below --min-samples 2.
    assert_eq!(summary.groups_written, 1);
    let entry = &file["entries"][0];
    assert_eq!(entry["id"], "amazon-pm");
    assert_eq!(entry["company"], "Amazon");
    assert_eq!(entry["total"]["p50"].to_string(), "305000.00");
    assert_eq!(
        file["source"],
        "Built from raw.csv: 7 of 9 rows used, as of 2026-11-26."
    );
    assert_eq!(summary.line(), "built 1 entry from 9 rows; 2 rows dropped");
    assert_eq!(summary.small_groups().as_deref(), Some("1 group"));
}

/// One line on standard error unless `--verbose`; `--source` names the
/// figures; an `--out` that exists is refused before the input is read.
#[test]
fn the_build_says_one_line_and_takes_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("raw.csv");
    let mut csv = String::from("company,total\n");
    for i in 0..6 {
        csv.push_str(&format!("Amazon,{}\n", 200_000 + i * 1_000));
    }
    csv.push_str(",250000\nAmazon,200000\n");
    std::fs::write(&raw, csv).unwrap();
    let build = |extra: &[&str]| {
        Run::new("benchmarks")
            .args(["build", raw.to_str().unwrap()])
            .args(["--group-by", "company", "--metric", "total=total"])
            .args(["--as-of", "2026-11-26"])
            .args(extra)
            .output()
    };
    let quiet = build(&["--source", "Levels, Nov 2026"]);
    assert_eq!(quiet.code, Some(0));
    let raw_name = raw.display().to_string();
    assert_eq!(
        quiet.stderr,
        format!(
            "counteroffer: {raw_name}: built 1 entry from 8 rows; 2 rows dropped (run with --verbose for why)\n\
             counteroffer: {raw_name}: rows dropped for an empty --group-by value: company empty (1 row)\n"
        )
    );
    let file = quiet.json();
    assert_eq!(file["source"], "Levels, Nov 2026");
    let verbose = build(&["--verbose"]);
    let stderr = &verbose.stderr;
    assert!(
        stderr.contains("1 exact duplicate rows dropped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 rows without a group key dropped"),
        "{stderr}"
    );
    let file = verbose.json();
    assert_eq!(
        file["source"],
        "Built from {raw_name}: 6 of 8 rows used, as of 2026-11-26."
            .replace("{raw_name}", &raw_name)
    );
    // The output exists: refused (73) before reading a missing input (66).
    let out = dir.path().join("market.json");
    std::fs::write(&out, "keep").unwrap();
    Run::new("benchmarks")
        .args(["build", "missing.csv", "--group-by", "company"])
        .args(["--metric", "total=total", "--out", out.to_str().unwrap()])
        .code(73)
        .stderr_has("already exists; pass --force");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep");
}

#[test]
fn the_command_writes_a_file_the_market_command_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("raw.csv");
    let mut csv = String::from("company,title,level,totalyearlycompensation,basesalary\n");
    for i in 0..10 {
        csv.push_str(&format!(
            "Amazon,Product Manager,L7,{},{}\n",
            200_000 + i * 5_000,
            170_000 + i * 2_000
        ));
    }
    std::fs::write(&raw, csv).unwrap();
    let out = dir.path().join("market.json");
    Run::new("benchmarks")
        .args([
            "build",
            raw.to_str().unwrap(),
            "--group-by",
            "company,level",
            "--metric",
            "total=totalyearlycompensation",
            "--metric",
            "base_salary=basesalary",
            "--as-of",
            "2026-11-26",
            "--out",
            out.to_str().unwrap(),
        ])
        .code(0);
    let json = Run::new("market")
        .args([
            "examples/amazon-promotion.json",
            "--benchmarks",
            out.to_str().unwrap(),
            "--format",
            "json",
        ])
        .json();
    assert_eq!(json["entry"], "amazon-l7");
    // Bases 170,000..188,000: 180,000 sits at h = 5 of 9 → p55.6.
    assert_eq!(json["metrics"][0]["position"], "p55.6");
    Run::new("benchmarks")
        .args(["build", raw.to_str().unwrap(), "--group-by", "company"])
        .args(["--metric", "total=nope"])
        .code(65)
        .stderr_has("no column `nope`");
    Run::new("benchmarks")
        .args(["build", raw.to_str().unwrap(), "--group-by", "team"])
        .args(["--metric", "total=totalyearlycompensation"])
        .code(2);
}

/// Past a limit, the build ends with an error naming it, before memory grows.
#[test]
fn past_the_row_and_group_limits_the_build_stops_with_a_reason() {
    let mut csv = String::from("company,title,total\n");
    for i in 0..6 {
        csv.push_str(&format!("Amazon,PM,{}\n", 100_000 + i));
    }
    // Duplicates do not count towards the row limit.
    csv.push_str("Amazon,PM,100000\n");
    let mut opts = options(vec![50], 1);
    opts.limits = BuildLimits { rows: 6, groups: 1 };
    let (_, summary) = build(csv.as_bytes(), &opts).unwrap();
    assert_eq!((summary.rows_used, summary.duplicates), (6, 1));

    let err = build(format!("{csv}Amazon,PM,1\n").as_bytes(), &opts).unwrap_err();
    assert_eq!(err.exit_code(), 65);
    assert_eq!(
        err.to_string(),
        "raw.csv: has more than 6 distinct rows, the most one build holds; \
         split the records, by company or location for instance"
    );

    opts.limits.rows = 100;
    let err = build(format!("{csv}Contoso,PM,1\n").as_bytes(), &opts).unwrap_err();
    assert!(err.to_string().contains("has more than 1 groups"), "{err}");
}

/// A group value longer than a name may be is dropped and counted, and the
/// ids written stay within what `benchmarks check` accepts.
#[test]
fn long_group_values_are_dropped_and_ids_stay_short() {
    let long = "x".repeat(201);
    let longest = "y".repeat(200);
    let mut csv = String::from("company,title,total\n");
    csv.push_str(&format!("{long},PM,100\n"));
    csv.push_str(&format!("{longest},{longest},100\n"));
    csv.push_str(&format!("{longest},{longest} ,100\n"));
    let (file, summary) = build(csv.as_bytes(), &options(vec![50], 1)).unwrap();
    assert_eq!(summary.long_group, 1);
    assert_eq!(summary.rows_used, 2);
    let id = file["entries"][0]["id"].as_str().unwrap();
    assert!(id.len() <= 200 && id.starts_with("yyy"), "{id}");
    assert!(parse_benchmarks(serde_json::to_string(&file).unwrap().as_bytes()).is_ok());
}

/// One line past 1 MiB ends the build with the line named, not an abort.
#[test]
fn an_endless_line_is_refused_with_its_number() {
    let mut csv = String::from("company,title,total\nAmazon,PM,1\n");
    csv.push_str(&"z".repeat((1 << 20) + 1));
    let err = build(csv.as_bytes(), &options(vec![50], 1)).unwrap_err();
    assert_eq!(err.exit_code(), 65);
    assert!(
        err.to_string()
            .contains("line 3 is longer than 1048576 bytes"),
        "{err}"
    );
}

/// Grouping spells names as matching does: case and punctuation are
/// ignored, a location is a place (city and state or country), and the
/// first spelling is shown.
#[test]
fn spellings_of_one_place_and_role_fall_in_one_group() {
    let csv = "company,title,location,total\n\
        Amazon,Product Manager,\"Seattle, WA\",200000\n\
        amazon,product-manager,\"seattle,wa\",210000\n\
        AMAZON,Product  Manager.,\" SEATTLE , WA. \",220000\n\
        Amazon,-,\"Seattle, WA\",230000\n";
    let mut opts = options(vec![50], 1);
    opts.group_by.push(GroupBy {
        filter: "location",
        column: "location".into(),
    });
    let (file, summary) = build(csv.as_bytes(), &opts).unwrap();
    assert_eq!(summary.groups, 1);
    // A role of punctuation only names no group.
    assert_eq!(summary.missing_group, 1);
    let entry = &file["entries"][0];
    assert_eq!(entry["location"], "Seattle, WA");
    assert_eq!(entry["total"]["p50"].to_string(), "210000.00");
}

#[test]
fn sizing_from_the_input_size_changes_nothing() {
    let mut csv = String::from("company,title,total\n");
    for i in 0..5000 {
        csv.push_str(&format!(
            "Co{},PM,{}.{:02}\n",
            i % 7,
            100_000 + i % 997,
            i % 100
        ));
        if i % 10 == 0 {
            csv.push_str(&format!(
                "Co{},PM,{}.{:02}\n",
                i % 7,
                100_000 + i % 997,
                i % 100
            ));
        }
    }
    let mut opts = options(vec![10, 50, 90], 1);
    let unsized_build = build(csv.as_bytes(), &opts).unwrap();
    for bytes in [csv.len() as u64, 1, u64::MAX] {
        opts.input_bytes = Some(bytes);
        let sized = build(csv.as_bytes(), &opts).unwrap();
        assert_eq!(sized.0, unsized_build.0, "{bytes}");
        assert_eq!(sized.1, unsized_build.1, "{bytes}");
    }
    assert_eq!(unsized_build.1.duplicates, 500);
}
