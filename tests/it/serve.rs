//! `counteroffer serve`: the binary started on port 0, its printed URL read,
//! and every check made over HTTP: the token and Host guards, each
//! endpoint's JSON against the CLI's `--format json` for the same files and
//! flags, the CLI's errors, Ctrl-C. (`serve_browser` drives the page.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::Run;

/// A running `counteroffer serve`, stopped when dropped.
pub struct Server {
    child: Child,
    port: u16,
    token: String,
}

/// A response: status, headers (lower-case names), body.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|err| panic!("{err}: {}", self.body))
    }
}

impl Server {
    pub fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_counteroffer"))
            .args(["serve"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let url = lines
            .by_ref()
            .map(Result::unwrap)
            .find_map(|line| {
                line.trim()
                    .strip_prefix("http://127.0.0.1:")
                    .map(str::to_owned)
            })
            .expect("serve prints its URL");
        let (port, token) = url.split_once("/?t=").expect("a URL with a token");
        Server {
            port: port.parse().unwrap(),
            token: token.to_owned(),
            child,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/?t={}", self.port, self.token)
    }

    /// One request with `Host: host`, over a fresh connection.
    fn raw(&self, method: &str, target: &str, host: &str, body: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        write!(
            stream,
            "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        let mut lines = head.lines();
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers = lines
            .filter_map(|line| line.split_once(": "))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
            .collect();
        Reply {
            status,
            headers,
            body: body.to_owned(),
        }
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn get(&self, path: &str) -> Reply {
        self.raw("GET", &format!("{path}?t={}", self.token), &self.host(), "")
    }

    fn post(&self, endpoint: &str, body: &Value) -> Reply {
        let target = format!("/api/{endpoint}?t={}", self.token);
        self.raw("POST", &target, &self.host(), &body.to_string())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A file as the page sends it: named as the CLI names it, its text.
fn file(path: &str) -> Value {
    json!({ "name": path, "text": std::fs::read_to_string(path).unwrap() })
}

pub const AMAZON: &str = "examples/amazon-promotion.json";
pub const COMPETING: &str = "examples/competing-offer.json";

/// The CLI's one error line, without `counteroffer: error: `.
fn error_line(stderr: &str) -> &str {
    stderr
        .trim_end()
        .strip_prefix("counteroffer: error: ")
        .unwrap_or(stderr)
}

#[test]
fn requests_without_the_token_or_for_another_host_are_refused() {
    let server = Server::start();
    let host = server.host();
    let with_token = format!("/?t={}", server.token);
    assert_eq!(server.raw("GET", &with_token, &host, "").status, 200);
    let localhost = format!("localhost:{}", server.port);
    assert_eq!(server.raw("GET", &with_token, &localhost, "").status, 200);
    let wrong_token = format!("/?t={}0", &server.token[1..]);
    let other_port = format!("127.0.0.1:{}", server.port.wrapping_add(1));
    let rebound = format!("attacker.example:{}", server.port);
    for (target, host) in [
        ("/", host.as_str()),
        ("/?t=", host.as_str()),
        (wrong_token.as_str(), host.as_str()),
        (with_token.as_str(), rebound.as_str()),
        (with_token.as_str(), other_port.as_str()),
        (with_token.as_str(), "127.0.0.1"),
        ("/page.js", host.as_str()),
        ("/api/examples", host.as_str()),
    ] {
        let reply = server.raw("GET", target, host, "");
        assert_eq!(
            reply.status, 403,
            "GET {target} Host {host}: {}",
            reply.body
        );
        assert!(reply.body.starts_with("forbidden"), "{}", reply.body);
    }
    let body = json!({ "offers": [file(AMAZON), file(COMPETING)] }).to_string();
    assert_eq!(server.raw("POST", "/api/compare", &host, &body).status, 403);
    assert_eq!(
        server.raw("POST", "/api/compare", &rebound, &body).status,
        403
    );
}

#[test]
fn the_page_loads_nothing_from_elsewhere_and_runs_no_inline_code() {
    let server = Server::start();
    let page = server.get("/");
    assert_eq!(page.status, 200);
    let policy = page.header("content-security-policy").unwrap();
    for rule in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(policy.contains(rule), "{policy}");
    }
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert!(page.body.contains(&format!("/page.js?t={}", server.token)));
    for asset in ["/page.js", "/page.css"] {
        let reply = server.get(asset);
        assert_eq!(reply.status, 200, "{asset}");
        assert!(
            !reply.body.contains("http://") && !reply.body.contains("https://"),
            "{asset} names another site"
        );
    }
    // The founding case the forms start from: the example files as they are.
    let examples = server.get("/api/examples").json();
    assert_eq!(
        examples["offers"][0]["text"],
        std::fs::read_to_string(AMAZON).unwrap()
    );
    assert_eq!(
        examples["offers"][1]["text"],
        std::fs::read_to_string(COMPETING).unwrap()
    );
    assert_eq!(examples["plan"]["impact"], "12000000");
    assert_eq!(server.get("/nothing-here").status, 404);
}

#[test]
fn compare_answers_what_the_cli_prints() {
    let server = Server::start();
    for (flags, args) in [
        (
            json!({ "as-of": "2026-12-01" }),
            vec!["--as-of", "2026-12-01"],
        ),
        (
            json!({ "as-of": "2026-12-01", "tax": "us-2026-single-wa", "leave-after": 18, "vests": true, "years": 5 }),
            vec![
                "--as-of",
                "2026-12-01",
                "--tax",
                "us-2026-single-wa",
                "--leave-after",
                "18",
                "--vests",
                "--years",
                "5",
            ],
        ),
        (
            json!({ "as-of": "2026-12-01", "in": "EUR", "rate": ["USD=0.92"] }),
            vec!["--as-of", "2026-12-01", "--in", "EUR", "--rate", "USD=0.92"],
        ),
    ] {
        let reply = server.post(
            "compare",
            &json!({ "offers": [file(AMAZON), file(COMPETING)], "flags": flags }),
        );
        assert_eq!(reply.status, 200, "{flags}: {}", reply.body);
        assert_eq!(reply.header("content-type"), Some("application/json"));
        let cli = Run::new("compare")
            .args([AMAZON, COMPETING, "--format", "json"])
            .args(args)
            .stdout();
        assert_eq!(reply.body, cli, "{flags}");
    }
    // And the figures are the founding case's.
    let reply = server.post(
        "compare",
        &json!({ "offers": [file(AMAZON), file(COMPETING)], "flags": { "as-of": "2026-12-01" } }),
    );
    let document = reply.json();
    assert_eq!(document["offers"][0]["total"], "911459.91");
    assert_eq!(
        document["comparison"]["leader"],
        "Amazon promotion (L7 manager)"
    );
}

#[test]
fn a_changed_offer_is_compared_as_the_cli_compares_its_file() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let changed = dir.path().join("promotion.json");
    let text = std::fs::read_to_string(AMAZON)
        .unwrap()
        .replace("180000", "190000.50");
    std::fs::write(&changed, &text).unwrap();
    let changed = changed.to_str().unwrap();
    let body = json!({ "offers": [{ "name": changed, "text": text }, file(COMPETING)], "flags": { "as-of": "2026-12-01" } });
    let reply = server.post("compare", &body);
    assert_eq!(
        reply.body,
        Run::new("compare")
            .args([
                changed,
                COMPETING,
                "--format",
                "json",
                "--as-of",
                "2026-12-01"
            ])
            .stdout()
    );
    assert_eq!(reply.json()["offers"][0]["years"][0]["base"], "190000.50");
}

#[test]
fn the_chart_is_the_svg_the_cli_writes() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("pay.svg");
    Run::new("compare")
        .args([
            AMAZON,
            COMPETING,
            "--as-of",
            "2026-12-01",
            "--svg",
            svg.to_str().unwrap(),
        ])
        .stdout();
    let reply = server.post(
        "chart",
        &json!({ "offers": [file(AMAZON), file(COMPETING)], "flags": { "as-of": "2026-12-01" } }),
    );
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), Some("image/svg+xml"));
    assert_eq!(reply.body, std::fs::read_to_string(&svg).unwrap());
}

#[test]
fn market_answers_what_the_cli_prints() {
    let server = Server::start();
    let built_in = server.post(
        "market",
        &json!({ "offers": [file(AMAZON)], "flags": { "as-of": "2026-12-01" } }),
    );
    assert_eq!(built_in.status, 200, "{}", built_in.body);
    assert_eq!(
        built_in.body,
        Run::new("market")
            .args([AMAZON, "--format", "json", "--as-of", "2026-12-01"])
            .stdout()
    );
    assert_eq!(built_in.json()["metrics"][0]["position"], "p62.5");
    let uploaded = server.post(
        "market",
        &json!({ "offers": [file(AMAZON)], "benchmarks": file("examples/benchmarks.json"), "flags": { "as-of": "2026-12-01", "target": "p50" } }),
    );
    assert_eq!(uploaded.status, 200, "{}", uploaded.body);
    assert_eq!(
        uploaded.body,
        Run::new("market")
            .args([
                AMAZON,
                "--benchmarks",
                "examples/benchmarks.json",
                "--target",
                "p50",
                "--format",
                "json",
                "--as-of",
                "2026-12-01"
            ])
            .stdout()
    );
}

#[test]
fn the_plan_is_what_the_cli_prints() {
    let server = Server::start();
    let body = json!({
        "offers": [file(AMAZON)],
        "competing": file(COMPETING),
        "current": file("examples/current-pay.json"),
        "flags": {
            "situation": "promotion", "impact": 12000000, "impact-desc": "incremental profit in the first year",
            "offer-date": "2026-11-16", "as-of": "2026-11-16", "deadline": "2026-12-04", "walk-away": "880000",
            "tax": "us-2026-single-wa",
        },
    });
    let reply = server.post("script", &body);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let expected = Run::new("script")
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
            "--as-of",
            "2026-11-16",
            "--deadline",
            "2026-12-04",
            "--walk-away",
            "880000",
            "--tax",
            "us-2026-single-wa",
        ])
        .stdout();
    assert_eq!(reply.body, expected);
    let plan = reply.json();
    assert_eq!(plan["asks"][0]["ask"], "185000.00");
    assert!(plan["email"]["body"].as_str().unwrap().starts_with("Hi,"));
}

#[test]
fn bad_input_gets_the_cli_error_and_its_exit_code() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let text = std::fs::read_to_string(AMAZON)
        .unwrap()
        .replace("\"base_salary\": 180000", "\"base_salary\": -5");
    std::fs::write(&bad, &text).unwrap();
    let bad = bad.to_str().unwrap();
    let cases = [
        // Bad data: 65, the file and the JSON path named.
        (
            json!({ "offers": [{ "name": bad, "text": text }, file(COMPETING)] }),
            vec!["compare", bad, COMPETING],
            422,
        ),
        // Not JSON at all.
        (
            json!({ "offers": [{ "name": bad, "text": "{ not json" }, file(COMPETING)] }),
            vec![],
            422,
        ),
        // A usage error found after reading: 2.
        (
            json!({ "offers": [file(AMAZON), file(COMPETING)], "flags": { "leave-after": 60 } }),
            vec!["compare", AMAZON, COMPETING, "--leave-after", "60"],
            400,
        ),
        // One clap refuses: 2, its first line.
        (
            json!({ "offers": [file(AMAZON), file(COMPETING)], "flags": { "target": "p101" } }),
            vec!["compare", AMAZON, COMPETING, "--target", "p101"],
            400,
        ),
        (
            json!({ "offers": [file(AMAZON)], "flags": { "entry": "no-such-entry" } }),
            vec!["market", AMAZON, "--entry", "no-such-entry"],
            422,
        ),
    ];
    for (body, args, status) in cases {
        let reply = server.post(
            if body["flags"]["entry"].is_null() {
                "compare"
            } else {
                "market"
            },
            &body,
        );
        assert_eq!(reply.status, status, "{body}: {}", reply.body);
        let answer = reply.json();
        if args.is_empty() {
            std::fs::write(bad, "{ not json").unwrap();
            let cli = Run::new("compare").args([bad, COMPETING]).output();
            assert_eq!(answer["error"], error_line(&cli.stderr));
            assert_eq!(answer["exit_code"], cli.code.unwrap());
            continue;
        }
        let cli = Run::bare().args(&args).output();
        let line = error_line(&cli.stderr);
        assert!(!line.is_empty());
        if let Some(clap) = line.strip_prefix("error: ") {
            // Clap's own message is several lines; the page shows the first.
            assert_eq!(answer["error"], clap.lines().next().unwrap());
        } else {
            assert_eq!(answer["error"], line, "{args:?}");
        }
        assert_eq!(answer["exit_code"], cli.code.unwrap(), "{args:?}");
    }
}

#[test]
fn flags_that_touch_files_are_refused_and_nothing_is_written() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("written.json");
    let out = out.to_str().unwrap();
    for flags in [
        json!({ "out": out }),
        json!({ "fx": out }),
        json!({ "template": out }),
        json!({ "tax": "/etc/passwd" }),
    ] {
        let reply = server.post(
            "script",
            &json!({ "offers": [file(AMAZON)], "flags": flags }),
        );
        assert_eq!(reply.status, 400, "{flags}: {}", reply.body);
        assert_eq!(reply.json()["exit_code"], 2);
    }
    let own_tax = std::fs::read_to_string(AMAZON)
        .unwrap()
        .replace("\"years\": 4", "\"years\": 4, \"tax\": \"../secret.json\"");
    let reply = server.post(
        "market",
        &json!({ "offers": [{ "name": "a.json", "text": own_tax }] }),
    );
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert!(
        reply.json()["error"]
            .as_str()
            .unwrap()
            .contains("names a file")
    );
    assert!(!Path::new(out).exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_cleanly() {
    let mut server = Server::start();
    assert_eq!(server.get("/").status, 200);
    let interrupted = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "still running after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    let mut stderr = String::new();
    server
        .child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(stderr, "counteroffer: stopped\n");
}
