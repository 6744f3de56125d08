//! The few browser calls the app makes: the clock, the address fragment, the title, focus, printing and local storage.
//!
//! Everything here fails soft: a browser that refuses a call leaves the page as it was rather
//! than stopping the app.

use std::cell::Cell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use naas_core::date::Date;

thread_local! {
    /// Whether a page has been shown yet. Focus moves only on later pages, so that the first
    /// page loads as any web page does.
    static SHOWN_A_PAGE: Cell<bool> = const { Cell::new(false) };
}

/// Today's date from the browser's clock, in the user's own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year(), now.get_month() + 1, now.get_date()).unwrap_or(Date::EPOCH)
}

/// The current fragment, with its leading `#`, or an empty string.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to a fragment as a new history entry (so the back button returns here).
pub fn go(fragment: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// Replaces the current history entry's fragment without adding an entry or firing `hashchange`.
pub fn replace(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Calls `f` with the new fragment whenever it changes (back, forward, links, typing).
pub fn on_fragment_change(f: impl Fn(String) + 'static) -> Option<EventListener> {
    let w = window()?;
    Some(EventListener::new(&w, "hashchange", move |_| f(fragment())))
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves focus to the first element matching `selector`, as GOV.UK pages do after each step.
/// Skipped on the first page shown, unless `always` is set (an error summary always takes focus).
pub fn focus(selector: &str, always: bool) {
    let first = !SHOWN_A_PAGE.with(|s| s.replace(true));
    if first && !always {
        return;
    }
    if let Some(el) = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
        if !first {
            el.scroll_into_view();
        }
    }
}

/// Opens the details section `details` and moves focus to its link whose address starts with
/// `href` (up to its query), so that after a change the user is back where they were.
pub fn reveal_link(details: &str, href: &str) {
    let Some(doc) = document() else { return };
    if let Some(section) = doc.get_element_by_id(details) {
        let _ = section.set_attribute("open", "");
    }
    let path = href.split('?').next().unwrap_or(href);
    let selector = format!("#{details} a[href^=\"{path}?\"]");
    match doc
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        Some(link) => {
            SHOWN_A_PAGE.with(|s| s.set(true));
            let _ = link.focus();
            link.scroll_into_view();
        }
        None => focus("main h1", false),
    }
}

/// Focuses the form control with this id (for links in an error summary).
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// The element the app renders into. When the build wrote the start page into the HTML
/// (`data-prerendered`), a new hidden element beside it, which [`take_over`] shows in its place
/// once the app has rendered, so the page never goes blank; otherwise `#app` emptied of its
/// "starting" message; the body if neither is there.
pub fn app_root() -> web_sys::Element {
    let doc = document().expect("a page has a document");
    match doc.get_element_by_id("app") {
        Some(page) if page.has_attribute("data-prerendered") => match doc.create_element("div") {
            Ok(live) => {
                let _ = live.set_attribute("hidden", "");
                let _ = page.after_with_node_1(&live);
                live
            }
            Err(_) => page,
        },
        Some(root) => {
            root.set_inner_html("");
            root
        }
        None => doc.body().expect("a page has a body").into(),
    }
}

/// Puts the rendered app in place of the page the build wrote into the HTML, in one step, so
/// the screen changes only where the two differ. Does nothing when there was no such page.
pub fn take_over() {
    let Some(doc) = document() else { return };
    if let Some(page) = doc.get_element_by_id("app") {
        if let Some(live) = page.next_element_sibling() {
            if page.has_attribute("data-prerendered") && live.has_attribute("hidden") {
                page.remove();
                let _ = live.remove_attribute("hidden");
                live.set_id("app");
            }
        }
    }
}

/// Saves `text` as a file on the user's device, made in the browser (nothing is uploaded).
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(doc) = document() else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(filename);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&link);
            link.click();
            let _ = body.remove_child(&link);
        }
    }
    // Let the download start before the address is released.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Reads a value kept on this device, if storage is allowed.
pub fn storage_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Keeps a value on this device. Returns false if the browser refuses (storage off or full).
pub fn storage_set(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn storage_remove(key: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key);
    }
}

/// Calls `f` with the key and new value whenever another tab or window of this site changes its
/// local storage (the browser does not tell the tab that made the change). The key is none when
/// all of it was cleared, and the value none when the key was removed.
pub fn on_storage_change(
    f: impl Fn(Option<String>, Option<String>) + 'static,
) -> Option<EventListener> {
    let w = window()?;
    Some(EventListener::new(&w, "storage", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // Changes to session storage are reported too, and mean nothing here.
        if e.storage_area().is_some() && e.storage_area() == local_storage() {
            f(e.key(), e.new_value());
        }
    }))
}

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}
