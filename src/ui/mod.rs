//! The Yew app: pages, components and the few browser calls they need; depends on the engine, never the reverse.

mod app;
mod browser;
mod components;
pub mod crash;
mod pages;
mod state;

use std::rc::Rc;

pub use app::{App, AppProps};

use crate::policy::{raw::RawPolicy, Policy, SHIPPED_JSON};

/// Loads the shipped policy with the browser's own JSON parser (no JSON code in the WebAssembly).
pub fn load_policy() -> Result<Policy, String> {
    let value = js_sys::JSON::parse(SHIPPED_JSON)
        .map_err(|_| "the rules data is not valid JSON".to_string())?;
    let raw: RawPolicy = serde_wasm_bindgen::from_value(value)
        .map_err(|e| format!("the rules data could not be read: {e}"))?;
    Policy::from_raw(raw).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("the rules data has problems: {}", list.join("; "))
    })
}

/// Mounts the app in the page's `#app` element, replacing the message shown while it loads.
pub fn start() {
    crash::install();
    let root = browser::app_root();
    match load_policy() {
        Ok(policy) => {
            let props = AppProps {
                policy: Rc::new(policy),
                today: browser::today(),
            };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        Err(message) => {
            let props = pages::BrokenProps {
                message: message.into(),
            };
            yew::Renderer::<pages::Broken>::with_root_and_props(root, props).render();
        }
    }
}
