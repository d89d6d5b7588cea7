//! Places and titles as market data reads them: a location is its city and
//! its US state or its country, both in `benchmarks build` and in matching;
//! `+` and `#` are part of a title's words; a bare city matches only when
//! the file names one place in it.

use std::io::Write;

use crate::common::Run;

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .unwrap();
    path.to_str().unwrap().to_owned()
}

/// `benchmarks build` over `csv`, grouped by `group_by`: the entries written.
fn built(csv: &str, group_by: &str) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let raw = write(&dir, "raw.csv", csv);
    let file = Run::new("benchmarks")
        .args(["build", &raw, "--group-by", group_by])
        .args(["--metric", "total=total", "--min-samples", "1"])
        .args(["--as-of", "2026-11-26"])
        .json();
    file["entries"].as_array().unwrap().clone()
}

/// The p50 total of the entry whose `filter` is `value`.
fn p50(entries: &[serde_json::Value], filter: &str, value: &str) -> String {
    let entry = entries
        .iter()
        .find(|e| e[filter] == value)
        .unwrap_or_else(|| panic!("no entry with {filter} {value}: {entries:?}"));
    entry["total"]["p50"].to_string()
}

#[test]
fn build_keeps_places_in_other_states_and_countries_apart() {
    let csv = "location,total\n\
        \"London, EN, United Kingdom\",100000\n\
        \"London, KY\",200000\n\
        \"Vancouver, BC, Canada\",110000\n\
        \"Vancouver, WA\",210000\n\
        \"Dublin, DN, Ireland\",120000\n\
        \"Dublin, CA\",220000\n\
        \"Remote, US\",130000\n\
        \"Remote, UK\",230000\n\
        \"Hyderabad, AP, India\",140000\n\
        \"Hyderabad, TS, India\",150000\n";
    let entries = built(csv, "location");
    assert_eq!(entries.len(), 9, "{entries:?}");
    assert_eq!(
        p50(&entries, "location", "London, EN, United Kingdom"),
        "100000.00"
    );
    assert_eq!(p50(&entries, "location", "London, KY"), "200000.00");
    assert_eq!(
        p50(&entries, "location", "Vancouver, BC, Canada"),
        "110000.00"
    );
    assert_eq!(p50(&entries, "location", "Vancouver, WA"), "210000.00");
    assert_eq!(
        p50(&entries, "location", "Dublin, DN, Ireland"),
        "120000.00"
    );
    assert_eq!(p50(&entries, "location", "Dublin, CA"), "220000.00");
    assert_eq!(p50(&entries, "location", "Remote, US"), "130000.00");
    assert_eq!(p50(&entries, "location", "Remote, UK"), "230000.00");
    // One place since the state was split: the median of 140,000 and 150,000.
    assert_eq!(
        p50(&entries, "location", "Hyderabad, AP, India"),
        "145000.00"
    );
}

#[test]
fn build_keeps_c_plus_plus_c_sharp_and_c_apart() {
    let csv = "title,total\nC++ Engineer,100000\nC# Engineer,200000\nC Engineer,300000\nc++ engineer,110000\n";
    let entries = built(csv, "role=title");
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert_eq!(p50(&entries, "role", "C++ Engineer"), "105000.00");
    assert_eq!(p50(&entries, "role", "C# Engineer"), "200000.00");
    assert_eq!(p50(&entries, "role", "C Engineer"), "300000.00");
}

#[test]
fn a_filter_named_twice_in_group_by_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let raw = write(&dir, "raw.csv", "company,title,total\nAcme,PM,100\n");
    Run::new("benchmarks")
        .args(["build", &raw, "--group-by", "company,company=title"])
        .args(["--metric", "total=total"])
        .code(2)
        .stderr_has("--group-by `company` is given twice")
        .stdout_is("");
}

const LONDONS: &str = r#"{"source": "test", "entries": [
    {"id": "london-uk", "location": "London, EN, United Kingdom", "base_salary": {"p50": 104000}},
    {"id": "london-ky", "location": "London, KY", "base_salary": {"p50": 60000}},
    {"id": "seattle", "location": "Seattle, WA", "base_salary": {"p50": 170000}}
]}"#;

fn offer_in(location: &str) -> String {
    format!(r#"{{"name": "Offer", "location": "{location}", "base_salary": 100000}}"#)
}

/// `market` JSON for an offer in `location` against `benchmarks`, or the
/// exit code and stderr of a failed run.
fn market(
    location: &str,
    benchmarks: &str,
    extra: &[&str],
) -> Result<serde_json::Value, (i32, String)> {
    let dir = tempfile::tempdir().unwrap();
    let offer = write(&dir, "offer.json", &offer_in(location));
    let benchmarks = write(&dir, "benchmarks.json", benchmarks);
    let output = Run::new("market")
        .args([&offer, "--benchmarks", &benchmarks, "--format", "json"])
        .args(extra)
        .output();
    if output.code == Some(0) {
        Ok(output.json())
    } else {
        assert!(output.stdout.is_empty());
        Err((output.code.unwrap(), output.stderr))
    }
}

#[test]
fn an_offer_is_placed_against_its_own_place_only() {
    assert_eq!(
        market("London, KY", LONDONS, &[]).unwrap()["entry"],
        "london-ky"
    );
    assert_eq!(
        market("London, England, United Kingdom", LONDONS, &[]).unwrap()["entry"],
        "london-uk"
    );
    assert_eq!(
        market("london, united kingdom", LONDONS, &[]).unwrap()["entry"],
        "london-uk"
    );
    let only_uk = LONDONS.replace(r#""location": "London, KY""#, r#""location": "Paris, FR""#);
    let (code, stderr) = market("London, KY", &only_uk, &[]).unwrap_err();
    assert_eq!(code, 65);
    assert!(
        stderr.contains("no entry matches offer `Offer`"),
        "{stderr}"
    );
}

#[test]
fn a_bare_city_matches_the_only_place_of_that_name() {
    assert_eq!(market("Seattle", LONDONS, &[]).unwrap()["entry"], "seattle");
    assert_eq!(
        market("seattle, wa, USA", LONDONS, &[]).unwrap()["entry"],
        "seattle"
    );
    // A bare entry matches a qualified offer when it names the only place.
    let bare = r#"{"source": "test", "entries": [
        {"id": "austin", "location": "Austin", "base_salary": {"p50": 150000}}]}"#;
    assert_eq!(market("Austin, TX", bare, &[]).unwrap()["entry"], "austin");
}

#[test]
fn a_bare_city_of_several_places_is_an_error_listing_them() {
    let (code, stderr) = market("London", LONDONS, &[]).unwrap_err();
    assert_eq!(code, 65);
    assert!(
        stderr.trim_end().ends_with(
            "benchmarks.json: entries: offer `Offer` is in `London`, which names 2 places in the \
         benchmarks (`London, KY`, `London, EN, United Kingdom`), expected one; give the \
         location as `City, ST` or `City, Region, Country`; pick one with --entry ID"
        ),
        "{stderr}"
    );
    // `--entry` chooses.
    let chosen = market("London", LONDONS, &["--entry", "london-uk"]).unwrap();
    assert_eq!(chosen["entry"], "london-uk");
    let base = chosen["metrics"].as_array().unwrap()[0].clone();
    assert_eq!(base["metric"], "base_salary");
    assert_eq!(base["value"], "100000.00");
    assert_eq!(base["position"], "below p50");
}
