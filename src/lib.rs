//! The NAAS checker: an in-browser eligibility and readiness checker for England's National Assessment and Accreditation System.
//!
//! Crate map, from the core outwards (each layer uses only the ones above it):
//! - [`date`]: calendar dates, with no time zones.
//! - [`policy`]: the rules data (`policy/naas.toml`), loaded and validated into typed ids.
//! - [`readiness`]: the self-assessment content (post-qualifying standards) and the plan made from ratings.
//! - [`shipped`]: that data as checked at build time and compiled in (see build.rs).
//! - [`engine`]: the pure rules engine: answers and a date in, the next question or a sourced outcome out;
//!   [`engine::explore`] walks every journey on every date where something changes.
//! - [`address`]: the URL fragment codec: every page and every answer, by the policy's ids.
//! - [`config`]: a council's settings (name, NAAS lead, preparation offers, councils, colours, fixed date), checked.
//! - [`saved`]: answers saved on the device after the user opts in, and their strict reader.
//! - [`flow`]: where each step leads: next page, back link, which answers still apply.
//! - [`chart`]: the flow drawn from the rules as Graphviz DOT and Mermaid, for maintainers.
//! - [`ui`]: the Yew app: pages, components and the few browser calls it needs.
//!
//! All but `ui` never touch the browser, so they run and are tested natively.

pub mod address;
pub mod chart;
pub mod config;
pub mod date;
pub mod engine;
pub mod flow;
pub mod map;
pub mod policy;
pub mod readiness;
pub mod saved;
pub mod shipped;
pub mod text;
pub mod ui;
