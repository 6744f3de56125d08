//! The few browser calls the app makes: the clock, the address fragment, the title, focus, printing and local storage.
//!
//! Everything here fails soft: a browser that refuses a call leaves the page as it was rather
//! than stopping the app.

use std::cell::Cell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, MouseEvent};

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

/// The page's whole address, as the browser shows it; empty outside a browser (the start page
/// rendered at build time).
pub fn address() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's whole address with `fragment` in place of the one the browser shows now.
pub fn address_at(fragment: &str) -> String {
    let whole = address();
    let page = whole.split('#').next().unwrap_or_default();
    if page.is_empty() {
        String::new()
    } else {
        format!("{page}{fragment}")
    }
}

/// When the report link (`#report-problem`) is followed, points it at the page's address as it
/// is now (`href` makes the link from the address) before the browser follows it.
pub fn refresh_report_link(event: &web_sys::MouseEvent, href: impl Fn(&str) -> String) {
    let link = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("#report-problem").ok().flatten());
    if let Some(link) = link {
        let _ = link.set_attribute("href", &href(&address()));
    }
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
        // The page's top, not the heading's: the Back link, the caption and any notice above
        // the heading stay in view (and, embedded, the host page shows the frame's top).
        if !first {
            if let Some(top) = document().and_then(|d| d.document_element()) {
                top.scroll_into_view();
            }
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
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

/// Calls `f` with the key changed whenever another tab or window of this site changes its local
/// storage (the browser does not tell the tab that made the change). The key is none when all
/// of it was cleared. The new value is not passed on: by the time it is heard of, another change
/// may have followed, so the caller reads what storage holds now.
pub fn on_storage_change(f: impl Fn(Option<String>) + 'static) -> Option<EventListener> {
    let w = window()?;
    Some(EventListener::new(&w, "storage", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // Changes to session storage are reported too, and mean nothing here.
        if e.storage_area().is_some() && e.storage_area() == local_storage() {
            f(e.key());
        }
    }))
}

/// The device's storage, as the saved answers' effect uses it.
pub struct Storage(pub &'static str);

impl naas_core::saved::Device for Storage {
    fn get(&self) -> Option<String> {
        storage_get(self.0)
    }
    fn set(&mut self, text: &str) -> bool {
        storage_set(self.0, text)
    }
    fn remove(&mut self) {
        storage_remove(self.0)
    }
}

/// What a click on the saved answers' links means (`data-saved-action` on the link or around
/// the element clicked): "continue" or "start-again".
pub fn saved_action(event: &MouseEvent) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-saved-action]")
        .ok()??
        .get_attribute("data-saved-action")
}

/// Runs `f` once the page has rendered what the current event changed.
pub fn after_render(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

/// The time now, in milliseconds since the page opened: what the saved answers' rules measure
/// a moment with. Monotonic, so a change to the device's clock never makes a moment last.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// What a form holds when it is submitted: the radio chosen for `name`, the boxes ticked for
/// `name`, and the day, month and year typed into the date input `date`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Submitted {
    pub chosen: Option<String>,
    pub ticked: Vec<String>,
    pub typed: [String; 3],
}

/// Reads a form's answers from the page, from the element an event came from inside it.
pub fn submitted(event: &web_sys::Event, name: &str, date: &str) -> Submitted {
    let Some(form) = event_element(event).and_then(|e| e.closest("form").ok().flatten()) else {
        return Submitted::default();
    };
    let inputs = |selector: String| -> Vec<HtmlInputElement> {
        let Ok(list) = form.query_selector_all(&selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<HtmlInputElement>().ok())
            .collect()
    };
    let checked = format!("input[name=\"{name}\"]:checked");
    let chosen: Vec<String> = inputs(checked).iter().map(|i| i.value()).collect();
    let typed = ["day", "month", "year"].map(|part| {
        document()
            .and_then(|d| d.get_element_by_id(&format!("{date}-{part}")))
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default()
    });
    Submitted {
        chosen: chosen.first().cloned(),
        ticked: chosen,
        typed,
    }
}

/// After a radio or checkbox changes: shows or hides what the radio reveals (`data-reveal`,
/// `data-conceal`), and keeps an exclusive box ("None of these", `data-exclusive`) and the others
/// from being ticked together, as GOV.UK's own scripts do.
pub fn changed(event: &web_sys::Event) {
    let Some(input) = event_element(event).and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let by_id = |id: String| document().and_then(|d| d.get_element_by_id(&id));
    // The status beside what is revealed says it has appeared (and nothing once hidden).
    let say = |target: &str, shown: bool| {
        if let Some(status) = by_id(format!("{target}-status")) {
            let text = shown.then(|| status.get_attribute("data-shown")).flatten();
            status.set_text_content(text.as_deref());
        }
    };
    if let Some(id) = input.get_attribute("data-reveal") {
        if let Some(target) = by_id(id.clone()) {
            if target.has_attribute("hidden") {
                let _ = target.remove_attribute("hidden");
                say(&id, true);
            }
        }
    }
    if let Some(id) = input.get_attribute("data-conceal") {
        if let Some(target) = by_id(id.clone()) {
            let _ = target.set_attribute("hidden", "");
            say(&id, false);
        }
    }
    if input.type_() != "checkbox" || !input.checked() {
        return;
    }
    let exclusive = input.has_attribute("data-exclusive");
    let Some(form) = input.closest("form").ok().flatten() else {
        return;
    };
    let others = format!("input[type=checkbox][name=\"{}\"]", input.name());
    if let Ok(list) = form.query_selector_all(&others) {
        for other in (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<HtmlInputElement>().ok())
        {
            // Ticking "None of these" unticks the others; ticking another unticks it.
            if other != input && (exclusive || other.has_attribute("data-exclusive")) {
                other.set_checked(false);
            }
        }
    }
}

/// As the user types in a list's filter box (`data-filter-for`): hides the grouped radios whose
/// name does not contain the text, and each group's heading while none of its radios shows.
/// Radios outside the groups, and the one chosen, always show.
pub fn filtered(event: &web_sys::Event) {
    let Some(input) = event_element(event).and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    if !input.has_attribute("data-filter-for") {
        return;
    }
    let query = input.value().trim().to_ascii_lowercase();
    let Some(list) = input
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|f| f.query_selector(".govuk-radios").ok().flatten())
    else {
        return;
    };
    let children = list.children();
    let mut heading: Option<web_sys::Element> = None;
    let mut any = false;
    let mut shown = 0usize;
    let close = |heading: &Option<web_sys::Element>, any: bool| {
        if let Some(h) = heading {
            let _ = if any {
                h.remove_attribute("hidden")
            } else {
                h.set_attribute("hidden", "")
            };
        }
    };
    let has_class =
        |e: &web_sys::Element, class: &str| e.class_name().split(' ').any(|c| c == class);
    for child in (0..children.length()).filter_map(|i| children.item(i)) {
        let group = has_class(&child, "app-radios__group");
        if group || has_class(&child, "govuk-radios__divider") {
            close(&heading, any);
            heading = group.then_some(child);
            any = false;
            continue;
        }
        let Some(name) = child.get_attribute("data-name") else {
            continue;
        };
        let chosen = child
            .query_selector("input:checked")
            .ok()
            .flatten()
            .is_some();
        let show = query.is_empty() || chosen || name.contains(&query);
        let _ = if show {
            child.remove_attribute("hidden")
        } else {
            child.set_attribute("hidden", "")
        };
        any |= show;
        shown += usize::from(show);
    }
    close(&heading, any);
    // Say how many names match, for everyone: the status is read out by screen readers.
    let status = input
        .parent_element()
        .and_then(|p| p.query_selector(".app-filter__status").ok().flatten());
    if let Some(status) = status {
        let text = match shown {
            _ if query.is_empty() => String::new(),
            0 => "No names match. Delete some letters to see more.".to_string(),
            1 => "1 name matches.".to_string(),
            n => format!("{n} names match."),
        };
        status.set_text_content(Some(&text));
    }
}

/// Enter in a filter box narrows the list and stays on the page: it never sends the form.
pub fn filter_key(event: &web_sys::KeyboardEvent) {
    let in_filter = event_element(event).is_some_and(|e| e.has_attribute("data-filter-for"));
    if in_filter && event.key() == "Enter" {
        event.prevent_default();
    }
}

/// A click on an error summary's link (`data-focus`): focus moves to the field it names, without
/// changing the address, which holds the page.
pub fn followed_error_link(event: &web_sys::MouseEvent) {
    let link = event_element(event).and_then(|e| e.closest("a[data-focus]").ok().flatten());
    if let Some(id) = link.and_then(|l| l.get_attribute("data-focus")) {
        event.prevent_default();
        focus_id(&id);
    }
}

fn event_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}
