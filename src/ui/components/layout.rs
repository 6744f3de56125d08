//! The page frame: skip link, header with the service name, a notice that this is not a government service, main, the block to report a problem, and footer; embedded in a host page, no header and a plain footer line.

use naas_core::config::Config;
use naas_pages::html::{Html as Writer, Markup};
use yew::prelude::*;

use super::markup;
use crate::ui::browser;

pub const SERVICE_NAME: &str = "NAAS eligibility checker";

/// Addresses the frame links to on every page.
pub struct FrameLinks {
    /// The start page.
    pub home: String,
    pub about: String,
    pub accessibility: String,
    /// The page's own address (a refused link in the address bar is replaced by it just after).
    pub here: String,
}

/// Frames a page. `config` says which council provides this copy and whether it is embedded in
/// the council's own page, which has its own header and footer, so the checker shows neither.
/// Only the skip link (which handles its click), `main` (which holds the page) and the elements
/// around markup at the top level are Yew elements; the rest is written as markup, which costs the
/// WebAssembly less than elements do. Markup is never a direct child of the app's root: markup
/// that changes (the links carry the answers) is taken out of its parent and written anew, and
/// its parent must be one that only Yew changes.
pub fn layout(links: FrameLinks, config: &Config, content: Html) -> Html {
    // The fragment holds the page's address, so the skip link moves focus instead of navigating.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus_id("main-content");
    });
    let embedded = config.embedded == Some(true);
    let FrameLinks {
        home,
        about,
        accessibility,
        here,
    } = links;
    // A council that adopts the statement as its own may publish it on its site (statementUrl).
    let statement = Statement {
        own: config
            .accessibility
            .as_ref()
            .and_then(|s| s.statement_url.as_deref()),
        here: &accessibility,
    };
    let (before, after) = if embedded {
        (None, None)
    } else {
        (
            Some(header(config.organisation.as_deref(), &home)),
            Some(footer(&about, &statement)),
        )
    };
    let report = {
        let link = naas_pages::feedback::link(config);
        Callback::from(move |e: MouseEvent| {
            if let Some(link) = &link {
                browser::refresh_report_link(&e, |address| {
                    naas_pages::feedback::report_href(link, address)
                });
            }
        })
    };
    html! {
        <>
            <a href="#main-content" class="govuk-skip-link" onclick={skip}>{ "Skip to main content" }</a>
            if let Some(header) = before {
                <header class="app-header">{ markup(header) }</header>
            }
            <div class="govuk-width-container">
                { markup(Markup::literal(PHASE_BANNER)) }
                <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                    { content }
                </main>
            </div>
            // GOV.UK's Feedback component, before the footer: how to report a problem with this
            // very page. The link carries the page's address, read again when it is followed in
            // case the address was settled after the page was drawn.
            <div onclick={report}>{ markup(naas_pages::feedback::render(config, &browser::address_at(&here))) }</div>
            if embedded {
                <div class="govuk-width-container">{ markup(embedded_footer(&about, &statement)) }</div>
            }
            if let Some(footer) = after {
                <footer class="govuk-footer">{ markup(footer) }</footer>
            }
        </>
    }
}

const PRIVACY: &str =
    "Your answers stay on this device. This checker sends nothing to any server and sets no cookies.";

const PHASE_BANNER: &str = "<div class=\"govuk-phase-banner\"><p class=\"govuk-phase-banner__content\"><strong class=\"govuk-tag govuk-phase-banner__content__tag\">Independent</strong><span class=\"govuk-phase-banner__text\">This is not a government service. It explains published sources.</span></p></div>";

/// Within the header: the council's name, if set, and the service name linking to the start page.
fn header(organisation: Option<&str>, home: &str) -> Markup {
    let mut h = Writer::new();
    h.raw("<div class=\"govuk-width-container app-header__container\">");
    if let Some(org) = organisation {
        h.element("span", "app-header__organisation", org);
    }
    h.raw("<a")
        .attr("href", home)
        .raw(" class=\"app-header__service-name\">")
        .raw(SERVICE_NAME)
        .raw("</a></div>");
    h.finish()
}

/// Where the footer's "Accessibility statement" goes: the council's own statement on its site
/// (in a new tab, and saying so), or the checker's.
struct Statement<'a> {
    own: Option<&'a str>,
    here: &'a str,
}

impl Statement<'_> {
    fn link(&self, h: &mut Writer, class: &'static str) {
        h.raw("<a").attr("class", class);
        match self.own {
            Some(url) => h
                .attr("href", url)
                .raw(" target=\"_blank\" rel=\"noopener noreferrer\">")
                .raw(ACCESSIBILITY)
                .raw("<span class=\"app-new-tab\"> (opens in new tab)</span></a>"),
            None => h
                .attr("href", self.here)
                .raw(">")
                .raw(ACCESSIBILITY)
                .raw("</a>"),
        };
    }
}

/// Within a council's page: a plain line with the two links and the privacy note.
fn embedded_footer(about: &str, statement: &Statement) -> Markup {
    let mut h = Writer::new();
    h.raw("<footer class=\"app-embedded-footer\"><p class=\"govuk-body-s\">")
        .link(about, ABOUT)
        .raw(" ");
    statement.link(&mut h, "govuk-link");
    h.raw(". ").raw(PRIVACY).raw("</p></footer>");
    h.finish()
}

/// Within the GOV.UK footer: the two links and the privacy note.
fn footer(about: &str, statement: &Statement) -> Markup {
    let mut h = Writer::new();
    h.raw("<div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\"><div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\"><h2 class=\"govuk-visually-hidden\">About this checker</h2><ul class=\"govuk-footer__inline-list\"><li class=\"govuk-footer__inline-list-item\"><a")
        .attr("href", about)
        .raw(" class=\"govuk-footer__link\">")
        .raw(ABOUT)
        .raw("</a></li><li class=\"govuk-footer__inline-list-item\">");
    statement.link(&mut h, "govuk-footer__link");
    h.raw("</li></ul><p class=\"govuk-footer__licence-description\">")
        .raw(PRIVACY)
        .raw("</p></div></div></div>");
    h.finish()
}

const ABOUT: &str = "About this checker and its sources";
const ACCESSIBILITY: &str = "Accessibility statement";
