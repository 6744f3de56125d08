//! The NAAS checker's Yew app: the pages, the components and the few browser calls they need, over the pure core (`naas_core`).
//!
//! - [`shipped`]: the rules data and readiness content, checked at build time and compiled in.
//! - [`ui`]: the Yew app. It reads a view model that the core computes once per navigation;
//!   the core never depends on it.

pub mod shipped;
pub mod ui;
