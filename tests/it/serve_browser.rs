//! `counteroffer serve` in a real browser: Debian's Chromium, headless,
//! loads the page, its script asks the server, and the founding case's
//! figures, chart and plan are on the page, as the CLI computes them.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::serve::{AMAZON, COMPETING, Server, cli};

/// Debian's Chromium, headless, with nothing of its own to fetch: what it
/// printed. Its output goes to a file, not a pipe, since helper processes
/// it leaves behind for a while would hold a pipe open. Headless Chromium
/// now and then never exits after its work (seen about once in ten runs
/// here, with the page answered): such a run is ended after 30 seconds and
/// tried again, three times at most, each with a fresh profile.
fn chromium(dir: &Path, args: &[&str]) -> String {
    let chromium = Path::new("/usr/bin/chromium");
    assert!(
        chromium.exists(),
        "the browser test needs /usr/bin/chromium: `apt-get install chromium` (.ci/run installs it)"
    );
    for attempt in 1..=3 {
        let printed = dir.join(format!("stdout-{attempt}"));
        let mut child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--virtual-time-budget=15000",
            ])
            .arg(format!(
                "--user-data-dir={}",
                tempfile::tempdir_in(dir).unwrap().keep().display()
            ))
            .args(args)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&printed).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(30) {
            if let Some(status) = child.try_wait().unwrap() {
                assert!(status.success(), "chromium {args:?}: {status:?}");
                return std::fs::read_to_string(printed).unwrap();
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        eprintln!("chromium {args:?} did not exit within 30 s (attempt {attempt}); ending it");
        let _ = child.kill();
        let _ = child.wait();
    }
    panic!("chromium {args:?} did not finish in three attempts");
}

#[test]
fn the_page_in_chromium_shows_the_founding_case_compared_and_planned() {
    let server = Server::start();
    let profile = tempfile::tempdir().unwrap();
    let url = server.url();
    let dom = chromium(
        profile.path(),
        &["--window-size=1280,800", "--dump-dom", &url],
    );
    assert!(
        dom.contains(r#"data-ready="true""#),
        "the page's script did not finish:\n{dom}"
    );
    // The figures are the CLI's for the same files, today.
    let compared: Value =
        serde_json::from_str(&cli(&["compare", AMAZON, COMPETING, "--format", "json"])).unwrap();
    for offer in compared["offers"].as_array().unwrap() {
        for year in offer["years"].as_array().unwrap() {
            for column in ["base", "total", "cumulative"] {
                let value = year[column].as_str().unwrap();
                assert!(
                    dom.contains(&format!(r#"data-value="{value}""#)),
                    "{column} {value} not shown"
                );
            }
        }
    }
    assert!(dom.contains("Amazon promotion (L7 manager) leads over 4 years."));
    assert!(dom.contains(r#"data-value="911459.91""#) && dom.contains(">911,459.91<"));
    assert!(
        dom.contains(r#"id="chart""#) && dom.contains(r#"src="blob:http://127.0.0.1"#),
        "no chart"
    );
    // The market position and the plan, as `demo` plans it.
    assert!(dom.contains("amazon-l7-manager"));
    let plan: Value = serde_json::from_str(&cli(&[
        "script",
        AMAZON,
        "--competing",
        COMPETING,
        "--current",
        "examples/current-pay.json",
        "--format",
        "json",
        "--situation",
        "promotion",
        "--impact",
        "12000000",
        "--impact-desc",
        "incremental profit in the first year",
        "--offer-date",
        "2026-11-16",
    ]))
    .unwrap();
    let subject = plan["email"]["subject"].as_str().unwrap();
    assert!(
        dom.contains(&format!("Subject: {subject}")),
        "no email subject"
    );
    assert!(dom.contains(r#"id="copy-email""#));
    let first_step = plan["timeline"][0]["day"].as_str().unwrap();
    assert!(dom.contains(first_step), "no timeline");
    for error in ["comparison-error", "plan-error", "options-error"] {
        assert!(
            dom.contains(&format!(r#"id="{error}" role="alert"></p>"#)),
            "{error} is not empty"
        );
    }
    // Pictures at a desktop and a phone width, both drawn.
    for (width, height) in [(1280u32, 800u32), (390, 844)] {
        let shot = profile.path().join(format!("page-{width}.png"));
        chromium(
            profile.path(),
            &[
                &format!("--window-size={width},{height}"),
                &format!("--screenshot={}", shot.display()),
                &url,
            ],
        );
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        assert_eq!((reader.info().width, reader.info().height), (width, height));
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let frame = reader.next_frame(&mut pixels).unwrap();
        // Drawn, not blank: text, fields and tables darken part of it.
        let step = frame.color_type.samples();
        let drawn = &pixels[..frame.buffer_size()];
        let dark = drawn.chunks(step).filter(|p| p[0] < 128).count();
        let share = dark * 1000 / (drawn.len() / step);
        assert!(
            share >= 5,
            "{width}x{height}: only {share} per mille of the picture is drawn"
        );
    }
}
