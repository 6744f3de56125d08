//! The Yew app: pages, components and the few browser calls they need; depends on the engine, never the reverse.

mod app;
mod browser;
mod components;
pub mod crash;
mod pages;
mod settings;
mod state;

use std::rc::Rc;

pub use app::{App, AppProps};
pub use state::State;

use naas_core::date::Date;
use naas_core::journey::Context;
use naas_core::saved::{self, Found};

/// Mounts the app in the page's `#app` element, replacing the message shown while it loads.
pub fn start() {
    crash::install();
    let policy = crate::shipped::policy();
    let today = browser::today();
    let config = settings::read(policy, today);
    settings::apply_theme(&config.0);
    settings::share_parents(&config.0);
    let readiness = crate::shipped::readiness();
    let cx = Context {
        policy,
        readiness,
        today,
        fixed: config.0.as_at,
    };
    // What is saved, read against this version's rules: a record it cannot open is removed,
    // once, with a notice, so it can never stop the app.
    let found = saved::read(browser::storage_get(saved::STORAGE_KEY).as_deref(), &cx);
    let state = State::new(
        policy,
        readiness,
        today,
        config,
        found,
        &browser::fragment(),
    );
    let props = AppProps {
        initial: Rc::new(state),
    };
    yew::Renderer::<App>::with_root_and_props(browser::app_root(), props).render();
}

/// For tests: the state for a fragment with the shipped data, no settings and nothing saved.
pub fn test_state(today: Date, fragment: &str) -> State {
    State::new(
        crate::shipped::policy(),
        crate::shipped::readiness(),
        today,
        Default::default(),
        Found::Nothing,
        fragment,
    )
}
