//! The NAAS checker: an in-browser eligibility and readiness checker for England's National Assessment and Accreditation System.
//!
//! Crate map, from the core outwards (each layer uses only the ones above it):
//! - [`date`]: calendar dates, with no time zones.
//! - [`policy`]: the rules data (`policy/naas.toml`), loaded and validated into typed ids.
//! - [`readiness`]: the self-assessment content (post-qualifying standards) and the plan made from ratings.
//! - [`shipped`]: that data as checked at build time and compiled in (see build.rs).
//! - [`engine`]: the pure rules engine: answers and a date in, the next question or a sourced outcome out.
//! - [`address`]: the URL fragment codec: every page and every answer, by the policy's ids.
//! - [`flow`]: where each step leads: next page, back link, which answers still apply.
//! - [`ui`]: the Yew app: pages, components and the few browser calls it needs.
//!
//! The first five never touch the browser, so they run and are tested natively.

pub mod address;
pub mod date;
pub mod engine;
pub mod flow;
pub mod policy;
pub mod readiness;
pub mod shipped;
pub mod text;
pub mod ui;
