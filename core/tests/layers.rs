//! The core's layering, kept by a test: each module uses only the modules below it in `LAYERS` (the order `lib.rs` documents), so no import runs back up and there are no import circles.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The core's modules from the bottom up. A module may use those before it, never those after.
const LAYERS: &[&str] = &[
    "text",
    "problem",
    "map",
    "date",
    "typed_date",
    "policy",
    "emit",
    "readiness",
    "engine",
    "config",
    "journey",
    "address",
    "saved",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top module a file of `core/src` belongs to: `journey` for `journey/flow.rs`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

/// Every `crate::name` the text refers to, outside comments.
fn uses(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
            rest = after;
        }
    }
    found
}

#[test]
fn each_module_uses_only_the_modules_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut wrong = Vec::new();
    let mut edges = 0;
    for file in &files {
        let from = module_of(&src, file);
        if from == "lib" {
            continue;
        }
        let Some(from_rank) = rank(&from) else {
            wrong.push(format!(
                "{}: module `{from}` is not in LAYERS",
                file.display()
            ));
            continue;
        };
        let text = fs::read_to_string(file).expect("a readable file");
        for to in uses(&text) {
            // `crate::shipped()` (lib.rs, the top) loads the shipped data for unit tests and
            // examples only: it is not a module.
            if to == from || to == "shipped" {
                continue;
            }
            edges += 1;
            match rank(&to) {
                Some(to_rank) if to_rank < from_rank => {}
                Some(_) => wrong.push(format!(
                    "{} ({from}) uses `crate::{to}`, which is not below it",
                    file.display()
                )),
                None => wrong.push(format!(
                    "{} uses `crate::{to}`, which is not in LAYERS",
                    file.display()
                )),
            }
        }
    }
    assert!(
        edges > 20,
        "only {edges} uses found: the scan is not reading the code"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_scan_sees_a_use_that_runs_back_up() {
    let found = uses("use crate::journey::Context; // crate::saved in a comment\nlet x = crate::address::parse(a);");
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        ["address", "journey"]
    );
}
