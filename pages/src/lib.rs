//! The checker's content pages as HTML, rendered from the core's view model: shown by the app, prerendered at build time, and written into the files a user keeps.
//!
//! The app's forms stay Yew components; the pages that are mostly reading matter (the result,
//! the action plan) are text rendered here, so that one piece of code makes what the screen
//! shows, what prints and what a user downloads. Like the core, this crate depends on no web
//! crate, and it is tested natively. Everything from outside is escaped ([`html::Html`]).

pub mod about;
pub mod cite;
pub mod document;
pub mod feedback;
pub mod forms;
pub mod html;
pub mod local;
pub mod plan;
pub mod result;
pub mod start;
pub mod statement;
pub mod timeline;

use naas_core::journey::view::{Row, View};
use naas_core::policy::{Policy, SourceId};

use crate::html::{Html, Markup};

/// The GOV.UK summary list, with "Change" links where rows have them.
pub fn summary_list(h: &mut Html, rows: &[Row]) {
    let actions = rows.iter().any(|r| r.change.is_some());
    h.raw("<dl class=\"govuk-summary-list\">");
    for row in rows {
        h.raw("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">")
            .text(&row.key)
            .raw("</dt><dd class=\"govuk-summary-list__value\">")
            .text(&row.value)
            .raw("</dd>");
        if actions {
            h.raw("<dd class=\"govuk-summary-list__actions app-no-print\">");
            if let Some(href) = &row.change {
                h.raw("<a class=\"govuk-link\" href=\"")
                    .text(href)
                    .raw("\">Change<span class=\"govuk-visually-hidden\"> ")
                    .text(&naas_core::text::uncapitalise(&row.key))
                    .raw("</span></a>");
            }
            h.raw("</dd>");
        }
        h.raw("</div>");
    }
    h.raw("</dl>");
}

/// "Sources: title; title" in small text, each title linking to its source (for a note that
/// stands on its own, where a numbered list of sources would be too much).
pub fn sources_line(h: &mut Html, policy: &Policy, sources: &[SourceId]) {
    if sources.is_empty() {
        return;
    }
    h.raw("<p class=\"govuk-body-s app-sources\">");
    if sources.len() == 1 {
        h.raw("Source: ");
    } else {
        h.raw("Sources: ");
    }
    for (i, id) in sources.iter().enumerate() {
        if i > 0 {
            h.raw("; ");
        }
        let s = policy.source(*id);
        h.external(&s.url, &s.title);
    }
    h.raw("</p>");
}

/// A note in an inset: a sourced text, its sources linked under it.
pub fn sourced_note(id: &str, text: &str, policy: &Policy, sources: &[SourceId]) -> Markup {
    let mut h = Html::new();
    h.raw("<div class=\"govuk-inset-text\"")
        .attr("id", id)
        .raw("><p class=\"govuk-body\">");
    h.text(text).raw("</p>");
    sources_line(&mut h, policy, sources);
    h.raw("</div>");
    h.finish()
}

/// The line that makes a page a record (`id="record"`): the day it was made, the date whose rules
/// it applies, and the versions of the checker and of its rules, with the day the rules were last
/// checked against their sources, so that a printed or kept copy is never read as today's.
pub fn record(h: &mut Html, view: &View, class: &str) {
    let meta = &view.policy.meta;
    h.start("p")
        .attr("class", class)
        .raw(" id=\"record\">Made on ")
        .text(&view.today.long())
        .raw(" with the NAAS checker ")
        .text(env!("CARGO_PKG_VERSION"))
        .raw(", applying the rules for ")
        .text(&view.date_label)
        .raw(" (rules version ")
        .text(&meta.version)
        .raw(", last checked against their sources on ")
        .text(&meta.checked.long())
        .raw(").</p>");
}
