//! Build step: checks the rules data and the readiness content and compiles them into the app as static Rust data.
//!
//! The policy file is parsed and validated here with the same code the tests and the policy
//! tool use (the modules are included by path), so a broken file stops the build with every
//! problem listed, and the WebAssembly carries neither a parser nor a validator for it.

use std::{env, fs, path::Path};

#[allow(dead_code)]
#[path = "src/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/map.rs"]
mod map;
#[allow(dead_code)]
#[path = "src/policy/mod.rs"]
mod policy;
#[allow(dead_code)]
#[path = "src/readiness/mod.rs"]
mod readiness;
#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

#[path = "build/rust_literal.rs"]
mod rust_literal;

fn main() {
    for input in [
        "build.rs",
        "build/rust_literal.rs",
        "src/date.rs",
        "src/map.rs",
        "src/text.rs",
        "src/policy/mod.rs",
        "src/policy/raw.rs",
        "src/policy/validate.rs",
        "src/policy/naas.toml",
        "src/readiness/mod.rs",
        "src/readiness/raw.rs",
        "src/readiness/validate.rs",
        "src/readiness/readiness.toml",
    ] {
        println!("cargo:rerun-if-changed={input}");
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");

    let policy = checked(
        "src/policy/naas.toml",
        policy::Policy::from_toml(policy::SHIPPED_TOML),
    );
    emit(&out, "naas_policy.rs", &policy);
    let readiness = checked(
        "src/readiness/readiness.toml",
        readiness::Readiness::from_toml(readiness::SHIPPED_TOML, &policy),
    );
    emit(&out, "readiness.rs", &readiness);
}

/// The checked data, or a failed build listing every problem in the file.
fn checked<T>(file: &str, result: Result<T, Vec<policy::PolicyError>>) -> T {
    result.unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        panic!(
            "{file} has {} problem(s):\n{}",
            errors.len(),
            list.join("\n")
        );
    })
}

/// Writes checked data as a Rust expression for `src/shipped.rs` to include.
fn emit<T: serde::Serialize>(out: &str, name: &str, value: &T) {
    let code =
        rust_literal::to_rust(value).expect("the data types are all expressible as static data");
    fs::write(Path::new(out).join(name), code).expect("OUT_DIR is writable");
}
