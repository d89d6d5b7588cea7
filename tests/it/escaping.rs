//! Other people's text at the edges: invisible characters shown on the
//! terminal, and an SVG that stays well-formed XML whatever a name holds.

use std::io::Write;

use crate::common::Run;

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .unwrap();
    path.to_str().unwrap().to_owned()
}

fn offer_named(name: &str, base: u32) -> String {
    serde_json::json!({"name": name, "base_salary": base}).to_string()
}

#[test]
fn names_that_differ_by_an_invisible_character_print_differently() {
    let dir = tempfile::tempdir().unwrap();
    let spoof = write(&dir, "a.json", &offer_named("Ac\u{200b}me", 200000));
    let real = write(&dir, "b.json", &offer_named("Acme", 100000));
    let stdout = Run::bare()
        .args(["--color", "never", "compare", &spoof, &real])
        .stdout();
    assert!(
        stdout.contains("Leader: Ac\\u{200b}me, ahead of Acme by $400,000.00"),
        "{stdout}"
    );
    for invisible in ['\u{200b}', '\u{200d}', '\u{feff}', '\u{2028}', '\u{2029}'] {
        let dir = tempfile::tempdir().unwrap();
        let offer = write(
            &dir,
            "o.json",
            &offer_named(&format!("A{invisible}B"), 100000),
        );
        let stdout = Run::bare()
            .args(["--color", "never", "project", &offer])
            .output()
            .stdout;
        assert!(
            !stdout.contains(invisible),
            "{invisible:?} reached the terminal"
        );
        let shown = format!("A\\u{{{:x}}}B", u32::from(invisible));
        assert!(stdout.contains(&shown), "{stdout}");
    }
}

/// Every character of the SVG is one XML 1.0 allows.
#[test]
fn an_svg_of_names_holding_xml_non_characters_is_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.json", &offer_named("A\u{fffe}B", 200000));
    let b = write(&dir, "b.json", &offer_named("C\u{ffff}D\u{1}", 100000));
    let svg = dir.path().join("pay.svg");
    Run::new("compare")
        .args([&a, &b, "--svg", svg.to_str().unwrap()])
        .code(0);
    let svg = std::fs::read_to_string(svg).unwrap();
    let bad: Vec<char> = svg
        .chars()
        .filter(|&c| {
            !matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        })
        .collect();
    assert!(bad.is_empty(), "characters XML does not allow: {bad:?}");
    assert!(svg.contains("A\\u{fffe}B"), "{svg}");
    assert!(svg.contains("C\\u{ffff}D\\u{1}"), "{svg}");
}
