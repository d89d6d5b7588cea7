//! The state tables as people see them: the README's example held to the
//! tool's output, a Washington and a California offer compared after tax,
//! each state's withholding and balance due, `tax list` and `tax show`.

use counteroffer::domain::money::display;
use counteroffer::domain::tax::{built_in, built_in_names, built_in_text, parse_tax_table};
use rust_decimal::Decimal;
use serde_json::Value;

use crate::common::Run;

const FOUNDING: [&str; 3] = [
    "examples/founding-seattle.json",
    "examples/founding-san-francisco.json",
    "examples/founding-new-york-city.json",
];

fn money(value: &Value) -> Decimal {
    value.as_str().unwrap().parse().unwrap()
}

/// The README's table of nets is the tool's, figure for figure, and so are
/// the gaps and the sentence naming the years of the figures.
#[test]
fn the_readme_example_is_the_tools_output() {
    let out = Run::new("project")
        .args(FOUNDING)
        .args(["--format", "json"])
        .json();
    let offers = out["offers"].as_array().unwrap();
    let tables: Vec<&str> = offers
        .iter()
        .map(|o| o["tax_table"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        tables,
        [
            "us-2026-single-wa",
            "us-2026-single-ca",
            "us-2026-single-ny-nyc"
        ]
    );
    let row = |label: &str, figure: &dyn Fn(&Value) -> Decimal| {
        let cells: Vec<String> = offers.iter().map(|o| display(figure(o), "USD")).collect();
        format!("| {label} | {} |", cells.join(" | "))
    };
    let mut expected = Vec::new();
    for year in 0..4 {
        expected.push(row(&format!("Year {}", year + 1), &|o| {
            money(&o["years"][year]["net"])
        }));
    }
    expected.push(row("Over 4 years", &|o| money(&o["net_total"])));
    expected.push(row("Balance due, year 1", &|o| {
        money(&o["years"][0]["balance_due"])
    }));
    let readme = std::fs::read_to_string("README.md").unwrap();
    for line in &expected {
        assert!(readme.contains(line.as_str()), "README lacks `{line}`");
    }
    let nets: Vec<Decimal> = offers.iter().map(|o| money(&o["net_total"])).collect();
    let words = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    for (gap, city) in [
        (nets[0] - nets[1], "San Francisco"),
        (nets[0] - nets[2], "New York City"),
    ] {
        assert!(
            words.contains(&format!("{} more than {city}", display(gap, "USD"))),
            "{city}: {gap}"
        );
    }
    let years = offers[1]["tax_table"]["figure_years"].as_str().unwrap();
    assert!(words.contains(&format!("\"{years}\"")), "{years}");
    assert!(offers[0]["tax_table"].get("figure_years").is_none());
}

/// A Washington and a California offer, each with its own table: both nets
/// and the leader after tax, and the year of California's figures.
#[test]
fn compare_shows_both_nets_and_the_leader_after_tax() {
    let text = Run::new("compare")
        .args([FOUNDING[0], FOUNDING[1], "--format", "markdown"])
        .stdout();
    assert!(text.contains("| Net over 4 years |"), "{text}");
    assert!(text.contains("$673,723.44"), "{text}");
    assert!(text.contains("$594,088.77"), "{text}");
    assert!(text.contains("After tax: Founding offer in Seattle leads by $79,634.67."));
    assert!(text.contains("us-2026-single-ca figures from other years: California brackets"));
}

/// Year 1 in San Francisco: wages 206,900, base 180,000, bonus and vests
/// 26,900. California owes 14,996.68 on 201,194 taxable (14,996.68 =
/// 15,149.68 − the 153 credit); it withholds its schedule on the base
/// (12,494.98 on 174,294 taxable, after the credit) and 10.23 % of 26,900
/// (2,751.87): 15,246.85, so 14,996.68 − 15,246.85 = −250.17 on the state
/// layer. The federal layers leave 538.00 due, as in Washington; SDI
/// withholds what it owes. Balance: 538.00 − 250.17 = 287.83.
#[test]
fn each_state_withholds_its_supplemental_rate() {
    let out: Value = Run::new("project")
        .args([FOUNDING[1], "--format", "json"])
        .json();
    let year = &out["offers"][0]["years"][0];
    assert_eq!(year["taxes"][3]["name"], "California income tax");
    assert_eq!(year["taxes"][3]["amount"], "14996.68");
    assert_eq!(year["balance_due"], "287.83");
    let table = built_in("us-2026-single-ca").unwrap();
    let ca = &table.taxes[3];
    let base = Decimal::from(180_000);
    let rest = Decimal::from(26_900);
    assert_eq!(ca.withheld(base, rest).to_string(), "15246.85");
    // Every state layer with a flat supplemental rate withholds it on the
    // bonus and vests: the withholding less the base's schedule.
    let rates = [
        ("us-2026-single-ca", "10.23"),
        ("us-2026-single-ny", "11.7"),
        ("us-2026-single-va", "5.75"),
        ("us-2026-single-co", "4.4"),
        ("us-2026-single-ma", "5"),
        ("us-2026-single-ga", "5.19"),
        ("us-2026-single-or", "8"),
        ("us-2026-single-il", "4.95"),
    ];
    for (name, rate) in rates {
        let layer = &built_in(name).unwrap().taxes[3];
        let rate: Decimal = rate.parse().unwrap();
        assert_eq!(
            layer.withheld(base, rest) - layer.tax(base),
            (rate * rest / Decimal::ONE_HUNDRED).round_dp(2),
            "{name}"
        );
    }
    let nyc = &built_in("us-2026-single-ny-nyc").unwrap().taxes[4];
    assert_eq!(nyc.name, "New York City income tax");
    // 4.25 % × 26,900 = 1,143.25.
    assert_eq!(
        nyc.withheld(base, rest) - nyc.tax(base),
        Decimal::new(114325, 2)
    );
    // New Jersey has no flat rate: it withholds what is owed.
    let nj = &built_in("us-2026-single-nj").unwrap().taxes[3];
    assert_eq!(nj.withheld(base, rest), nj.tax(base + rest));
}

#[test]
fn tax_list_names_every_table_in_one_line_each() {
    let text = Run::new("tax").arg("list").stdout();
    let lines: Vec<&str> = text.lines().take_while(|l| !l.is_empty()).collect();
    let names = built_in_names();
    assert_eq!(lines.len(), names.len());
    assert_eq!(names.len(), 40);
    for (line, name) in lines.iter().zip(&names) {
        assert!(line.starts_with(&format!("{name} ")), "{line}");
        assert!(line.contains("  2026  USD  federal income tax"), "{line}");
    }
    assert!(text.contains(
        "  2026  USD  federal income tax, social security, medicare, New York State income tax, New York City income tax, NY disability benefits, NY paid family leave\n"
    ));
    assert!(text.lines().any(|l| l.starts_with("us-2026-single-ca ")
        && l.ends_with("(some figures from an earlier year)")));
}

/// `tax show` prints, for every built-in table, a file that reads back as
/// the same table, fits `schema tax`, and names the sources: the federal
/// revenue procedure and the state's primary source, and says which
/// figures rest on one source.
#[test]
fn every_built_in_table_names_its_sources_and_reads_back() {
    let schema: Value = Run::new("schema").arg("tax").json();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let primary = [
        ("-ca", "FTB 2025 California Tax Rate Schedules"),
        ("-ny", "Tax Law 601"),
        ("-ny-nyc", "NYC Admin Code 11-1701"),
        ("-nj", "N.J.S.A. 54A:2-1"),
        ("-il", "35 ILCS 5/201(b)"),
        ("-va", "Code of Virginia 58.1-320"),
        ("-co", "C.R.S. 39-22-104"),
        ("-ma", "M.G.L. c.62"),
        ("-ga", "HB 463"),
        ("-or", "Oregon DOR 2026 withholding formula"),
    ];
    for name in built_in_names() {
        let text = built_in_text(&name).unwrap();
        let table = built_in(&name).unwrap();
        assert_eq!(parse_tax_table(text.as_bytes()).unwrap(), table, "{name}");
        let value: Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(table.source.contains("Rev. Proc. 2025-32"), "{name}");
        if let Some((suffix, citation)) = primary.iter().find(|(s, _)| name.ends_with(s)) {
            assert!(table.source.contains(citation), "{name}: {citation}");
            let single_source = !matches!(*suffix, "-ca" | "-il");
            assert_eq!(
                table.source.contains("single-source"),
                single_source,
                "{name}"
            );
        }
    }
    // Tables with figures from another year say which, in the file too.
    let ma = built_in_text("us-2026-married-ma").unwrap();
    assert!(ma.contains(
        "\"figure_years\": \"Massachusetts surtax threshold ($1,083,150): 2025, as the 2026 indexed threshold was not found; the rest: 2026.\""
    ));
}

/// New York City's layer is the state's layers plus the city's, on the
/// state's base.
#[test]
fn the_city_table_is_the_state_table_and_the_city() {
    for status in ["single", "married"] {
        let state = built_in(&format!("us-2026-{status}-ny")).unwrap();
        let city = built_in(&format!("us-2026-{status}-ny-nyc")).unwrap();
        assert_eq!(city.taxes[..4], state.taxes[..4]);
        assert_eq!(city.taxes[5..], state.taxes[4..]);
        let nyc = &city.taxes[4];
        let wages = Decimal::from(150_000);
        assert_eq!(nyc.taxable(wages), state.taxes[3].taxable(wages));
    }
}
