//! The shipped rules data and readiness content, checked at build time and compiled in as static data (see build.rs).

// The generated expressions name the data's types, so they must all be in scope here.
#[allow(unused_imports)]
use naas_core::date::{Date, DateSpec, Precision};
#[allow(unused_imports)]
use naas_core::policy::*;
#[allow(unused_imports)]
use naas_core::readiness::*;

/// The shipped policy, as `naas.toml` says, already checked.
static POLICY: Policy = include!(concat!(env!("OUT_DIR"), "/naas_policy.rs"));

/// The shipped readiness content, as `readiness.toml` says, already checked against the policy.
static READINESS: Readiness = include!(concat!(env!("OUT_DIR"), "/readiness.rs"));

/// The policy shipped with the app.
pub fn policy() -> &'static Policy {
    &POLICY
}

/// The readiness content shipped with the app.
pub fn readiness() -> &'static Readiness {
    &READINESS
}
