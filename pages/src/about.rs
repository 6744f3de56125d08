//! The About page's content: NAAS and the standards over time, how the checker works, when its rules were last checked, privacy, accessibility, every source, and the version.

use naas_core::journey::view::View;

use crate::html::{Html, Markup};

pub const HEADING: &str = "About NAAS and this checker";

/// `accessibility` is the address of the accessibility statement: the checker's own page, or the
/// council's (https) when it publishes its own. `offline` is the offline file beside the page, to
/// download, when the page is served from a website (not when it is that file, opened from disk).
pub fn render(view: &View, accessibility: &str, offline: Option<&str>) -> Markup {
    let policy = view.policy;
    let mut h = Html::new();
    h.raw("<h1 class=\"govuk-heading-l\" tabindex=\"-1\">")
        .raw(HEADING)
        .raw("</h1>");
    h.raw("<h2 class=\"govuk-heading-m\">NAAS and the standards over time</h2><dl class=\"govuk-summary-list app-timeline\">");
    for status in policy.statuses.iter() {
        let current = status.span.contains(view.today);
        h.raw("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">")
            .text(&status.span.period());
        if current {
            h.raw(" <strong class=\"govuk-tag\">Now</strong>");
        }
        h.raw("</dt><dd class=\"govuk-summary-list__value\"><p class=\"govuk-body\">")
            .text(&status.value.text)
            .raw("</p>");
        crate::sources_line(&mut h, policy, &status.sources);
        h.raw("</dd></div>");
    }
    h.raw("</dl>");
    crate::timeline::render(&mut h, view, None);
    h.raw("<h2 class=\"govuk-heading-m\">How this checker works</h2>");
    h.raw("<p class=\"govuk-body\">The questions, dates, councils, rules and outcomes are data, kept apart from the program. The checker tries the rules in order and the first one that fits your answers decides the result. Every result lists the rules that decided it, each with its sources.</p>");
    h.raw("<p class=\"govuk-body\">Where the sources are silent or disagree, the checker says that it is unclear and who to ask, rather than guessing. The list of councils is incomplete because the full list of NAAS sites was not published in the sources we found.</p>");
    h.raw("<p class=\"govuk-body\" id=\"rules-checked\">The rules were last checked against their sources on ")
        .text(&policy.meta.checked.long())
        .raw(". Rules version ")
        .text(&policy.meta.version)
        .raw(".</p>");
    h.raw("<h2 class=\"govuk-heading-m\">Your privacy</h2><p class=\"govuk-body\">The checker runs entirely in your browser. Your answers are kept in the page address after the # sign, which browsers never send to a server. The checker sets no cookies, has no analytics and loads nothing from other websites.</p>");
    h.raw("<h2 class=\"govuk-heading-m\">Accessibility</h2><p class=\"govuk-body\">The checker follows the GOV.UK Design System and aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. ");
    // The council's own statement on its site opens in a new tab, as other sites' pages do.
    if accessibility.starts_with("https://") {
        h.external(accessibility, "Read the accessibility statement");
    } else {
        h.link(accessibility, "Read the accessibility statement");
    }
    h.raw(".</p>");
    h.raw("<h2 class=\"govuk-heading-m\" id=\"sources\">Sources</h2><ul class=\"govuk-list app-source-list\">");
    for s in policy.sources.iter() {
        h.raw("<li>")
            .external(&s.url, &s.title)
            .raw(", ")
            .text(&s.publisher)
            .raw(", ")
            .text(&s.date)
            .raw("</li>");
    }
    h.raw("</ul>");
    if let Some(file) = offline {
        h.raw("<h2 class=\"govuk-heading-m\">An offline copy</h2><p class=\"govuk-body\">The whole checker in one file, to keep on a computer and open from there, with no network. Your answers stay in it, as they do here. ")
            .start("a")
            .attr("class", "govuk-link")
            .attr("id", "offline-copy")
            .attr("href", file)
            .attr("download", file)
            .raw(">Download the offline copy</a>, then open the downloaded file in a browser.</p>");
    }
    h.raw("<h2 class=\"govuk-heading-m\">Version</h2><p class=\"govuk-body\" id=\"version\">NAAS checker ")
        .text(env!("CARGO_PKG_VERSION"))
        .raw("</p>");
    h.finish()
}
