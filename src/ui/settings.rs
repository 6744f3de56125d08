//! Reads the council configuration from the page (the inline block, and `naas-config.json` when hosted) and applies its colours.

use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

use crate::config::{Config, Entry};
use crate::policy::Policy;

/// The configuration block a council edits in the HTML page.
const INLINE_ID: &str = "naas-config";
/// Where boot.js puts the text of `naas-config.json` when the page is hosted and the file exists.
const FILE_ID: &str = "naas-config-file";

struct JsEntry(JsValue);

impl Entry for JsEntry {
    fn decode<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_wasm_bindgen::from_value(self.0.clone()).map_err(|e| e.to_string())
    }
}

/// The configuration and its problems. Settings in `naas-config.json` override the same
/// settings in the page's block.
pub fn read(policy: &Policy) -> (Config, Vec<String>) {
    let mut problems = Vec::new();
    let mut entries: Vec<(String, JsEntry)> = Vec::new();
    for (id, name) in [
        (INLINE_ID, "the configuration block in the page"),
        (FILE_ID, "naas-config.json"),
    ] {
        let Some(text) = block_text(id) else { continue };
        for (key, value) in parse(&text, name, &mut problems) {
            entries.retain(|(k, _)| *k != key);
            entries.push((key, JsEntry(value)));
        }
    }
    let (config, more) = Config::from_entries(policy, &entries);
    problems.extend(more);
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

/// The top-level entries of a JSON object, with the browser's own parser.
fn parse(text: &str, name: &str, problems: &mut Vec<String>) -> Vec<(String, JsValue)> {
    let value = match js_sys::JSON::parse(text) {
        Ok(value) => value,
        Err(e) => {
            let detail = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            problems.push(format!("{name} is not valid JSON ({detail})"));
            return Vec::new();
        }
    };
    if !value.is_object() || js_sys::Array::is_array(&value) {
        problems.push(format!(
            "{name} must be a JSON object, like {{ \"organisation\": \"Anytown Council\" }}"
        ));
        return Vec::new();
    }
    js_sys::Object::entries(value.unchecked_ref())
        .iter()
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.unchecked_into();
            Some((pair.get(0).as_string()?, pair.get(1)))
        })
        .collect()
}
