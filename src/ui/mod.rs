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
pub use state::{Saving, State};

use naas_core::address;
use naas_core::date::Date;
use naas_core::saved;

/// Mounts the app in the page's `#app` element, replacing the message shown while it loads.
pub fn start() {
    crash::install();
    let policy = crate::shipped::policy();
    let today = browser::today();
    let config = settings::read(policy, today);
    settings::apply_theme(&config.0);
    settings::share_parents(&config.0);
    let state = State::new(
        policy,
        crate::shipped::readiness(),
        today,
        config,
        saved_answers(),
        &browser::fragment(),
    );
    let props = AppProps {
        initial: Rc::new(state),
    };
    yew::Renderer::<App>::with_root_and_props(browser::app_root(), props).render();
}

/// Answers saved on this device, if the user opted in before. Unreadable data is removed and
/// the user told, so it can never stop the app.
pub fn saved_answers() -> Saving {
    let Some(text) = browser::storage_get(saved::STORAGE_KEY) else {
        return Saving::default();
    };
    let checked = saved::decode(&text)
        .map_err(|e| e.to_string())
        .and_then(|s| {
            address::parse(
                crate::shipped::policy(),
                crate::shipped::readiness(),
                &s.fragment,
            )
            .map(|_| s)
            .map_err(|_| "they no longer match this version of the checker".to_string())
        });
    match checked {
        // A user coming back to saved answers keeps saving, as they chose before.
        Ok(s) => Saving {
            record: Some(s.fragment.into()),
            keeping: true,
            ..Saving::default()
        },
        Err(why) => {
            browser::storage_remove(saved::STORAGE_KEY);
            Saving {
                notice: Some(format!("Your saved answers could not be read ({why}), so they have been removed from this device.").into()),
                ..Saving::default()
            }
        }
    }
}

/// For tests: the state for a fragment with the shipped data, no settings and nothing saved.
pub fn test_state(today: Date, fragment: &str) -> State {
    State::new(
        crate::shipped::policy(),
        crate::shipped::readiness(),
        today,
        Default::default(),
        Saving::default(),
        fragment,
    )
}
