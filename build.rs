//! Build step: turns the policy data (TOML, written by people) into compact JSON that the app embeds and the browser parses.

use std::{env, fs, path::Path};

/// The data files the app embeds, by name. Each `<name>.toml` becomes `$OUT_DIR/<name>.json`.
const DATA: &[&str] = &["naas"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in DATA {
        let source = format!("src/policy/{name}.toml");
        println!("cargo:rerun-if-changed={source}");
        let text =
            fs::read_to_string(&source).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
        // Syntax errors stop the build here; the meaning of the data is checked by the tests and `policy check`.
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid TOML: {e}"));
        let json = serde_json::to_string(&value).expect("TOML values always convert to JSON");
        fs::write(Path::new(&out).join(format!("{name}.json")), json).expect("OUT_DIR is writable");
    }
}
