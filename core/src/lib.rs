//! The NAAS checker's pure core: everything the app decides, with no browser in sight.
//!
//! Value in, value out, tested natively. From the bottom up (each module uses only those above it,
//! so no import runs back up and there is no import circle; `core/tests/layers.rs` keeps it so):
//! - [`text`], [`problem`], [`map`]: small helpers of text, data problems and sorted lists.
//! - [`date`]: calendar dates, with no time zones; [`typed_date`]: dates as typed into the date input.
//! - [`policy`]: the rules data (`policy/naas.toml`) as typed, checked values (with `authoring`,
//!   [`emit`] writes them out as static Rust).
//! - [`readiness`]: the self-assessment content (post-qualifying standards) and the plan made from ratings.
//! - [`engine`]: the rules engine: answers and a date in, the next question or a sourced outcome out;
//!   [`engine::explore`] walks every journey on every date where something changes.
//! - [`config`]: a council's settings, checked one by one.
//! - [`journey`]: the user's journey as one value, every navigation rule ([`journey::flow`]) and
//!   the view model each page reads ([`journey::view`]).
//! - [`address`]: the URL fragment codec: a journey, by the data's ids; and the context's
//!   `read` and `href`, beside it.
//! - [`saved`]: answers saved on the device after the user opts in: their strict reader, and
//!   the rules by which a tab keeps them in step with storage and with other tabs.
//!
//! With the `authoring` feature: reading the data files as written, checking them, and
//! [`emit`]ting them as static Rust for the app to compile in.
//!
//! This crate depends on no web crate (see its Cargo.toml), so it can never touch the browser.

pub mod address;
pub mod config;
pub mod date;
#[cfg(feature = "authoring")]
pub mod emit;
pub mod engine;
pub mod journey;
pub mod map;
pub mod policy;
pub mod problem;
pub mod readiness;
pub mod saved;
pub mod text;
pub mod typed_date;

/// The shipped policy and readiness content, parsed from their TOML once and kept for the rest
/// of the run (tools and tests). Panics listing every problem if either file is broken, which
/// the app's build would refuse too.
#[cfg(feature = "authoring")]
pub fn shipped() -> (&'static policy::Policy, &'static readiness::Readiness) {
    use std::sync::OnceLock;
    static DATA: OnceLock<(policy::Policy, readiness::Readiness)> = OnceLock::new();
    let (policy, readiness) = DATA.get_or_init(|| {
        let listed = |problems: Vec<problem::Problem>| {
            problems
                .iter()
                .map(|p| format!("\n  - {p}"))
                .collect::<String>()
        };
        let policy = policy::Policy::from_toml(policy::SHIPPED_TOML)
            .unwrap_or_else(|p| panic!("the shipped policy has problems:{}", listed(p)));
        let readiness = readiness::Readiness::from_toml(readiness::SHIPPED_TOML, &policy)
            .unwrap_or_else(|p| panic!("the shipped readiness content has problems:{}", listed(p)));
        (policy, readiness)
    });
    (policy, readiness)
}
