//! The tables built into the binary: federal, the states without a tax on
//! wages (the federal table under the state's name), and the states with one
//! (the federal layers, then the state's file of layers).

use serde_json::Value;

use super::{TaxTable, parse_tax_table};

/// The federal tables: name and file.
const FEDERAL: [(&str, &str); 2] = [
    ("us-2026-single", include_str!("tables/us-2026-single.json")),
    (
        "us-2026-married",
        include_str!("tables/us-2026-married.json"),
    ),
];

/// The federal files' last sentence, true of them alone.
const NO_STATE_TAX: &str = " No state tax on wages.";

/// States without a tax on wages: their tables are the federal one.
const NO_WAGE_TAX_STATES: [&str; 9] = ["wa", "tx", "fl", "nv", "sd", "wy", "ak", "tn", "nh"];

/// States (and a city) with a tax on wages: the suffix, and the state's
/// layers for a single filer and for a joint return.
const WAGE_TAX_STATES: [(&str, [&str; 2]); 10] = [
    (
        "ca",
        [
            include_str!("tables/states/ca-single.json"),
            include_str!("tables/states/ca-married.json"),
        ],
    ),
    (
        "ny",
        [
            include_str!("tables/states/ny-single.json"),
            include_str!("tables/states/ny-married.json"),
        ],
    ),
    (
        "ny-nyc",
        [
            include_str!("tables/states/ny-nyc-single.json"),
            include_str!("tables/states/ny-nyc-married.json"),
        ],
    ),
    (
        "nj",
        [
            include_str!("tables/states/nj-single.json"),
            include_str!("tables/states/nj-married.json"),
        ],
    ),
    (
        "il",
        [
            include_str!("tables/states/il-single.json"),
            include_str!("tables/states/il-married.json"),
        ],
    ),
    (
        "va",
        [
            include_str!("tables/states/va-single.json"),
            include_str!("tables/states/va-married.json"),
        ],
    ),
    (
        "co",
        [
            include_str!("tables/states/co-single.json"),
            include_str!("tables/states/co-married.json"),
        ],
    ),
    (
        "ma",
        [
            include_str!("tables/states/ma-single.json"),
            include_str!("tables/states/ma-married.json"),
        ],
    ),
    (
        "ga",
        [
            include_str!("tables/states/ga-single.json"),
            include_str!("tables/states/ga-married.json"),
        ],
    ),
    (
        "or",
        [
            include_str!("tables/states/or-single.json"),
            include_str!("tables/states/or-married.json"),
        ],
    ),
];

/// Every built-in table's name: per filing status the federal table, the
/// states without a wage tax, then those with one.
pub fn built_in_names() -> Vec<String> {
    let mut names = Vec::new();
    for (name, _) in FEDERAL {
        names.push(name.to_owned());
        names.extend(NO_WAGE_TAX_STATES.iter().map(|s| format!("{name}-{s}")));
        names.extend(WAGE_TAX_STATES.iter().map(|(s, _)| format!("{name}-{s}")));
    }
    names
}

/// What a built-in name is made of.
enum Parts {
    Federal(&'static str),
    NoWageTax(&'static str, &'static str),
    WageTax(&'static str, &'static str),
}

fn parts(name: &str) -> Option<Parts> {
    for (status, (base, federal)) in FEDERAL.iter().enumerate() {
        let Some(rest) = name.strip_prefix(base) else {
            continue;
        };
        if rest.is_empty() {
            return Some(Parts::Federal(federal));
        }
        let Some(state) = rest.strip_prefix('-') else {
            continue;
        };
        if let Some(state) = NO_WAGE_TAX_STATES.iter().find(|s| **s == state) {
            return Some(Parts::NoWageTax(federal, state));
        }
        if let Some((_, files)) = WAGE_TAX_STATES.iter().find(|(s, _)| *s == state) {
            return Some(Parts::WageTax(federal, files[status]));
        }
    }
    None
}

/// The federal source without its last sentence, for a table with a state.
fn federal_source(federal: &str) -> String {
    federal
        .strip_suffix(NO_STATE_TAX)
        .unwrap_or(federal)
        .to_owned()
}

/// A built-in table by name (`us-2026-single`, `us-2026-single-wa`,
/// `us-2026-married-ny-nyc`, …).
pub fn built_in(name: &str) -> Option<TaxTable> {
    // Built in and tested, so every file reads.
    match parts(name)? {
        Parts::Federal(json) => parse_tax_table(json.as_bytes()).ok(),
        Parts::NoWageTax(json, state) => {
            let mut table = parse_tax_table(json.as_bytes()).ok()?;
            table.name = name.to_owned();
            table.source.push_str(&format!(
                " {} levies no income tax on wages, so the table is the federal one.",
                state.to_uppercase()
            ));
            Some(table)
        }
        Parts::WageTax(federal, state) => {
            let federal = parse_tax_table(federal.as_bytes()).ok()?;
            let state = parse_tax_table(state.as_bytes()).ok()?;
            let mut taxes = federal.taxes;
            taxes.extend(state.taxes);
            Some(TaxTable {
                name: state.name,
                source: format!("{} {}", state.source, federal_source(&federal.source)),
                taxes,
                ..state
            })
        }
    }
}

/// The built-in table `name` as its file text, for `tax show`: one file
/// that reads back as the same table.
pub fn built_in_text(name: &str) -> Option<String> {
    let table = built_in(name)?;
    let federal = match parts(name)? {
        Parts::Federal(json) | Parts::NoWageTax(json, _) | Parts::WageTax(json, _) => json,
    };
    let mut value: Value = serde_json::from_str(federal).ok()?;
    value["name"] = Value::String(table.name);
    value["year"] = Value::from(table.year);
    value["source"] = Value::String(table.source);
    if let Parts::WageTax(_, state) = parts(name)? {
        let state: Value = serde_json::from_str(state).ok()?;
        let mut taxes = value["taxes"].as_array()?.clone();
        taxes.extend(state["taxes"].as_array()?.iter().cloned());
        if let Some(years) = state.get("figure_years") {
            let object = value.as_object_mut()?;
            object.shift_remove("taxes");
            object.insert("figure_years".into(), years.clone());
        }
        value["taxes"] = Value::Array(taxes);
    }
    let mut text = serde_json::to_string_pretty(&value).ok()?;
    text.push('\n');
    Some(text)
}
