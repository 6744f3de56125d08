//! The page shown if the app panics: the details go to the console, and a plain GOV.UK error page replaces the app, written straight into the DOM because Yew can no longer run.
//!
//! Release builds abort on panic, so once the hook returns the WebAssembly instance is dead: no
//! event handler, timer or render of ours runs again. So the page is written in one go, with
//! plain DOM calls and no inline script or style, and its links work with no script at all:
//! each points at an address that makes the browser load the app afresh.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use crate::ui::components::SERVICE_NAME;

/// The crash page's heading.
pub const HEADING: &str = "Sorry, something went wrong";

/// The query marker that "Try again" adds (or removes) so that its address differs from the
/// current one. The app never reads the query, so the marker changes nothing but that.
pub const RETRY: &str = "retry";

/// Where the crash page's two links go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// The same answers, loaded afresh.
    pub try_again: String,
    /// The page with no answers: no fragment, loaded afresh.
    pub start_again: String,
}

/// Shows the crash page on any later panic. Must run before the app first renders: Yew sets its
/// own hook then, unless one is already set.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| show(&info.to_string())));
}

/// Logs `details` to the console as an error, replaces the app with the crash page, and moves
/// focus to its heading. Fails soft: a browser that refuses a call leaves what it can.
pub fn show(details: &str) {
    // An Error object, so that the console also shows where the panic was raised.
    web_sys::console::error_2(
        &JsValue::from_str("The NAAS checker stopped because of a fault in its code:"),
        &js_sys::Error::new(details),
    );
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let location = window.location();
    let links = links(
        &location.pathname().unwrap_or_default(),
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    );
    document.set_title(&format!("{HEADING} \u{2013} {SERVICE_NAME}"));
    if let Ok(heading) = render(&document, &links) {
        let _ = heading.focus();
    }
}

/// The links for a page at `path`, `search` (with its `?`, or empty) and `hash` (with its `#`,
/// or empty), as `window.location` gives them.
///
/// "Try again" cannot simply point at the current address: a link that differs only in its
/// fragment, or not at all, moves within the page and never reloads it, and nothing of ours is
/// left to act on the click. Adding the `retry` marker to the query (or taking it away, if an
/// earlier crash added it) makes a different address with the same fragment, so the browser
/// loads the app again with the same answers. "Start again" drops the fragment, which always
/// loads the page afresh.
pub fn links(path: &str, search: &str, hash: &str) -> Links {
    let params: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .collect();
    let retried = params.contains(&RETRY);
    let mut kept: Vec<&str> = params.into_iter().filter(|p| *p != RETRY).collect();
    let start_again = format!("{path}{}", query(&kept));
    if !retried {
        kept.push(RETRY);
    }
    Links {
        try_again: format!("{path}{}{hash}", query(&kept)),
        start_again,
    }
}

/// Writes the page into the app's element (or the body, if it has none) and returns its heading.
fn render(document: &Document, links: &Links) -> Result<HtmlElement, JsValue> {
    let root: Element = match document.get_element_by_id("app") {
        Some(root) => root,
        None => document
            .body()
            .ok_or_else(|| JsValue::from_str("no body"))?
            .into(),
    };
    root.set_text_content(None);

    let header = element(document, "header", "app-header")?;
    let bar = element(
        document,
        "div",
        "govuk-width-container app-header__container",
    )?;
    let home = link(
        document,
        "app-header__service-name",
        &links.start_again,
        SERVICE_NAME,
    )?;
    bar.append_child(&home)?;
    header.append_child(&bar)?;

    let container = element(document, "div", "govuk-width-container")?;
    let main = element(document, "main", "govuk-main-wrapper")?;
    main.set_id("main-content");
    let heading = element(document, "h1", "govuk-heading-l")?;
    heading.set_text_content(Some(HEADING));
    // Focusable from script only, so that screen readers announce it when focus moves here.
    heading.set_attribute("tabindex", "-1")?;
    main.append_child(&heading)?;
    let kept = paragraph(
        document,
        "The checker stopped because of a fault in it. Your answers are still in the page address, so you have not lost them.",
    )?;
    main.append_child(&kept)?;
    let choices = element(document, "ul", "govuk-list")?;
    for (href, text, after) in [
        (&links.try_again, "Try again", " with the same answers"),
        (
            &links.start_again,
            "Start again",
            " from the first question",
        ),
    ] {
        let item = document.create_element("li")?;
        let choice = link(document, "govuk-link", href, text)?;
        item.append_child(&choice)?;
        item.append_child(&document.create_text_node(after))?;
        choices.append_child(&item)?;
    }
    main.append_child(&choices)?;
    let details = paragraph(
        document,
        "If it happens again, the details are in your browser's developer console.",
    )?;
    main.append_child(&details)?;
    container.append_child(&main)?;

    root.append_child(&header)?;
    root.append_child(&container)?;
    heading.dyn_into::<HtmlElement>().map_err(JsValue::from)
}

fn element(document: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    element.set_class_name(class);
    Ok(element)
}

fn paragraph(document: &Document, text: &str) -> Result<Element, JsValue> {
    let paragraph = element(document, "p", "govuk-body")?;
    paragraph.set_text_content(Some(text));
    Ok(paragraph)
}

fn link(document: &Document, class: &str, href: &str, text: &str) -> Result<Element, JsValue> {
    let link = element(document, "a", class)?;
    link.set_attribute("href", href)?;
    link.set_text_content(Some(text));
    Ok(link)
}

/// "?a&b" for these parameters, or nothing when there are none.
fn query(params: &[&str]) -> String {
    if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: &str, search: &str, hash: &str, try_again: &str, start_again: &str) {
        assert_eq!(
            links(path, search, hash),
            Links {
                try_again: try_again.into(),
                start_again: start_again.into(),
            },
            "{path}{search}{hash}"
        );
    }

    #[test]
    fn try_again_keeps_the_answers_at_another_address_and_start_again_drops_them() {
        let answers = "#/q/employer?date=2019-10-05&role=frontline&registration=yes";
        check("/", "", answers, &format!("/?retry{answers}"), "/");
        // A second crash after trying again takes the marker away, so the address differs again.
        check("/", "?retry", answers, &format!("/{answers}"), "/");
        check(
            "/naas/",
            "?lang=en",
            answers,
            &format!("/naas/?lang=en&retry{answers}"),
            "/naas/?lang=en",
        );
        check(
            "/index.html",
            "?retry&x=1",
            "",
            "/index.html?x=1",
            "/index.html?x=1",
        );
        check("/", "", "", "/?retry", "/");
    }
}
