//! `counteroffer serve` in a real browser: Debian's Chromium, headless,
//! loads the page, its script asks the server, and the founding case's
//! figures, chart and plan are on the page, as the CLI computes them.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::Run;
use crate::serve::{AMAZON, COMPETING, Server};

/// One browser at a time: two headless Chromiums started together were
/// seen to stall each other on this two-core machine.
static ONE_BROWSER: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Debian's Chromium, headless, with nothing of its own to fetch: what it
/// printed. Its output goes to a file, not a pipe, since helper processes
/// it leaves behind for a while would hold a pipe open. A run that has not
/// exited after 30 seconds is ended and tried again with a fresh profile,
/// three times at most. (Stalls were seen while the page sent its requests
/// at once: tiny_http's connection pool could leave a new connection
/// waiting behind idle keep-alive ones. The page now sends one at a time.)
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
    let _alone = ONE_BROWSER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
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
    let compared: Value = Run::new("compare")
        .args([AMAZON, COMPETING, "--format", "json"])
        .json();
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
    let plan: Value = Run::new("script")
        .args([
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
        ])
        .json();
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

/// Chromium kept running with its DevTools socket open, ended when dropped.
struct Browser {
    child: std::process::Child,
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<std::net::TcpStream>>,
    next_id: u64,
}

impl Browser {
    /// Opens `url` in headless Chromium and attaches to its page.
    fn open(dir: &Path, url: &str) -> Browser {
        let profile = dir.join("devtools-profile");
        let child = Command::new("/usr/bin/chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,800",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Chromium writes the port it chose, then the browser's path.
        let port_file = profile.join("DevToolsActivePort");
        let port = wait_for(60, || {
            let text = std::fs::read_to_string(&port_file).ok()?;
            text.lines().next()?.parse::<u16>().ok()
        })
        .expect("chromium did not open its DevTools port");
        let page = wait_for(60, || {
            let list: Value = serde_json::from_str(&http_get(port, "/json/list")?).ok()?;
            list.as_array()?.iter().find(|t| {
                t["type"] == "page" && t["url"].as_str().is_some_and(|u| u.starts_with(url))
            })?["webSocketDebuggerUrl"]
                .as_str()
                .map(str::to_owned)
        })
        .expect("chromium shows no page for the URL");
        let stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        // A DevTools call that never answers fails the test, not hangs it.
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let (socket, _) = tungstenite::client(
            page.as_str(),
            tungstenite::stream::MaybeTlsStream::Plain(stream),
        )
        .unwrap();
        Browser {
            child,
            socket,
            next_id: 0,
        }
    }

    /// The value of a JavaScript expression in the page.
    fn eval(&mut self, expression: &str) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let call = serde_json::json!({
            "id": id,
            "method": "Runtime.evaluate",
            "params": { "expression": expression, "returnByValue": true, "awaitPromise": true },
        });
        self.socket
            .send(tungstenite::Message::text(call.to_string()))
            .unwrap();
        loop {
            let message = self
                .socket
                .read()
                .unwrap_or_else(|err| panic!("{expression}: {err}"));
            let Ok(text) = message.to_text() else {
                continue;
            };
            let reply: Value = serde_json::from_str(text).unwrap();
            if reply["id"] == id {
                assert!(
                    reply["result"]["exceptionDetails"].is_null(),
                    "{expression}: {reply}"
                );
                return reply["result"]["result"]["value"].clone();
            }
        }
    }

    /// Waits until `expression` is true in the page.
    fn until(&mut self, expression: &str) {
        let found = wait_for(60, || {
            (self.eval(expression) == Value::Bool(true)).then_some(())
        });
        assert!(found.is_some(), "never true: {expression}");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `probe` every 100 ms for up to `seconds`.
fn wait_for<T>(seconds: u64, mut probe: impl FnMut() -> Option<T>) -> Option<T> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(seconds) {
        if let Some(found) = probe() {
            return Some(found);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

/// A GET to Chromium's DevTools HTTP endpoint: the body, read to its
/// `Content-Length` (DevTools keeps the connection open after answering).
fn http_get(port: u16, path: &str) -> Option<String> {
    use std::io::{BufRead, BufReader, Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .ok()?;
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    String::from_utf8(body).ok()
}

/// Every figure (string field) of every year row of each offer, in order.
fn year_figures(document: &Value) -> Vec<String> {
    document["offers"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|offer| offer["years"].as_array().unwrap())
        .flat_map(|year| year.as_object().unwrap().values())
        .filter_map(|value| value.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn a_new_base_salary_in_the_form_moves_every_figure_as_the_cli_computes() {
    let _alone = ONE_BROWSER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let chromium = Path::new("/usr/bin/chromium");
    assert!(
        chromium.exists(),
        "the browser test needs /usr/bin/chromium: `apt-get install chromium` (.ci/run installs it)"
    );
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    // As with --dump-dom: a page that has not loaded in 30 seconds gets a
    // fresh browser, twice at most.
    let ready = r#"document.body?.dataset.ready === "true""#;
    let mut browser = (1..=3)
        .find_map(|attempt| {
            let mut browser = Browser::open(&dir.path().join(attempt.to_string()), &server.url());
            let loaded = wait_for(30, || {
                (browser.eval(ready) == Value::Bool(true)).then_some(())
            });
            if loaded.is_none() {
                eprintln!("the page did not finish loading in 30 s (attempt {attempt})");
            }
            loaded.map(|()| browser)
        })
        .expect("the page never finished loading in three browsers");
    let shown =
        r#"[...document.querySelectorAll('#years td[data-value]')].map(td => td.dataset.value)"#;
    let before: Vec<String> = serde_json::from_value(browser.eval(shown)).unwrap();
    let expected = Run::new("compare")
        .args([AMAZON, COMPETING, "--format", "json"])
        .stdout();
    assert_eq!(
        before,
        year_figures(&serde_json::from_str(&expected).unwrap())
    );

    // Type a new base salary into the first offer's form.
    browser.eval(
        r#"(() => {
            const input = document.querySelector('.offer [data-path="base_salary"]');
            input.value = "190000.50";
            input.dispatchEvent(new Event("input"));
            return true;
        })()"#,
    );
    browser.until(r#"document.querySelector('#years td[data-value="190000.50"]') !== null"#);
    let after: Vec<String> = serde_json::from_value(browser.eval(shown)).unwrap();

    // The CLI on the same file with the same change.
    let changed = dir.path().join("changed.json");
    let text = std::fs::read_to_string(AMAZON)
        .unwrap()
        .replace("180000", "190000.50");
    std::fs::write(&changed, text).unwrap();
    let expected = Run::new("compare")
        .args([changed.to_str().unwrap(), COMPETING, "--format", "json"])
        .stdout();
    let expected: Value = serde_json::from_str(&expected).unwrap();
    assert_eq!(after, year_figures(&expected));
    assert_ne!(after, before);
    // The summary follows too: the leader's total as the CLI states it.
    let total = expected["comparison"]["standings"][0]["total"]
        .as_str()
        .unwrap();
    let summary =
        format!(r#"document.querySelector('#summary td[data-value="{total}"]') !== null"#);
    browser.until(&summary);
}
