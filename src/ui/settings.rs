//! Reads the council configuration from the page (the inline block, and `naas-config.json` when hosted) and applies its colours.

use wasm_bindgen::JsCast;

use naas_core::config::{Config, Json};
use naas_core::policy::Policy;

/// The configuration block a council edits in the HTML page.
const INLINE_ID: &str = "naas-config";
/// Where boot.js puts the text of `naas-config.json` when the page is hosted and the file exists.
const FILE_ID: &str = "naas-config-file";

/// The configuration and its problems. Settings in `naas-config.json` override the same
/// settings in the page's block.
pub fn read(policy: &Policy) -> (Config, Vec<String>) {
    let mut config = Config::default();
    let mut problems = Vec::new();
    for (id, name) in [
        (INLINE_ID, "the configuration block in the page"),
        (FILE_ID, "naas-config.json"),
    ] {
        let Some(text) = block_text(id) else { continue };
        match parse(&text) {
            Ok(json) => config.apply(policy, name, &json, &mut problems),
            Err(detail) => problems.push(format!("{name} is not valid JSON ({detail})")),
        }
    }
    (config, problems)
}

/// Sets the header colours through the CSS object model, which a strict Content-Security-Policy allows.
pub fn apply_theme(config: &Config) {
    let Some(theme) = &config.theme else { return };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let style = root.style();
        let _ = style.set_property("--app-brand", &theme.brand);
        let _ = style.set_property("--app-brand-text", &theme.brand_text);
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
