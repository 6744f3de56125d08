//! The data compiled into the app says exactly what the TOML files say: a check on the build step's writer of static Rust (native only).
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn the_compiled_in_data_says_the_same_as_the_toml() {
    let (policy, readiness) = naas_core::shipped();
    assert_eq!(naas_checker::shipped::policy(), policy);
    assert_eq!(naas_checker::shipped::readiness(), readiness);
}
