//! Reads the council configuration from the page (the inline block, and `naas-config.json` when hosted), and applies what the page itself shows: colours, embedding.

use wasm_bindgen::JsCast;

use naas_core::config::{self, Config, Json};
use naas_core::date::Date;
use naas_core::policy::Policy;

/// The configuration block a council edits in the HTML page.
const INLINE_ID: &str = "naas-config";
/// Where boot.js puts the text of `naas-config.json` when the page is hosted and the file exists.
const FILE_ID: &str = "naas-config-file";
/// boot.js's own tag, where the app leaves the parent origins for boot.js to post the height to.
const BOOT_ID: &str = "app-boot";

/// The configuration and its problems. Settings in `naas-config.json` override the same
/// settings in the page's block. Each text is held to the limits before it is parsed, so a
/// huge or deeply nested one is refused with a problem rather than stalling or crashing the app.
/// A fixed date after `today` is refused. `embedded`, when not set, is whether the page runs
/// inside a frame.
pub fn read(policy: &Policy, today: Date) -> (Config, Vec<String>) {
    let mut config = Config::default();
    let mut problems = Vec::new();
    for (id, name) in [
        (INLINE_ID, "the configuration block in the page"),
        (FILE_ID, "naas-config.json"),
    ] {
        let Some(text) = block_text(id) else { continue };
        // A host that answers the missing file with a page of its own: no settings, quietly.
        if id == FILE_ID && config::is_page(&text) {
            continue;
        }
        let text = match config::bound(name, &text) {
            Ok((text, found)) => {
                problems.extend(found);
                text
            }
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        match parse(&text) {
            Ok(json) => config.apply(policy, name, &json, &mut problems),
            Err(detail) => problems.push(config::not_json(name, &detail)),
        }
    }
    config.hold_to(today, &mut problems);
    config.embedded = Some(config.embedded.unwrap_or_else(framed));
    log_all(&problems);
    (config, problems)
}

/// The notice on the page names at most five different problems, then "and N more": the
/// browser's console lists every one of them, once, for whoever maintains the settings.
fn log_all(problems: &[String]) {
    let mut distinct: Vec<&str> = Vec::new();
    for problem in problems {
        if !distinct.contains(&problem.as_str()) {
            distinct.push(problem);
        }
    }
    if distinct.len() > 5 {
        let mut text = String::from("NAAS checker: every problem with the settings:");
        for problem in distinct {
            text.push_str("\n- ");
            text.push_str(problem);
        }
        web_sys::console::warn_1(&text.into());
    }
}

/// Sets the brand colours through the CSS object model, which a strict Content-Security-Policy
/// allows: GOV.UK Frontend's brand colour (the footer's rule, notification banners) and the
/// header's, and the browser's theme colour. Focus stays GOV.UK yellow.
pub fn apply_theme(config: &Config) {
    let Some(theme) = &config.theme else { return };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let style = root.style();
        let _ = style.set_property("--govuk-brand-colour", &theme.brand);
        let _ = style.set_property("--app-brand-text", &theme.brand_text);
    }
    if let Ok(Some(meta)) = document.query_selector("meta[name=theme-color]") {
        let _ = meta.set_attribute("content", &theme.brand);
    }
}

/// Tells boot.js which parent origins may be told the page's height (see README, Embedding).
pub fn share_parents(config: &Config) {
    let boot = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(BOOT_ID));
    if let Some(boot) = boot {
        let _ = boot.set_attribute("data-parents", &config.parent_origins.join(" "));
    }
}

/// Whether the page runs inside a frame.
fn framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

fn block_text(id: &str) -> Option<String> {
    let text = web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .text_content()?;
    (!text.trim().is_empty()).then_some(text)
}

/// Parses with the browser's own JSON parser, then reads the value with serde-wasm-bindgen.
fn parse(text: &str) -> Result<Json, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default()
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}
