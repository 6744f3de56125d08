//! The shipped rules data and readiness content, checked at build time and compiled in as static data (see build.rs).

// The generated expression names the policy's types, so they must all be in scope here.
#[allow(unused_imports)]
use crate::date::{Date, DateSpec, Precision};
#[allow(unused_imports)]
use crate::policy::*;
#[allow(unused_imports)]
use crate::readiness::*;

/// The shipped policy, as `naas.toml` says, already validated.
pub static POLICY: Policy = include!(concat!(env!("OUT_DIR"), "/naas_policy.rs"));

impl Policy {
    /// The policy shipped with the app.
    pub fn shipped() -> &'static Policy {
        &POLICY
    }
}

/// The shipped readiness content, as `readiness.toml` says, already checked against the policy.
pub static READINESS: Readiness = include!(concat!(env!("OUT_DIR"), "/readiness.rs"));

impl Readiness {
    /// The readiness content shipped with the app.
    pub fn shipped() -> &'static Readiness {
        &READINESS
    }
}
