//! Currencies without cents (JPY, KRW): every figure in whole units,
//! rounded half away from zero, checked against figures worked by hand.

use serde_json::Value;

use crate::common::Run;

const TOKYO: &str = "examples/tokyo-offer.json";
const AMAZON: &str = "examples/amazon-promotion.json";
const AS_OF: &str = "2027-01-04";
const DATED: [&str; 2] = ["--as-of", AS_OF];
const AS_JSON: [&str; 4] = ["--format", "json", "--as-of", AS_OF];
/// `compare` of the promotion against the Tokyo offer, reported in yen at
/// 151.5 per dollar.
const IN_YEN: [&str; 6] = [AMAZON, TOKYO, "--rate", "USD=151.5", "--in", "JPY"];

fn figures(year: &Value) -> [&str; 6] {
    ["base", "bonus", "sign_on", "equity", "total", "cumulative"].map(|f| year[f].as_str().unwrap())
}

/// ¥12,000,000 base with 3.5 % raises and a 10 % bonus, a ¥1,000,000
/// sign-on and a ¥10,000,001 grant vesting evenly once a year.
#[test]
fn a_yen_offer_is_projected_in_whole_yen() {
    let json = Run::new("project").arg(TOKYO).args(AS_JSON).json();
    let offer = &json["offers"][0];
    assert_eq!(offer["currency"], "JPY");
    let years: Vec<[&str; 6]> = offer["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(figures)
        .collect();
    assert_eq!(
        years,
        [
            // The grant's odd yen goes to the first year (largest remainder).
            [
                "12000000", "1200000", "1000000", "2500001", "16700001", "16700001"
            ],
            [
                "12420000", "1242000", "0", "2500000", "16162000", "32862001"
            ],
            [
                "12854700", "1285470", "0", "2500000", "16640170", "49502171"
            ],
            // 12,000,000 × 1.035³ = 13,304,614.5: half a yen, up; its 10 %
            // bonus is 1,330,461.5, up again.
            [
                "13304615", "1330462", "0", "2500000", "17135077", "66637248"
            ],
        ]
    );
    assert_eq!(offer["total"], "66637248");
    assert_eq!(offer["average"], "16659312");
    assert_eq!(offer["average_without_sign_on"], "16409312");
    assert_eq!(offer["guaranteed_cash"], "51579315");

    let table = Run::new("project").arg(TOKYO).args(DATED).stdout();
    assert!(table.contains("¥13,304,615"), "{table}");
    assert!(table.contains("¥66,637,248"), "{table}");
    assert!(!table.contains("¥13,304,615.00"), "{table}");

    let csv = Run::new("project")
        .args([TOKYO, "--format", "csv"])
        .args(DATED)
        .stdout();
    assert!(
        csv.contains("Tokyo offer,JPY,4,13304615,1330462,0,2500000,17135077,66637248"),
        "{csv}"
    );
}

#[test]
fn leaving_a_yen_offer_early_repays_whole_yen() {
    let json = Run::new("project")
        .args([TOKYO, "--leave-after", "18"])
        .args(AS_JSON)
        .json();
    let leave = &json["offers"][0]["leave"];
    // Base: a year, then 6/12 of ¥12,420,000; the year-1 bonus; the sign-on
    // with 6 of its 24 clawback months unserved (a quarter repaid); the
    // month-12 vest kept, three forfeited.
    for (field, expected) in [
        ("base", "18210000"),
        ("bonus", "1200000"),
        ("sign_on", "1000000"),
        ("clawback", "250000"),
        ("equity", "2500001"),
        ("total", "22660001"),
        ("forfeited_equity", "7500000"),
    ] {
        assert_eq!(leave[field], expected, "{field}");
    }
}

#[test]
fn yen_convert_to_dollars_to_the_cent_and_back_to_the_whole_yen() {
    // Into dollars at 0.0066: ¥2,500,001 is $16,500.0066, so $16,500.01.
    let json = Run::new("compare")
        .args([AMAZON, TOKYO, "--rate", "JPY=0.0066"])
        .args(AS_JSON)
        .json();
    let tokyo = &json["offers"][1];
    assert_eq!(tokyo["currency"], "USD");
    assert_eq!(
        figures(&tokyo["years"][0])[..5],
        ["79200.00", "7920.00", "6600.00", "16500.01", "110220.01"]
    );
    // Into yen at 151.5 per dollar: each dollar figure to the whole yen,
    // totals re-summed (worked by hand from the dollar projection).
    let json = Run::new("compare").args(IN_YEN).args(AS_JSON).json();
    let amazon = &json["offers"][0];
    assert_eq!(amazon["currency"], "JPY");
    assert_eq!(amazon["converted_from"]["currency"], "USD");
    let totals: Vec<&str> = amazon["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["total"].as_str().unwrap())
        .collect();
    assert_eq!(totals, ["31345350", "33151230", "36302975", "37286621"]);
    assert_eq!(
        figures(&amazon["years"][2])[..4],
        ["28930743", "3857432", "0", "3514800"]
    );
    assert_eq!(amazon["total"], "138086176");
    let text = Run::new("compare").args(IN_YEN).args(DATED).stdout();
    assert!(text.contains("each figure rounded to whole JPY"), "{text}");
}

#[test]
fn break_even_is_found_in_whole_yen_and_is_the_smallest() {
    let json = Run::new("compare").args(IN_YEN).args(AS_JSON).json();
    let target: i64 = json["offers"][0]["total"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let base = json["comparison"]["break_even"][0]["base"]
        .as_str()
        .unwrap();
    assert_eq!(base, "15410309");
    let extra: i64 = base.parse().unwrap();
    let offer: Value = serde_json::from_str(&std::fs::read_to_string(TOKYO).unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let total_with = |more: i64| -> i64 {
        let mut raised = offer.clone();
        raised["base_salary"] = (offer["base_salary"].as_i64().unwrap() + more).into();
        let path = dir.path().join("raised.json");
        std::fs::write(&path, raised.to_string()).unwrap();
        let json = Run::new("project")
            .arg(path.to_str().unwrap())
            .args(AS_JSON)
            .json();
        json["offers"][0]["total"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(total_with(extra) >= target);
    assert!(total_with(extra - 1) < target);
}

#[test]
fn yen_benchmarks_place_to_the_whole_yen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokyo.json");
    std::fs::write(
        &path,
        r#"{"source": "test", "currency": "JPY", "entries": [{"id": "tokyo-pm",
            "base_salary": {"p25": 10000000, "p50": 12000001, "p75": 14000000}}]}"#,
    )
    .unwrap();
    let json = Run::new("market")
        .args([
            TOKYO,
            "--benchmarks",
            path.to_str().unwrap(),
            "--target",
            "p60",
        ])
        .args(AS_JSON)
        .json();
    // p60 lies 10/25 of the way from p50 to p75: 12,800,000.6, so 12,800,001.
    let metric = &json["metrics"][0];
    assert_eq!(metric["value"], "12000000");
    assert_eq!(metric["target_value"], "12800001");
    assert_eq!(metric["gap"], "800001");
}

#[test]
fn batch_writes_yen_without_decimals() {
    let dir = tempfile::tempdir().unwrap();
    let offer: Value = serde_json::from_str(&std::fs::read_to_string(TOKYO).unwrap()).unwrap();
    let input = dir.path().join("offers.jsonl");
    std::fs::write(&input, format!("{offer}\n")).unwrap();
    let input = input.to_str().unwrap();
    let record: Value = Run::new("batch").arg(input).args(DATED).json();
    assert_eq!(record["currency"], "JPY");
    assert_eq!(record["years"][3]["base"], "13304615");
    assert_eq!(record["total"], "66637248");
    let csv = Run::new("batch")
        .args([input, "--format", "csv"])
        .args(DATED)
        .stdout();
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.starts_with("1,Tokyo offer,JPY,4,66637248,16700001,16659312,16409312,51579315,0,"),
        "{row}"
    );
}

#[test]
fn fractional_yen_are_refused_wherever_an_amount_is_read() {
    Run::new("script")
        .args([TOKYO, "--impact", "100000000", "--walk-away", "1.5"])
        .args(DATED)
        .code(2)
        .stderr_is(
            "counteroffer: error: --walk-away 1.5 has 1 decimal places, expected at most 0 for JPY\n",
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.json");
    std::fs::write(
        &path,
        r#"{"source": "t", "currency": "JPY", "entries": [{"id": "x", "base_salary": {"p50": "1.5"}}]}"#,
    )
    .unwrap();
    Run::new("market")
        .args([TOKYO, "--benchmarks", path.to_str().unwrap()])
        .code(65)
        .stderr_has(
            "entries[0].base_salary.p50: `1.5` has 1 decimal places, expected at most 0 for money",
        );
}
