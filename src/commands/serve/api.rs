//! The page's endpoints: each takes the text of offer files and the CLI's
//! flags by name, and runs the same command the CLI runs on them with
//! `--format json`, so every figure is the CLI's. Files are read from the
//! request, never from disk; flags that read or write files are refused.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use crate::cli::Request;
use crate::error::{DataError, Error, Result};
use crate::io::input::Input;

/// The most offers one request may compare.
const MAX_OFFERS: usize = 20;

/// What an endpoint runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// `compare --format json`.
    Compare,
    /// The SVG `compare --svg` writes.
    Chart,
    /// `market --format json`.
    Market,
    /// `script --format json`.
    Script,
}

impl Endpoint {
    pub fn from_path(path: &str) -> Option<Endpoint> {
        match path {
            "/api/compare" => Some(Endpoint::Compare),
            "/api/chart" => Some(Endpoint::Chart),
            "/api/market" => Some(Endpoint::Market),
            "/api/script" => Some(Endpoint::Script),
            _ => None,
        }
    }

    fn command(self) -> &'static str {
        match self {
            Endpoint::Compare | Endpoint::Chart => "compare",
            Endpoint::Market => "market",
            Endpoint::Script => "script",
        }
    }

    /// The flags the page may pass: none names a file to read or write.
    fn flags(self) -> &'static [&'static str] {
        match self {
            Endpoint::Compare | Endpoint::Chart => &[
                "years",
                "as-of",
                "vests",
                "leave-after",
                "tax",
                "rate",
                "in",
                "col",
                "target",
            ],
            Endpoint::Market => &["as-of", "entry", "target"],
            Endpoint::Script => &[
                "years",
                "as-of",
                "impact",
                "impact-desc",
                "entry",
                "target",
                "offer-date",
                "holiday",
                "calendar",
                "walk-away",
                "situation",
                "deadline",
                "priority",
                "tax",
                "rate",
            ],
        }
    }

    /// How many offers it takes as `OFFER` arguments.
    fn offers(self) -> (usize, usize) {
        match self {
            Endpoint::Compare | Endpoint::Chart => (2, MAX_OFFERS),
            Endpoint::Market | Endpoint::Script => (1, 1),
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Endpoint::Chart => "image/svg+xml",
            _ => "application/json",
        }
    }
}

/// A request: files by name and text, and flags by their CLI names.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    offers: Vec<File>,
    /// `script --competing`.
    #[serde(default)]
    competing: Option<File>,
    /// `script --current`.
    #[serde(default)]
    current: Option<File>,
    /// `--benchmarks`: a benchmark file instead of the built-in one.
    #[serde(default)]
    benchmarks: Option<File>,
    /// `{"tax": "us-2026-single", "vests": true, "rate": ["GBP=1.27"]}`.
    #[serde(default)]
    flags: serde_json::Map<String, Value>,
}

/// A file's name (used in messages, as a path is on the command line) and
/// its text, exactly as loaded or written by the page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: String,
    text: String,
}

/// The name requests are called in messages.
const REQUEST: &str = "request";

/// Runs `endpoint` on the JSON `body`: the CLI's output, or its error.
pub fn run(endpoint: Endpoint, body: &[u8]) -> Result<String> {
    let body: Body = serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(
        body,
    ))
    .map_err(|err| {
        Error::data(
            REQUEST,
            DataError::new(err.path().to_string(), err.inner().to_string()),
        )
    })?;
    let files = Files::new(&body)?;
    let argv = argv(endpoint, &body)?;
    let cli = crate::cli::try_from_argv(&argv)?;
    let request = Request::from_cli(&cli)?;
    let read = |path: &Path| files.read(path);
    match (endpoint, &request) {
        (Endpoint::Compare, Request::Compare(request)) => {
            crate::commands::compare_reading(request, &read)
        }
        (Endpoint::Chart, Request::Compare(request)) => {
            crate::commands::compare_with(request, &read, |compared, _| {
                crate::render::chart::svg(&compared.offers, Some(&compared.comparison))
                    .map_err(|err| Error::data("the chart", DataError::new("", err.to_string())))
            })
        }
        (Endpoint::Market, Request::Market(request)) => {
            crate::commands::market_reading(request, &read)
        }
        (Endpoint::Script, Request::Script(request)) => {
            crate::commands::script_reading(request, &read)
        }
        _ => Err(Error::Usage(format!(
            "the page asked `{}` for another command",
            endpoint.command()
        ))),
    }
}

/// The command line the endpoint stands for: the command, `--format=json`,
/// the flags, the file names. Values are joined with `=` so that none is
/// taken for a flag.
fn argv(endpoint: Endpoint, body: &Body) -> Result<Vec<String>> {
    let command = endpoint.command();
    let mut argv = vec![
        "counteroffer".to_owned(),
        "--color=never".to_owned(),
        command.to_owned(),
        "--format=json".to_owned(),
    ];
    let (fewest, most) = endpoint.offers();
    if body.offers.len() < fewest || body.offers.len() > most {
        return Err(Error::Usage(format!(
            "`{command}` got {} offers, expected {}",
            body.offers.len(),
            if fewest == most {
                fewest.to_string()
            } else {
                format!("{fewest} to {most}")
            }
        )));
    }
    for (flag, file) in [
        ("competing", &body.competing),
        ("current", &body.current),
        ("benchmarks", &body.benchmarks),
    ] {
        let Some(file) = file else { continue };
        let takes = match flag {
            "benchmarks" => true,
            _ => endpoint == Endpoint::Script,
        };
        if !takes {
            return Err(Error::Usage(format!("`{command}` takes no --{flag} file")));
        }
        argv.push(format!("--{flag}={}", file.name));
    }
    for (flag, value) in &body.flags {
        if !endpoint.flags().contains(&flag.as_str()) {
            return Err(Error::Usage(format!(
                "--{} is not a flag the page passes to `{command}`, expected one of --{}",
                crate::io::escape::terminal(flag),
                endpoint.flags().join(", --")
            )));
        }
        for value in values(flag, value)? {
            match value {
                None => argv.push(format!("--{flag}")),
                Some(value) => {
                    if flag == "tax" && (value.contains('/') || value.ends_with(".json")) {
                        return Err(names_a_file("--tax", &value));
                    }
                    argv.push(format!("--{flag}={value}"));
                }
            }
        }
    }
    argv.push("--".to_owned());
    argv.extend(body.offers.iter().map(|file| file.name.clone()));
    Ok(argv)
}

/// A flag's JSON value as the values it is given: `true` is the flag
/// alone (`None`), `false` and `null` leave it out, a list repeats it.
fn values(flag: &str, value: &Value) -> Result<Vec<Option<String>>> {
    let one = |value: &Value| match value {
        Value::String(text) => Ok(Some(text.clone())),
        Value::Number(number) => Ok(Some(number.to_string())),
        _ => Err(Error::Usage(format!(
            "--{flag} is given {value}, expected a string, a number, true or a list of them"
        ))),
    };
    match value {
        Value::Bool(true) => Ok(vec![None]),
        Value::Bool(false) | Value::Null => Ok(Vec::new()),
        Value::Array(items) => items.iter().map(one).collect(),
        other => Ok(vec![one(other)?]),
    }
}

fn names_a_file(what: &str, value: &str) -> Error {
    Error::Usage(format!(
        "{what} `{}` names a file, which the page does not read, expected a built-in table: {}",
        crate::io::escape::terminal(value),
        crate::domain::tax::built_in_names().join(", ")
    ))
}

/// The request's files by name: what the command reads instead of disk.
struct Files(HashMap<PathBuf, File>);

impl Files {
    fn new(body: &Body) -> Result<Files> {
        let mut files = HashMap::new();
        let all = body
            .offers
            .iter()
            .chain(&body.competing)
            .chain(&body.current)
            .chain(&body.benchmarks);
        for file in all {
            if file.name.is_empty() || file.name.len() > 255 || file.name.contains(['\n', '\r']) {
                return Err(Error::Usage(format!(
                    "a file is named `{}`, expected a name of 1 to 255 characters on one line",
                    crate::io::escape::terminal(&file.name)
                )));
            }
            own_tax_is_built_in(file)?;
            let copy = File {
                name: file.name.clone(),
                text: file.text.clone(),
            };
            if files.insert(PathBuf::from(&file.name), copy).is_some() {
                return Err(Error::Usage(format!(
                    "two files are named `{}`, expected a name for each",
                    crate::io::escape::terminal(&file.name)
                )));
            }
        }
        Ok(Files(files))
    }

    fn read(&self, path: &Path) -> Result<Input> {
        self.0
            .get(path)
            .map(|file| Input {
                name: file.name.clone(),
                bytes: file.text.as_bytes().to_vec(),
            })
            .ok_or_else(|| Error::Unreadable {
                path: path.to_path_buf(),
                reason: "is not among the files the page sent".into(),
            })
    }
}

/// An offer's own `tax` may name a file beside it on disk; the page sends
/// no such file, so only a built-in table's name is taken.
fn own_tax_is_built_in(file: &File) -> Result<()> {
    let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(&file.text) else {
        return Ok(());
    };
    match fields.get("tax") {
        Some(Value::String(tax)) if tax.contains('/') || tax.ends_with(".json") => {
            Err(names_a_file(&format!("{}: tax", file.name), tax))
        }
        _ => Ok(()),
    }
}
