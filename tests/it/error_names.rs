//! Errors that name the right thing, and inputs and outputs at the edges:
//! a rate file without the reporting currency, an unknown table in an
//! offer's `tax`, byte-order marks, `-` for `--out`, `--svg`, `--tax` and
//! CSV on standard input.

use std::io::Write;
use std::path::Path;

use crate::common::Run;

const AMAZON: &str = "examples/amazon-promotion.json";
const LONDON: &str = "examples/london-offer.json";
const FLAT_STATE: &str = "tests/fixtures/tax/flat-state.json";
const BOM: &[u8] = b"\xEF\xBB\xBF";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(bytes))
        .unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn a_rate_file_without_the_reporting_currency_is_its_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let fx = write(
        dir.path(),
        "fx.json",
        br#"{"base": "EUR", "date": "2026-11-27", "source": "test", "rates": {"GBP": "1.17"}}"#,
    );
    // The report is in the first offer's dollars, which the file lacks.
    let refused = Run::new("compare")
        .args([AMAZON, LONDON, "--fx", &fx])
        .code(65);
    assert!(refused.stdout.is_empty());
    assert_eq!(
        refused.stderr,
        format!(
            "counteroffer: error: {fx}: rates: no rate for `USD`, the reporting currency (the first \
             offer's, in {AMAZON}), expected `rates.USD` or `base` USD\n"
        )
    );
    // With --in, the flag chose it.
    let stderr = Run::new("compare")
        .args([LONDON, AMAZON, "--fx", &fx, "--in", "JPY"])
        .code(65)
        .stderr;
    assert!(
        stderr.starts_with(&format!(
            "counteroffer: error: {fx}: rates: no rate for `JPY`, the reporting currency (--in JPY)"
        )),
        "{stderr}"
    );
    Run::new("batch")
        .args(["examples/offers.jsonl", "--fx", &fx, "--in", "JPY"])
        .code(65)
        .stderr_has("fx.json: rates: no rate for `JPY`");
    // An offer whose own currency the file lacks is still the offer's error.
    let stderr = Run::new("compare")
        .args([LONDON, AMAZON, "--fx", &fx])
        .code(65)
        .stderr;
    assert!(
        stderr.starts_with(&format!(
            "counteroffer: error: {AMAZON}: currency: is `USD`"
        )),
        "{stderr}"
    );
}

#[test]
fn an_unknown_table_in_an_offers_tax_field_is_bad_data_at_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let offer = write(
        dir.path(),
        "offer.json",
        br#"{"name": "T", "base_salary": 100000, "tax": "us-2099"}"#,
    );
    for args in [vec!["project", &offer], vec!["compare", &offer, AMAZON]] {
        let refused = Run::bare().args(args).code(65);
        assert!(refused.stdout.is_empty());
        assert!(
            refused.stderr.starts_with(&format!(
                "counteroffer: error: {offer}: tax: `us-2099` is not a built-in tax table, expected one of us-2026-single"
            )),
            "{}",
            refused.stderr
        );
    }
    // `--tax` naming an unknown table stays a usage error.
    Run::new("project")
        .args([AMAZON, "--tax", "us-2099"])
        .code(2);
}

#[test]
fn a_byte_order_mark_opens_any_json_file() {
    let dir = tempfile::tempdir().unwrap();
    let with_bom = |name: &str, path: &str| {
        let mut bytes = BOM.to_vec();
        bytes.extend(std::fs::read(path).unwrap());
        write(dir.path(), name, &bytes)
    };
    let offer = with_bom("offer.json", AMAZON);
    let london = with_bom("london.json", LONDON);
    let benchmarks = with_bom("benchmarks.json", "examples/benchmarks.json");
    let tax = with_bom("tax.json", FLAT_STATE);
    let jsonl = with_bom("offers.jsonl", "examples/offers.jsonl");
    let mut fx = BOM.to_vec();
    fx.extend(
        br#"{"base": "USD", "date": "2026-11-27", "source": "test", "rates": {"GBP": "1.27"}}"#,
    );
    let fx = write(dir.path(), "fx.json", &fx);

    let plain = Run::new("project")
        .args([AMAZON, "--format", "json"])
        .stdout();
    assert_eq!(
        Run::new("project")
            .args([&offer, "--format", "json"])
            .stdout(),
        plain
    );
    Run::new("benchmarks").args(["check", &benchmarks]).code(0);
    let taxed = Run::new("project")
        .args([AMAZON, "--tax", FLAT_STATE, "--format", "json"])
        .stdout();
    assert_eq!(
        Run::new("project")
            .args([AMAZON, "--tax", &tax, "--format", "json"])
            .stdout(),
        taxed
    );
    let converted = Run::new("compare")
        .args([AMAZON, &london, "--fx", &fx])
        .stdout();
    assert!(converted.contains("1.27"), "{converted}");
    let batch = Run::new("batch").arg(&jsonl).stdout();
    assert_eq!(
        batch,
        Run::new("batch").arg("examples/offers.jsonl").stdout()
    );
    // Standard input too, and only at the start of the file: a mark opening
    // a later line is still refused.
    let mut stdin = BOM.to_vec();
    stdin.extend(std::fs::read(AMAZON).unwrap());
    assert_eq!(
        Run::new("project")
            .args(["-", "--format", "json"])
            .stdin(stdin)
            .stdout(),
        plain
    );
    let mut two = BOM.to_vec();
    two.extend(b"{\"name\": \"A\", \"base_salary\": 1}\n\xEF\xBB\xBF{\"name\": \"B\", \"base_salary\": 1}\n");
    let refused = Run::new("batch").arg("-").stdin(two).code(65);
    assert_eq!(refused.stdout.lines().count(), 1);
    refused.stderr_has(":2:");
}

#[test]
fn out_dash_is_standard_output_and_svg_dash_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path();
    let amazon = std::fs::canonicalize(AMAZON).unwrap();
    let amazon = amazon.to_str().unwrap();
    let json = Run::new("init")
        .current_dir(cwd)
        .args(["--name", "Acme", "--base-salary", "185000", "--out", "-"])
        .json();
    assert_eq!(json["name"], "Acme");
    let jsonl = std::fs::canonicalize("examples/offers.jsonl").unwrap();
    let batch = Run::new("batch")
        .current_dir(cwd)
        .args([jsonl.to_str().unwrap(), "--out", "-"])
        .stdout();
    assert_eq!(
        batch,
        Run::new("batch").arg("examples/offers.jsonl").stdout()
    );
    Run::new("project")
        .current_dir(cwd)
        .args([amazon, "--svg", "-"])
        .code(2)
        .stdout_is("")
        .stderr_has("--svg - would mix the SVG");
    assert!(!cwd.join("-").exists(), "a file named - was created");
}

#[test]
fn tax_dash_reads_standard_input_as_fx_dash_does() {
    let table = std::fs::read(FLAT_STATE).unwrap();
    let competing = "examples/competing-offer.json";
    let from_file = Run::new("compare")
        .args([AMAZON, competing, "--tax", FLAT_STATE])
        .stdout();
    let from_stdin = Run::new("compare")
        .args([AMAZON, competing, "--tax", "-"])
        .stdin(table.clone())
        .stdout();
    // The same figures; only the table's name differs.
    assert_eq!(from_stdin.replace("<stdin>", FLAT_STATE), from_file);
    assert!(from_file.contains("Net over 4 years"), "{from_file}");
    // Standard input is one input.
    Run::new("project")
        .args(["-", "--tax", "-"])
        .stdin(table.clone())
        .code(2)
        .stderr_has("--tax");
    Run::new("project")
        .args([AMAZON, "--fx", "-", "--tax", "-"])
        .stdin(table)
        .code(2);
}

#[test]
fn csv_on_standard_input_without_a_format_is_one_clear_error() {
    let csv = std::fs::read("examples/offers.csv").unwrap();
    let refused = Run::new("batch").arg("-").stdin(csv.clone()).code(65);
    assert!(refused.stdout.is_empty());
    let stderr = refused.stderr;
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("line 1 is not a JSON object")
            && stderr.contains("--input-format csv for CSV"),
        "{stderr}"
    );
    let stdout = Run::new("batch")
        .args(["-", "--input-format", "csv"])
        .stdin(csv)
        .stdout();
    assert_eq!(
        stdout,
        Run::new("batch").arg("examples/offers.csv").stdout()
    );
}
