//! Offers in two currencies: `--rate`, `--fx` and `--in` on every command
//! that takes them, checked figure by figure against the offer's own
//! projection converted by hand.

use std::path::Path;

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

use crate::common::{Run, d};

const LONDON: &str = "examples/london-offer.json";
const AMAZON: &str = "examples/amazon-promotion.json";
const AS_OF: &str = "2026-11-26";
const DATED: [&str; 2] = ["--as-of", AS_OF];
const AS_JSON: [&str; 4] = ["--format", "json", "--as-of", AS_OF];

/// `amount × numerator / denominator` to the cent, half away from zero.
fn by_hand(amount: &Value, numerator: Decimal, denominator: Decimal) -> String {
    let amount = d(amount.as_str().unwrap());
    let mut converted = (amount * numerator / denominator)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    converted.rescale(2);
    converted.to_string()
}

const FIGURES: [&str; 4] = ["base", "bonus", "sign_on", "equity"];

/// Every year's figures of `converted` are those of `own` (the offer in its
/// own currency) times the rate, rounded; totals are their sums.
fn assert_converted(own: &Value, converted: &Value, numerator: Decimal, denominator: Decimal) {
    let mut horizon = Decimal::ZERO;
    for (mine, theirs) in own["years"]
        .as_array()
        .unwrap()
        .iter()
        .zip(converted["years"].as_array().unwrap())
    {
        let mut total = Decimal::ZERO;
        for figure in FIGURES {
            let expected = by_hand(&mine[figure], numerator, denominator);
            assert_eq!(theirs[figure], expected.as_str(), "{figure}");
            total += d(&expected);
        }
        assert_eq!(d(theirs["total"].as_str().unwrap()), total);
        horizon += total;
    }
    assert_eq!(d(converted["total"].as_str().unwrap()), horizon);
}

#[test]
fn a_rate_converts_every_figure_and_every_view_names_it() {
    let own = Run::new("project").arg(LONDON).args(AS_JSON).json();
    let compared = Run::new("compare")
        .args([AMAZON, LONDON, "--rate", "GBP=1.27"])
        .args(AS_JSON)
        .json();
    let london = &compared["offers"][1];
    assert_eq!(london["currency"], "USD");
    assert_eq!(
        london["converted_from"],
        serde_json::json!({"currency": "GBP", "rate": "1.27", "date": null, "source": null})
    );
    assert_converted(&own["offers"][0], london, d("1.27"), Decimal::ONE);
    // The offer already in dollars is as it was.
    let amazon = Run::new("project").arg(AMAZON).args(AS_JSON).json();
    assert_eq!(compared["offers"][0]["years"], amazon["offers"][0]["years"]);
    assert!(compared["offers"][0].get("converted_from").is_none());

    let text = Run::new("compare")
        .args([AMAZON, LONDON, "--rate", "GBP=1.27", "--as-of", AS_OF])
        .output()
        .stdout;
    // The sentence may be wrapped to the width: compare its words.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(
        "London offer (Group PM): converted from GBP at 1.27 USD per GBP (a rate given with --rate), each figure rounded to the cent."
    ), "{text}");
    let csv = Run::new("project")
        .args([
            LONDON, "--in", "USD", "--rate", "GBP=1.27", "--format", "csv",
        ])
        .args(DATED)
        .output()
        .stdout;
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",converted_from,rate,rate_date")
    );
    assert!(lines.next().unwrap().ends_with(",GBP,1.27,"), "{csv}");
}

#[test]
fn a_cross_rate_from_a_file_is_exact_until_the_last_rounding() {
    let dir = tempfile::tempdir().unwrap();
    let rates = dir.path().join("rates.json");
    // Against the euro: one GBP is 1.15 EUR, one USD is 0.86 EUR, so one
    // GBP is 115/86 USD, which no decimal holds.
    std::fs::write(
        &rates,
        r#"{"base": "EUR", "date": "2026-11-27", "source": "test rates <b>",
            "rates": {"GBP": "1.15", "USD": "0.86"}}"#,
    )
    .unwrap();
    let rates = rates.to_str().unwrap();
    let own = Run::new("project").arg(LONDON).args(AS_JSON).json();
    let converted = Run::new("project")
        .args([LONDON, "--fx", rates, "--in", "USD"])
        .args(AS_JSON)
        .json();
    let london = &converted["offers"][0];
    assert_converted(&own["offers"][0], london, d("115"), d("86"));
    // 140,000 × 115 / 86 = 187,209.3023… → 187,209.30.
    assert_eq!(london["years"][0]["base"], "187209.30");
    assert_eq!(london["converted_from"]["rate"], "1.337209302326");
    assert_eq!(london["converted_from"]["date"], "2026-11-27");
    assert_eq!(london["converted_from"]["source"], "test rates <b>");
    // Markdown escapes the file's source.
    let markdown = Run::new("project")
        .args([LONDON, "--fx", rates, "--in", "USD", "--format", "markdown"])
        .args(DATED)
        .output()
        .stdout;
    assert!(
        markdown.contains("rates of 2026-11-27; source: test rates &lt;b&gt;"),
        "{markdown}"
    );
}

#[test]
fn the_report_can_be_in_the_other_currency() {
    let own = Run::new("project").arg(AMAZON).args(AS_JSON).json();
    let compared = Run::new("compare")
        .args([AMAZON, LONDON, "--in", "GBP", "--rate", "USD=0.79"])
        .args(AS_JSON)
        .json();
    assert_eq!(compared["offers"][0]["currency"], "GBP");
    assert_eq!(compared["offers"][1]["currency"], "GBP");
    assert_converted(
        &own["offers"][0],
        &compared["offers"][0],
        d("0.79"),
        Decimal::ONE,
    );
    let london = Run::new("project").arg(LONDON).args(AS_JSON).json();
    assert_eq!(compared["offers"][1]["years"], london["offers"][0]["years"]);
}

#[test]
fn break_even_and_placement_work_on_the_converted_figures() {
    let compared = Run::new("compare")
        .args([
            AMAZON,
            LONDON,
            "--rate",
            "GBP=1.27",
            "--benchmarks",
            "tests/fixtures/group-pm.json",
        ])
        .args(AS_JSON)
        .json();
    let comparison = &compared["comparison"];
    let break_even = &comparison["break_even"][0];
    let gap = d(break_even["gap"].as_str().unwrap());
    assert_eq!(
        gap,
        d(compared["offers"][0]["total"].as_str().unwrap())
            - d(compared["offers"][1]["total"].as_str().unwrap())
    );
    // The extra base is found in pounds and converted like any figure: the
    // pence that convert to it, added to the London base, reach the leader's
    // total, and one penny less does not.
    let base = d(break_even["base"].as_str().unwrap());
    let pence = (base / d("1.27") * Decimal::ONE_HUNDRED).round();
    // (A penny is 1.27 cents, so only one whole number of pence converts to it.)
    assert_eq!(
        (pence / Decimal::ONE_HUNDRED * d("1.27"))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
        base
    );
    let leader = d(compared["offers"][0]["total"].as_str().unwrap());
    let london_total_with = |extra_pence: Decimal| {
        let dir = tempfile::tempdir().unwrap();
        let mut raised: Value =
            serde_json::from_str(&std::fs::read_to_string(LONDON).unwrap()).unwrap();
        let own = d(&raised["base_salary"].to_string());
        raised["base_salary"] = Value::from((own + extra_pence / Decimal::ONE_HUNDRED).to_string());
        let path = dir.path().join("london.json");
        std::fs::write(&path, raised.to_string()).unwrap();
        let compared = Run::new("compare")
            .args([AMAZON, path.to_str().unwrap(), "--rate", "GBP=1.27"])
            .args(AS_JSON)
            .json();
        d(compared["offers"][1]["total"].as_str().unwrap())
    };
    assert!(london_total_with(pence) >= leader, "{pence} pence");
    assert!(
        london_total_with(pence - Decimal::ONE) < leader,
        "{pence} pence less one"
    );

    // Placement is on the converted figures: £140,000 is $177,800.00, p57.0
    // of the benchmark's $165,000 / $175,000 / $185,000 (50 + 2,800 /
    // 10,000 × 25); in pounds it would be below p25.
    let market = &compared["offers"][1]["market"];
    assert_eq!(market["entry"], "group-pm", "{market}");
    let metric = |name: &str| {
        market["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["metric"] == name)
            .unwrap_or_else(|| panic!("no {name} in {market}"))
            .clone()
    };
    let placed_base = metric("base_salary");
    assert_eq!(placed_base["value"], "177800.00");
    assert_eq!(placed_base["percentile"], "57.0");
    assert_eq!(placed_base["gap"], "7200.00");
    // A percentage is not converted: the bonus stays 10 %, p25.
    let bonus = metric("bonus_pct");
    assert_eq!(bonus["value"], "10");
    assert_eq!(bonus["percentile"], "25.0");
    // A quarter of the £48,000 grant a year, converted: $15,240.00, p59.9
    // (50 + 1,490 / 3,750 × 25); the total without sign-on, $210,820.00,
    // p50.2 (50 + 195 / 19,625 × 25).
    assert_eq!(metric("equity_annual")["value"], "15240.00");
    assert_eq!(metric("equity_annual")["percentile"], "59.9");
    assert_eq!(metric("total")["value"], "210820.00");
    assert_eq!(metric("total")["percentile"], "50.2");
}

#[test]
fn flags_that_would_do_nothing_or_cannot_be_read_are_refused() {
    // A rate for a currency no offer is in.
    Run::new("project")
        .args([AMAZON, "--rate", "GBP=1.27"])
        .args(DATED)
        .code(2)
        .stderr_has("--rate GBP=… converts no offer");
    Run::new("compare")
        .args([AMAZON, LONDON, "--rate", "GBP=1.27", "--rate", "GBP=1.3"])
        .args(DATED)
        .code(2)
        .stderr_has("--rate GBP is given twice");
    for bad in [
        "GBP",
        "GBP=0",
        "GBP=-1",
        "XYZ=1",
        "GBP=1.00000000001",
        "GBP=abc",
    ] {
        Run::new("compare")
            .args([AMAZON, LONDON, "--rate", bad])
            .args(DATED)
            .code(2);
    }
    Run::new("project")
        .args([LONDON, "--in", "XYZ"])
        .args(DATED)
        .code(2);
    Run::new("compare")
        .args([AMAZON, LONDON, "--rate", "GBP=1.27", "--fx", "r.json"])
        .args(DATED)
        .code(2);
    Run::new("batch")
        .args(["examples/offers.jsonl", "--rate", "GBP=1.27"])
        .args(DATED)
        .code(2)
        .stderr_has("need --in");
    // No rate at all: the error names the flags that give one.
    Run::new("compare")
        .args([AMAZON, LONDON])
        .args(DATED)
        .code(65)
        .stderr_has("expected --rate GBP=VALUE");
    // A rate file without the currency, and a malformed one.
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let euro_only = write(
        "euro.json",
        r#"{"base": "USD", "date": "2026-11-27", "source": "s", "rates": {"EUR": "1.05"}}"#,
    );
    Run::new("compare")
        .args([AMAZON, LONDON, "--fx", &euro_only])
        .args(DATED)
        .code(65)
        .stderr_has("has no rate for GBP");
    let zero = write(
        "zero.json",
        r#"{"base": "USD", "date": "2026-11-27", "source": "s", "rates": {"GBP": 0}}"#,
    );
    let refused = Run::new("compare")
        .args([AMAZON, LONDON, "--fx", &zero])
        .args(DATED)
        .code(65)
        .stderr;
    assert!(
        refused
            .ends_with("zero.json: rates.GBP: is 0, expected a rate above 0 and at most 1000000\n"),
        "{refused}"
    );
}

#[test]
fn batch_converts_each_record_into_the_in_currency() {
    let dir = tempfile::tempdir().unwrap();
    let london = std::fs::read_to_string(Path::new(LONDON)).unwrap();
    let london: Value = serde_json::from_str(&london).unwrap();
    let amazon: Value = serde_json::from_str(&std::fs::read_to_string(AMAZON).unwrap()).unwrap();
    let input = dir.path().join("offers.jsonl");
    std::fs::write(&input, format!("{london}\n{amazon}\n")).unwrap();
    let input = input.to_str().unwrap();
    let lines: Vec<Value> = Run::new("batch")
        .args([input, "--in", "USD", "--rate", "GBP=1.27", "--as-of", AS_OF])
        .stdout()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let own = Run::new("project").arg(LONDON).args(AS_JSON).json();
    assert_eq!(lines[0]["currency"], "USD");
    assert_eq!(lines[0]["converted_from"]["currency"], "GBP");
    assert_eq!(lines[0]["converted_from"]["rate"], "1.27");
    let years: Vec<Decimal> = own["offers"][0]["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| {
            FIGURES
                .iter()
                .map(|f| d(&by_hand(&y[*f], d("1.27"), Decimal::ONE)))
                .sum()
        })
        .collect();
    let got: Vec<Decimal> = lines[0]["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| d(y["total"].as_str().unwrap()))
        .collect();
    assert_eq!(got, years);
    assert_eq!(lines[1]["currency"], "USD");
    assert!(lines[1].get("converted_from").is_none());
    // Without a rate for its currency a record is bad, and named.
    Run::new("batch")
        .args([input, "--in", "USD", "--as-of", AS_OF])
        .code(65)
        .stderr_has(".jsonl:1: currency: is `GBP`");
}

#[test]
fn script_converts_the_competing_offer_into_the_offers_currency() {
    let plan = Run::new("script")
        .args([
            AMAZON,
            "--impact",
            "12000000",
            "--competing",
            LONDON,
            "--rate",
            "GBP=1.27",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--offer-date",
            "2026-11-16",
        ])
        .json();
    // The alternative is the London offer's horizon total in dollars, as
    // `compare` converts it.
    let compared = Run::new("compare")
        .args([AMAZON, LONDON, "--rate", "GBP=1.27"])
        .args(AS_JSON)
        .json();
    assert_eq!(
        plan["alternative"]["amount"],
        compared["offers"][1]["total"]
    );
    let notes = plan["notes"].to_string();
    assert!(
        notes.contains("(converted from GBP at 1.27 USD per GBP, a rate given with --rate)"),
        "{notes}"
    );
    Run::new("script")
        .args([AMAZON, "--impact", "12000000", "--competing", LONDON])
        .args(DATED)
        .code(65)
        .stderr_has("--rate GBP=VALUE");
}

/// The figures the README quotes for the pounds-and-dollars example.
#[test]
fn the_readme_example_holds() {
    let compared = Run::new("compare")
        .args([AMAZON, LONDON, "--rate", "GBP=1.27"])
        .args(AS_JSON)
        .json();
    let london = &compared["offers"][1];
    assert_eq!(london["years"][0]["base"], "177800.00");
    assert_eq!(london["year_one"], "241096.80");
    assert_eq!(london["total"], "904593.77");
    let break_even = &compared["comparison"]["break_even"][0];
    assert_eq!(break_even["gap"], "6866.14");
    assert_eq!(break_even["base"], "1492.00");
    let with_col = Run::new("compare")
        .args([AMAZON, LONDON, "--rate", "GBP=1.27", "--col", "London=120"])
        .args(AS_JSON)
        .json();
    assert_eq!(
        with_col["offers"][1]["purchasing_power"]["total"],
        "753828.14"
    );
    let readme = std::fs::read_to_string("README.md").unwrap();
    for figure in [
        "$177,800.00",
        "$241,096.80",
        "$904,593.77",
        "$6,866.14",
        "$1,492.00",
        "$753,828.14",
    ] {
        assert!(readme.contains(figure), "{figure}");
    }
}

#[test]
fn purchasing_power_divides_each_year_by_the_index_beside_the_figures() {
    let compared = Run::new("compare")
        .args([
            AMAZON,
            LONDON,
            "--rate",
            "GBP=1.27",
            "--col",
            "london=120",
            "--col",
            "USD=100.5",
        ])
        .args(AS_JSON)
        .json();
    for (offer, key, index) in [
        (&compared["offers"][0], "USD", "100.5"),
        (&compared["offers"][1], "london", "120"),
    ] {
        let power = &offer["purchasing_power"];
        assert_eq!(power["key"], key);
        assert_eq!(power["index"], index);
        let mut total = Decimal::ZERO;
        for (year, row) in power["years"]
            .as_array()
            .unwrap()
            .iter()
            .zip(offer["years"].as_array().unwrap())
        {
            let expected = by_hand(&row["total"], Decimal::ONE_HUNDRED, d(index));
            assert_eq!(year, expected.as_str());
            total += d(&expected);
        }
        assert_eq!(d(power["total"].as_str().unwrap()), total);
        // The money figures are untouched.
        assert!(offer["total"].as_str().unwrap() != power["total"].as_str().unwrap());
    }
    // London at 120: 241,096.80 / 1.2 = 200,914.00.
    assert_eq!(
        compared["offers"][1]["purchasing_power"]["years"][0],
        "200914.00"
    );
    Run::new("project")
        .args([AMAZON, "--col", "Paris=130"])
        .args(DATED)
        .code(2)
        .stderr_has("--col Paris matches no offer");
    Run::new("project")
        .args([AMAZON, "--col", "USD=1", "--col", "USD=2"])
        .args(DATED)
        .code(2);
    // One place in two spellings is one place given twice.
    Run::new("project")
        .args([LONDON, "--col", "london=1", "--col", "London=2"])
        .args(DATED)
        .code(2)
        .stderr_has("given twice");
    Run::new("project")
        .args([AMAZON, "--col", "USD=0"])
        .args(DATED)
        .code(2);
    Run::new("project")
        .args([AMAZON, "--col", "=100"])
        .args(DATED)
        .code(2);
    Run::new("project")
        .args([AMAZON, "--col", "USD=100", "--format", "csv"])
        .args(DATED)
        .code(2);
}
