//! Browser unit tests, run by wasm-bindgen-test in headless Chromium: the app mounted for real, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use naas_checker::ui::{test_state, App, AppProps};
use naas_core::date::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Yew's scheduler render and effects run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts a fresh app at this address, as if the page had just loaded there.
async fn open(fragment: &str) -> Element {
    let location = web_sys::window().unwrap().location();
    location.set_hash(fragment).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Rc::new(test_state(Date::parse("2026-11-22").unwrap(), fragment)),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

fn find(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector)
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn continuing_with_nothing_chosen_shows_the_error_summary_and_focuses_it() {
    let root = open("#/q/role?date=2019-10-05").await;
    assert_eq!(text(&root, "h1"), "What was your role on 5 October 2019?");
    find(&root, "button[type=submit]").unwrap().click();
    settle().await;
    assert!(
        document().title().starts_with("Error: What was your role"),
        "{}",
        document().title()
    );
    let summary = find(&root, ".govuk-error-summary").expect("an error summary");
    assert!(summary.text_content().unwrap().contains("Select your role"));
    let active = document().active_element().unwrap();
    assert!(
        active.is_same_node(Some(&summary)),
        "focus is on {:?}",
        active.class_name()
    );
    assert!(
        find(&root, "#role-error").is_some(),
        "the error message sits by the radios"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn answering_moves_on_and_puts_the_answer_in_the_address() {
    let root = open("#/q/role?date=2019-10-05").await;
    let frontline: HtmlInputElement = find(&root, "input[value=frontline]")
        .unwrap()
        .unchecked_into();
    frontline.click();
    settle().await;
    find(&root, "button[type=submit]").unwrap().click();
    settle().await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#/q/registration?date=2019-10-05&role=frontline");
    assert_eq!(
        text(&root, "h1"),
        "On 5 October 2019, were you registered as a social worker with the Health and Care Professions Council (HCPC)?"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_mangled_link_shows_a_clear_message_and_the_start_page() {
    let root = open("#/q/role?date=2019-02-30&role=wizard").await;
    assert_eq!(
        text(&root, "h1"),
        "Check if you could take the NAAS assessment"
    );
    let banner = text(&root, ".govuk-notification-banner");
    assert!(banner.contains("We could not read the link"), "{banner}");
    assert!(banner.contains("2019-02-30"), "{banner}");
    assert!(banner.contains("wizard"), "{banner}");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_start_page_states_the_status_for_today_with_sources() {
    let root = open("#/").await;
    let status = text(&root, "#status");
    assert!(status.contains("Today:"), "{status}");
    assert!(status.contains("closed"), "{status}");
    assert!(
        find(&root, "#status .app-cite").is_some()
            && find(&root, "#sources + ol a[href^='https://']").is_some(),
        "the status cites a source, listed at the end"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_crash_page_replaces_the_app_offers_both_ways_back_and_takes_focus() {
    // The page a panic leaves: an app element with the app in it, as `ui::start` makes.
    let root = open("#/q/role?date=2019-10-05").await;
    root.set_id("app");
    naas_checker::ui::crash::show("a test of the crash page");

    assert_eq!(text(&root, "h1"), "Sorry, something went wrong");
    assert!(
        find(&root, ".govuk-radios").is_none(),
        "the app's page is gone"
    );
    assert!(
        text(&root, "main").contains("Your answers are still in the page address"),
        "{}",
        text(&root, "main")
    );
    let location = web_sys::window().unwrap().location();
    let (path, search) = (location.pathname().unwrap(), location.search().unwrap());
    let href = |label: &str| {
        let links = root.query_selector_all("main a").unwrap();
        (0..links.length())
            .filter_map(|i| links.item(i))
            .find(|a| a.text_content().as_deref() == Some(label))
            .and_then(|a| a.dyn_into::<Element>().ok())
            .and_then(|a| a.get_attribute("href"))
            .unwrap_or_else(|| panic!("no link {label:?}"))
    };
    assert_eq!(search, "", "the test runner's page has no query");
    // Start again: the page without the fragment, so the browser loads it afresh.
    assert_eq!(href("Start again"), path);
    // Try again: the same fragment at another address (a marker in the query), so that the
    // browser loads the page again instead of only moving within it.
    assert_eq!(
        href("Try again"),
        format!("{path}?retry#/q/role?date=2019-10-05")
    );
    let active = document().active_element().unwrap();
    assert_eq!(active.tag_name(), "H1", "focus is on the heading");
    assert!(document()
        .title()
        .starts_with("Sorry, something went wrong"));
    assert!(
        root.query_selector_all("[style], script").unwrap().length() == 0,
        "no inline style or script, for a strict Content-Security-Policy"
    );
    root.remove();
}
