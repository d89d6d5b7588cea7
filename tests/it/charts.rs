//! Charts: terminal bars that add up and fit, an SVG with every label, and
//! that SVG rendered by headless Chromium into a picture that is not blank.

use std::path::Path;

use crate::common::Run;

const AMAZON: &str = "examples/amazon-promotion.json";
const COMPETING: &str = "examples/competing-offer.json";

fn bar_lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.contains(" │")).collect()
}

#[test]
fn terminal_bars_fit_the_width_and_scale_to_the_largest_year() {
    for width in [60u16, 100, 140] {
        let text = Run::new("compare")
            .args([AMAZON, COMPETING, "--chart", "--width", &width.to_string()])
            .args(["--color", "never"])
            .stdout();
        let chart = &text[text.find("Year 1 A │").expect("chart drawn")..];
        let bars = bar_lines(chart);
        assert_eq!(bars.len(), 8, "two offers over four years");
        let lengths: Vec<usize> = bars
            .iter()
            .map(|l| l.chars().filter(|c| "█▓▒░".contains(*c)).count())
            .collect();
        let longest = *lengths.iter().max().unwrap();
        for line in &bars {
            assert!(line.chars().count() <= width as usize, "{line}");
        }
        // Year 4 of the Amazon offer ($246,116.31) is the largest: a full bar.
        assert_eq!(lengths[6], longest);
        // Year 1 of the competing offer has sign-on; the Amazon offer has none.
        assert!(bars[1].contains('▒') && !bars[0].contains('▒'));
        assert!(chart.contains("█ base   ▓ bonus   ▒ sign-on   ░ equity"));
        assert!(chart.contains("A = Amazon promotion (L7 manager)"));
        assert!(!chart.contains('\x1b'));
    }
}

#[test]
fn charts_are_refused_where_output_is_data() {
    Run::new("project")
        .args([AMAZON, "--chart", "--format", "json"])
        .code(2)
        .stdout_is("")
        .stderr_is(
            "counteroffer: error: --chart draws in table or markdown output; JSON and CSV carry the figures\n",
        );
    let markdown = Run::new("project")
        .args([AMAZON, "--chart", "--format", "markdown", "--width", "80"])
        .stdout();
    assert!(markdown.contains("```text\nYear 1 │"));
}

fn write_svg(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("pay.svg");
    Run::new("compare")
        .args([AMAZON, COMPETING, "--svg", path.to_str().unwrap()])
        .stdout();
    path
}

#[test]
fn the_svg_carries_every_label_and_the_crossover() {
    let dir = tempfile::tempdir().unwrap();
    let svg = std::fs::read_to_string(write_svg(dir.path())).unwrap();
    assert!(svg.starts_with("<svg"));
    for label in [
        "Pay by year (USD)",
        "Cumulative pay",
        "base",
        "bonus",
        "sign-on",
        "equity",
        "Year 1",
        "Year 4",
        "Amazon promotion (L7 manager)",
        "Competing offer (Group PM)",
        "crossover: Amazon promotion (L7 manager) passes Competing offer (Group PM) in year 4",
        // Read at a glance: money in the offer's currency, compact; each
        // offer's bars lettered and the letters named in the legend.
        "$300K",
        "$1.2M",
        "A: Amazon promotion (L7 manager)",
        "B: Competing offer (Group PM)",
    ] {
        assert!(svg.contains(label), "missing {label}");
    }
    // No raw numbers on the money axes, no run-on caption, no dense grid.
    assert!(
        !svg.contains(">\n300000\n<") && !svg.contains("bar 1 ="),
        "{svg}"
    );
    let lines = svg.matches("<line").count();
    assert!(lines < 40, "{lines} grid lines");
    // Year labels sit at the centre of their group of bars: "Year 1" is
    // drawn right of the first bar's left edge.
    let year_one = svg.find("Year 1").unwrap();
    let tag = &svg[svg[..year_one].rfind("<text").unwrap()..year_one];
    let x: f64 = tag
        .split("x=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|x| x.parse().ok())
        .unwrap();
    assert!(x > 120.0, "Year 1 label at x = {x}");
}

/// Needs a browser, so it runs only when asked: `.ci/run` installs
/// Debian's `chromium` and runs the ignored tests too.
#[test]
#[ignore = "needs /usr/bin/chromium; run with `cargo test -- --include-ignored` (.ci/run does)"]
fn headless_chromium_renders_the_svg_into_a_picture() {
    let chromium = Path::new("/usr/bin/chromium");
    assert!(
        chromium.exists(),
        "no /usr/bin/chromium: install Debian's `chromium` package (.ci/run does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let svg = write_svg(dir.path());
    let png = dir.path().join("shot.png");
    let browser = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=960,840",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", svg.display()))
        .output()
        .unwrap();
    assert!(
        browser.status.success() && png.exists(),
        "no screenshot ({}): {}",
        browser.status,
        String::from_utf8_lossy(&browser.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.color_type.samples();
    let rgb = |i: usize| {
        (
            pixels[i * channels],
            pixels[i * channels + 1],
            pixels[i * channels + 2],
        )
    };
    let count = (info.width * info.height) as usize;
    let mut base_bars = 0;
    let mut dark = 0;
    let mut white = 0;
    for i in 0..count {
        match rgb(i) {
            (49, 99, 149) => base_bars += 1,
            (r, g, b) if r < 60 && g < 60 && b < 60 => dark += 1,
            (255, 255, 255) => white += 1,
            _ => {}
        }
    }
    // Not blank: the base-salary bars, and dark text and axes, are on the page.
    assert!(base_bars > 5_000, "base bars: {base_bars} pixels");
    assert!(dark > 1_000, "text and axes: {dark} pixels");
    assert!(white < count, "all white");
}
