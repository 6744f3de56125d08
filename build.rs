//! Build step: checks the rules data and the readiness content with the core's own code and compiles them into the app as static Rust data.
//!
//! A broken data file stops the build with every problem listed, and the WebAssembly carries
//! neither a parser nor a checker for it. Cargo reruns this script whenever the core crate (and
//! so the data files it includes) changes.

use std::{env, fs, path::Path};

use naas_core::emit;
use naas_core::policy::{self, Policy};
use naas_core::problem::Problem;
use naas_core::readiness::{self, Readiness};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let policy = checked(
        "core/src/policy/naas.toml",
        Policy::from_toml(policy::SHIPPED_TOML),
    );
    write(&out, "naas_policy.rs", &emit::to_rust(&policy));
    let readiness = checked(
        "core/src/readiness/readiness.toml",
        Readiness::from_toml(readiness::SHIPPED_TOML, &policy),
    );
    write(&out, "readiness.rs", &emit::to_rust(&readiness));
}

/// The checked data, or a failed build listing every problem in the file.
fn checked<T>(file: &str, result: Result<T, Vec<Problem>>) -> T {
    result.unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        panic!(
            "{file} has {} problem(s):\n{}",
            problems.len(),
            list.join("\n")
        );
    })
}

fn write(out: &str, name: &str, code: &Result<String, emit::Error>) {
    let code = code
        .as_ref()
        .expect("the data types are all expressible as static data");
    fs::write(Path::new(out).join(name), code).expect("OUT_DIR is writable");
}
