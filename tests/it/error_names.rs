//! Errors that name the right thing, and inputs and outputs at the edges:
//! a rate file without the reporting currency, an unknown table in an
//! offer's `tax`, byte-order marks, `-` for `--out`, `--svg`, `--tax` and
//! CSV on standard input.

use std::io::Write;
use std::path::Path;

use crate::common::counteroffer;

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

/// Runs the tool; the exit code, stdout and stderr.
fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let output = counteroffer()
        .args(args)
        .write_stdin(stdin.to_vec())
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
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
    let (code, stdout, stderr) = run(&["compare", AMAZON, LONDON, "--fx", &fx], b"");
    assert_eq!(code, 65);
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        format!(
            "counteroffer: error: {fx}: rates: no rate for `USD`, the reporting currency (the first \
             offer's, in {AMAZON}), expected `rates.USD` or `base` USD\n"
        )
    );
    // With --in, the flag chose it.
    let (code, _, stderr) = run(
        &["compare", LONDON, AMAZON, "--fx", &fx, "--in", "JPY"],
        b"",
    );
    assert_eq!(code, 65);
    assert!(
        stderr.starts_with(&format!(
            "counteroffer: error: {fx}: rates: no rate for `JPY`, the reporting currency (--in JPY)"
        )),
        "{stderr}"
    );
    let (code, _, stderr) = run(
        &["batch", "examples/offers.jsonl", "--fx", &fx, "--in", "JPY"],
        b"",
    );
    assert_eq!(code, 65);
    assert!(
        stderr.contains("fx.json: rates: no rate for `JPY`"),
        "{stderr}"
    );
    // An offer whose own currency the file lacks is still the offer's error.
    let (code, _, stderr) = run(&["compare", LONDON, AMAZON, "--fx", &fx], b"");
    assert_eq!(code, 65);
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
        let command = args[0];
        let (code, stdout, stderr) = run(&args, b"");
        assert_eq!(code, 65, "{command}: {stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.starts_with(&format!(
                "counteroffer: error: {offer}: tax: `us-2099` is not a built-in tax table, expected one of us-2026-single"
            )),
            "{stderr}"
        );
    }
    // `--tax` naming an unknown table stays a usage error.
    let (code, _, _) = run(&["project", AMAZON, "--tax", "us-2099"], b"");
    assert_eq!(code, 2);
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

    let plain = crate::common::stdout_of(&["project", AMAZON, "--format", "json"]);
    assert_eq!(
        crate::common::stdout_of(&["project", &offer, "--format", "json"]),
        plain
    );
    let (code, _, stderr) = run(&["benchmarks", "check", &benchmarks], b"");
    assert_eq!(code, 0, "{stderr}");
    let taxed =
        crate::common::stdout_of(&["project", AMAZON, "--tax", FLAT_STATE, "--format", "json"]);
    assert_eq!(
        crate::common::stdout_of(&["project", AMAZON, "--tax", &tax, "--format", "json"]),
        taxed
    );
    let converted = crate::common::stdout_of(&["compare", AMAZON, &london, "--fx", &fx]);
    assert!(converted.contains("1.27"), "{converted}");
    let batch = crate::common::stdout_of(&["batch", &jsonl]);
    assert_eq!(
        batch,
        crate::common::stdout_of(&["batch", "examples/offers.jsonl"])
    );
    // Standard input too, and only at the start of the file: a mark opening
    // a later line is still refused.
    let mut stdin = BOM.to_vec();
    stdin.extend(std::fs::read(AMAZON).unwrap());
    let (code, stdout, _) = run(&["project", "-", "--format", "json"], &stdin);
    assert_eq!((code, stdout), (0, plain));
    let mut two = BOM.to_vec();
    two.extend(b"{\"name\": \"A\", \"base_salary\": 1}\n\xEF\xBB\xBF{\"name\": \"B\", \"base_salary\": 1}\n");
    let (code, stdout, stderr) = run(&["batch", "-"], &two);
    assert_eq!(code, 65);
    assert_eq!(stdout.lines().count(), 1);
    assert!(stderr.contains(":2:"), "{stderr}");
}

#[test]
fn out_dash_is_standard_output_and_svg_dash_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path();
    let amazon = std::fs::canonicalize(AMAZON).unwrap();
    let amazon = amazon.to_str().unwrap();
    let init = counteroffer()
        .current_dir(cwd)
        .args([
            "init",
            "--name",
            "Acme",
            "--base-salary",
            "185000",
            "--out",
            "-",
        ])
        .output()
        .unwrap();
    assert!(init.status.success());
    let json: serde_json::Value = serde_json::from_slice(&init.stdout).unwrap();
    assert_eq!(json["name"], "Acme");
    let jsonl = std::fs::canonicalize("examples/offers.jsonl").unwrap();
    let batch = counteroffer()
        .current_dir(cwd)
        .args(["batch", jsonl.to_str().unwrap(), "--out", "-"])
        .output()
        .unwrap();
    assert!(batch.status.success());
    assert_eq!(
        String::from_utf8(batch.stdout).unwrap(),
        crate::common::stdout_of(&["batch", "examples/offers.jsonl"])
    );
    let svg = counteroffer()
        .current_dir(cwd)
        .args(["project", amazon, "--svg", "-"])
        .output()
        .unwrap();
    assert_eq!(svg.status.code(), Some(2));
    assert!(svg.stdout.is_empty());
    assert!(
        String::from_utf8(svg.stderr)
            .unwrap()
            .contains("--svg - would mix the SVG"),
    );
    assert!(!cwd.join("-").exists(), "a file named - was created");
}

#[test]
fn tax_dash_reads_standard_input_as_fx_dash_does() {
    let table = std::fs::read(FLAT_STATE).unwrap();
    let competing = "examples/competing-offer.json";
    let from_file = crate::common::stdout_of(&["compare", AMAZON, competing, "--tax", FLAT_STATE]);
    let (code, from_stdin, stderr) = run(&["compare", AMAZON, competing, "--tax", "-"], &table);
    assert_eq!(code, 0, "{stderr}");
    // The same figures; only the table's name differs.
    assert_eq!(from_stdin.replace("<stdin>", FLAT_STATE), from_file);
    assert!(from_file.contains("Net over 4 years"), "{from_file}");
    // Standard input is one input.
    let (code, _, stderr) = run(&["project", "-", "--tax", "-"], &table);
    assert_eq!(code, 2);
    assert!(stderr.contains("--tax"), "{stderr}");
    let (code, _, stderr) = run(&["project", AMAZON, "--fx", "-", "--tax", "-"], &table);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn csv_on_standard_input_without_a_format_is_one_clear_error() {
    let csv = std::fs::read("examples/offers.csv").unwrap();
    let (code, stdout, stderr) = run(&["batch", "-"], &csv);
    assert_eq!(code, 65);
    assert!(stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("line 1 is not a JSON object")
            && stderr.contains("--input-format csv for CSV"),
        "{stderr}"
    );
    let (code, stdout, stderr) = run(&["batch", "-", "--input-format", "csv"], &csv);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        crate::common::stdout_of(&["batch", "examples/offers.csv"])
    );
}
