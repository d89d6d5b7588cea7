//! The layers of `src/`, held by reading every `crate::` path in the code:
//! each layer uses only itself and the layers below it, the modules inside
//! a layer never use each other in a circle, and clap is known only to the
//! command line and the commands. README "Code map" draws the same picture.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// From the bottom up: a layer may use the ones before it.
const LAYERS: [&str; 7] = ["error", "io", "domain", "plan", "render", "cli", "commands"];
/// The layers whose modules are checked one by one for circles.
const SPLIT: [&str; 3] = ["io", "domain", "render"];

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

/// Where a file sits: its layer, and its module within a split layer
/// (`domain::tax`), or the layer alone. A split layer's own `mod.rs` is the
/// layer itself.
fn unit_of(path: &Path) -> Option<String> {
    let relative = path.strip_prefix(src()).unwrap();
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    let layer = parts[0].as_str();
    if layer == "lib" || layer == "main" {
        return None;
    }
    match parts.get(1) {
        Some(module) if SPLIT.contains(&layer) && module != "mod" => {
            Some(format!("{layer}::{module}"))
        }
        _ => Some(layer.to_owned()),
    }
}

/// The unit a `crate::a::b` path names: `a::b` when `b` is a module of a
/// split layer `a`, else `a`; an item of the crate's root (`crate::run`) is
/// `lib`, above every layer.
fn unit_named(first: &str, second: Option<&str>) -> String {
    if !LAYERS.contains(&first) {
        return "lib".to_owned();
    }
    if let Some(second) = second
        && SPLIT.contains(&first)
    {
        let dir = src().join(first);
        if dir.join(second).is_dir() || dir.join(format!("{second}.rs")).is_file() {
            return format!("{first}::{second}");
        }
    }
    first.to_owned()
}

/// The identifiers after `crate::` and the one after it, for each path;
/// `crate::a::{b, c::d}` names `a::b` and `a::c`.
fn crate_paths(code: &str) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        if code[..at]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        let first = ident(rest);
        if first.is_empty() {
            continue;
        }
        let after = &rest[first.len()..];
        match after.strip_prefix("::") {
            Some(tail) if tail.starts_with('{') => {
                let inner = &tail[1..tail.find('}').unwrap_or(tail.len())];
                for name in inner.split(',') {
                    let name = ident(name.trim());
                    if !name.is_empty() {
                        found.push((first.clone(), Some(name)));
                    }
                }
            }
            Some(tail) => found.push((first, Some(ident(tail)))),
            None => found.push((first, None)),
        }
    }
    found
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

/// Every use of one unit by another, with a file that makes it.
fn graph() -> BTreeMap<String, BTreeMap<String, PathBuf>> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut edges: BTreeMap<String, BTreeMap<String, PathBuf>> = BTreeMap::new();
    for file in files {
        let Some(from) = unit_of(&file) else { continue };
        for (first, second) in crate_paths(&code(&file)) {
            let to = unit_named(&first, second.as_deref());
            // A layer's mod.rs declares its own modules: not a use.
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
    let edges = graph();
    // Depth-first search; a node seen again on the current path is a circle.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeMap<String, PathBuf>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        circles: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|n| n == node) {
            circles.push(format!("{} -> {node}", path[at..].join(" -> ")));
            return;
        }
        if !done.insert(node.to_owned()) {
            return;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flat_map(BTreeMap::keys) {
            visit(next, edges, path, done, circles);
        }
        path.pop();
    }
    let mut circles = Vec::new();
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, &edges, &mut Vec::new(), &mut done, &mut circles);
    }
    assert!(circles.is_empty(), "circles:\n{}", circles.join("\n"));
}

#[test]
fn the_graph_sees_the_uses_it_checks() {
    // The checks above pass on an empty graph too: make sure the reader
    // finds real uses, a grouped one among them.
    let edges = graph();
    assert!(edges["domain::report"].contains_key("domain::projection"));
    assert!(edges["render::plan"].contains_key("plan"));
    assert!(edges["commands"].contains_key("cli"));
    assert_eq!(
        crate_paths("use crate::domain::{fx::Rates, tax};"),
        [
            ("domain".to_owned(), Some("fx".to_owned())),
            ("domain".to_owned(), Some("tax".to_owned()))
        ]
    );
    assert_eq!(layer_rank("render::plan"), 4);
}

#[test]
fn clap_is_known_only_to_the_command_line_and_the_commands() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let outside: Vec<String> = files
        .iter()
        .filter(|file| {
            let unit = unit_of(file).unwrap_or_default();
            !["cli", "commands", ""].contains(&unit.as_str()) && code(file).contains("clap")
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        outside.is_empty(),
        "clap outside src/cli and src/commands:\n{}",
        outside.join("\n")
    );
}
