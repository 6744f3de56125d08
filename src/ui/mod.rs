//! The Yew app: pages, components and the few browser calls they need; depends on the engine, never the reverse.

mod app;
mod browser;
mod components;
mod pages;
mod state;

pub use app::{App, AppProps};

use crate::policy::Policy;
use crate::readiness::Readiness;

/// Mounts the app in the page's `#app` element, replacing the message shown while it loads.
pub fn start() {
    let props = AppProps {
        policy: Policy::shipped(),
        readiness: Readiness::shipped(),
        today: browser::today(),
    };
    yew::Renderer::<App>::with_root_and_props(browser::app_root(), props).render();
}
