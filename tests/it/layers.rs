//! The layers of `src/`, held by reading every `crate::` and `super::` path
//! in the code (use trees and grouped imports included, comments left out):
//! each layer uses only itself and the layers below it, the modules inside
//! a layer never use each other in a circle, and clap is known only to the
//! command line and the commands. README "Code map" draws the same picture.
//!
//! A layer's own `mod.rs` is its front: it declares its modules, re-exports
//! and dispatches to them, and they may use what it shares. So its uses of
//! its own modules are not edges; every other use is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// From the bottom up: a layer may use the ones before it.
const LAYERS: [&str; 7] = ["error", "io", "domain", "plan", "render", "cli", "commands"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments (doc links name modules too).
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module a file is: `src/domain/tax/nso.rs` is `domain::tax::nso`,
/// `src/domain/tax/mod.rs` is `domain::tax`; `None` for the crate root.
fn module_of(path: &Path) -> Option<Vec<String>> {
    let mut parts: Vec<String> = path
        .strip_prefix(src())
        .unwrap()
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    match parts.as_slice() {
        [only] if only == "lib" || only == "main" => None,
        _ => Some(parts),
    }
}

/// What a module path belongs to: the layer and its module (`domain::tax`)
/// when the layer has modules, else the layer (`error`, or a layer's own
/// `mod.rs`); an item of the crate's root (`crate::run`) is `lib`, above
/// every layer.
fn unit(path: &[String]) -> String {
    let Some(layer) = path.first() else {
        return "lib".to_owned();
    };
    if !LAYERS.contains(&layer.as_str()) {
        return "lib".to_owned();
    }
    if let Some(module) = path.get(1) {
        let dir = src().join(layer);
        if dir.join(module).is_dir() || dir.join(format!("{module}.rs")).is_file() {
            return format!("{layer}::{module}");
        }
    }
    layer.clone()
}

fn ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The text inside the braces that open `text`, and what follows them.
fn braced(text: &str) -> (&str, &str) {
    let mut depth = 0;
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return (&text[1..at], &text[at + 1..]);
                }
            }
            _ => {}
        }
    }
    (&text[1..], "")
}

/// Splits a use group at its top-level commas.
fn items(group: &str) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0, 0, Vec::new());
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&group[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    out.push(&group[start..]);
    out
}

/// Every path a use tree at the start of `text` names, each cut to its
/// first two segments (enough to name a unit), after `base`.
fn tree(base: &[String], text: &str, out: &mut Vec<Vec<String>>) {
    let text = text.trim_start();
    if text.starts_with('{') {
        let (group, _) = braced(text);
        for item in items(group) {
            tree(base, item, out);
        }
        return;
    }
    let name = ident(text);
    if name.is_empty() || name == "self" {
        out.push(base.to_vec());
        return;
    }
    let mut path = base.to_vec();
    path.push(name.to_owned());
    match text[name.len()..].strip_prefix("::") {
        Some(rest) if path.len() < 2 => tree(&path, rest, out),
        _ => out.push(path),
    }
}

/// The absolute paths (from the crate root) that `code`, the code of
/// module `module`, names through `crate::` and `super::`.
fn paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for prefix in ["crate::", "super::"] {
        for (at, _) in code.match_indices(prefix) {
            let before = code[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let mut rest = &code[at + prefix.len()..];
            let base: Vec<String> = if prefix == "crate::" {
                Vec::new()
            } else {
                // `super` of `a::b::c` (a file) is `a::b`; a `mod.rs` is its
                // folder's module, so its `super` is one more level up.
                let mut base = module.to_vec();
                base.pop();
                while let Some(next) = rest.strip_prefix("super::") {
                    base.pop();
                    rest = next;
                }
                base
            };
            tree(&base, rest, &mut out);
        }
    }
    out
}

/// Every use of one unit by another, with a file that makes it.
fn graph() -> BTreeMap<String, BTreeMap<String, PathBuf>> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut edges: BTreeMap<String, BTreeMap<String, PathBuf>> = BTreeMap::new();
    for file in files {
        let Some(module) = module_of(&file) else {
            continue;
        };
        let from = unit(&module);
        for path in paths(&module, &code(&file)) {
            let to = unit(&path);
            // A layer's front (its mod.rs) declaring and dispatching to its
            // own modules is not a use.
            if to != from && !to.starts_with(&format!("{from}::")) {
                edges
                    .entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert(file.clone());
            }
        }
    }
    edges
}

fn layer_rank(unit: &str) -> usize {
    let layer = unit.split("::").next().unwrap();
    if layer == "lib" {
        return LAYERS.len();
    }
    LAYERS
        .iter()
        .position(|l| *l == layer)
        .unwrap_or_else(|| panic!("`{layer}` is not a layer: add it to LAYERS and the Code map"))
}

/// The circles in `edges`, each once, by depth-first search.
fn circles(edges: &BTreeMap<String, BTreeMap<String, PathBuf>>) -> Vec<String> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeMap<String, PathBuf>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        found: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|n| n == node) {
            found.push(format!("{} -> {node}", path[at..].join(" -> ")));
            return;
        }
        if !done.insert(node.to_owned()) {
            return;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flat_map(BTreeMap::keys) {
            visit(next, edges, path, done, found);
        }
        path.pop();
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, edges, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

#[test]
fn every_layer_uses_only_itself_and_the_layers_below() {
    let mut upward = Vec::new();
    for (from, uses) in graph() {
        for (to, file) in uses {
            if layer_rank(&to) > layer_rank(&from) {
                upward.push(format!("{} uses {to}", file.display()));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "uses pointing up:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_module_uses_another_in_a_circle() {
    let found = circles(&graph());
    assert!(found.is_empty(), "circles:\n{}", found.join("\n"));
}

#[test]
fn the_reader_finds_every_form_of_path() {
    let s = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let tax_nso = s(&["domain", "tax", "nso"]);
    assert_eq!(
        paths(&tax_nso, "use crate::domain::{fx::Rates, tax};"),
        [s(&["domain", "fx"]), s(&["domain", "tax"])]
    );
    assert_eq!(
        paths(&tax_nso, "use crate::{commands::run as _, cli::Cli};"),
        [s(&["commands", "run"]), s(&["cli", "Cli"])]
    );
    assert_eq!(
        paths(
            &tax_nso,
            "use crate::domain::{fx::{Rates, convert}, report};"
        ),
        [s(&["domain", "fx"]), s(&["domain", "report"])]
    );
    assert_eq!(
        paths(&tax_nso, "use super::super::report::OfferReport;"),
        [s(&["domain", "report"])]
    );
    assert_eq!(
        paths(&s(&["domain", "leave"]), "use super::commands::run;"),
        [s(&["domain", "commands"])]
    );
    assert_eq!(
        paths(&s(&["domain", "tax"]), "use super::projection::Projection;"),
        [s(&["domain", "projection"])]
    );
    assert_eq!(unit(&s(&["commands", "run"])), "commands");
    assert_eq!(unit(&s(&["domain", "report"])), "domain::report");
    assert_eq!(unit(&s(&["run"])), "lib");
}

#[test]
fn the_checks_see_real_uses_and_would_see_a_circle() {
    // The checks above pass on an empty graph too: make sure the reader
    // finds real uses, and that a circle would be reported.
    let mut edges = graph();
    assert!(edges["domain::report"].contains_key("domain::projection"));
    assert!(edges["render::plan"].contains_key("plan"));
    assert!(edges["commands::serve"].contains_key("cli"));
    assert_eq!(layer_rank("render::plan"), 4);
    edges
        .entry("domain::projection".to_owned())
        .or_default()
        .insert("domain::report".to_owned(), PathBuf::new());
    assert!(!circles(&edges).is_empty());
}

#[test]
fn clap_is_known_only_to_the_command_line_and_the_commands() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let outside: Vec<String> = files
        .iter()
        .filter(|file| {
            let layer = module_of(file).and_then(|m| m.first().cloned());
            !matches!(layer.as_deref(), None | Some("cli" | "commands"))
                && code(file).contains("clap")
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        outside.is_empty(),
        "clap outside src/cli and src/commands:\n{}",
        outside.join("\n")
    );
}
