//! The accessibility statement, in the structure the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 require, with the contact a council gives in its settings.

use naas_core::config::{Compliance, Config};
use naas_core::journey::view::View;

use crate::html::{Html, Markup};
use crate::local;

pub const HEADING: &str = "Accessibility statement";

/// When this statement was first prepared and last reviewed, unless a council's settings say
/// otherwise for its own copy.
pub const PREPARED: &str = "1 December 2026";
pub const REVIEWED: &str = "1 December 2026";
/// The day this version passed the tests the statement lists (`scripts/test`): moved on with each
/// release (CHANGELOG.md).
pub const TESTED: &str = "8 December 2026";

pub fn render(view: &View, config: &Config) -> Markup {
    let org = config.organisation.as_deref();
    let mut h = Html::new();
    h.raw("<h1 class=\"govuk-heading-l\" tabindex=\"-1\">")
        .raw(HEADING)
        .raw(" for the NAAS eligibility checker</h1>");
    h.raw("<p class=\"govuk-body\">This statement applies to this copy of the NAAS eligibility checker");
    if let Some(org) = org {
        h.raw(", published by ").text(org);
    }
    h.raw(". We want as many people as possible to be able to use it. It is designed so that you can:</p>");
    h.raw("<ul class=\"govuk-list govuk-list--bullet\"><li>change colours, contrast levels and fonts using your browser or device settings</li><li>zoom in up to 400% without the text spilling off the screen</li><li>get from the start of the checker to a result and an action plan using just a keyboard</li><li>use it with your device's reduced motion and high contrast settings</li><li>use it with a screen reader: its pages are checked for headings, labels and landmarks, but not yet with people who use screen readers</li></ul>");
    let adopted = config.accessibility.as_ref();
    let compliance = adopted.and_then(|s| s.compliance);
    h.raw("<h2 class=\"govuk-heading-m\">How accessible this checker is</h2>");
    match compliance {
        Some(Compliance::Partial | Compliance::None) => {
            h.raw("<p class=\"govuk-body\">We know some parts of this checker are not fully accessible: they are listed under Non-accessible content, below. The sources it links to are on other websites, which we do not control; some need a subscription.</p>");
        }
        Some(Compliance::Full) => {
            h.raw("<p class=\"govuk-body\">We know of no part of this checker that is not accessible. The sources it links to are on other websites, which we do not control; some need a subscription.</p>");
        }
        None => {
            h.raw("<p class=\"govuk-body\">Our testing (below) has found no part of the checker that is not accessible, but that testing is automated and scripted. The sources it links to are on other websites, which we do not control; some need a subscription.</p>");
        }
    }

    h.raw("<h2 class=\"govuk-heading-m\" id=\"contact\">Feedback and contact information</h2>");
    let contact = contact_of(config);
    match &contact {
        Some(c) => {
            h.raw("<p class=\"govuk-body\">If you need the information in the checker in a different format, such as large print or easy read, or you find a problem with its accessibility, contact ")
                .text(local::organisation(config))
                .raw(":</p><ul class=\"govuk-list\">");
            for (href, text) in c {
                h.raw("<li>");
                if href.starts_with("https://") {
                    h.external(href, text);
                } else {
                    h.link(href, text);
                }
                h.raw("</li>");
            }
            h.raw("</ul>");
        }
        None => {
            h.raw("<p class=\"govuk-body\">If you need the information in the checker in a different format, such as large print or easy read, or you find a problem with its accessibility, tell the organisation that gave you the link to this checker. Whoever publishes a copy can add their own contact details to this statement.</p>");
        }
    }
    if let Some(days) = adopted.and_then(|s| s.response_days) {
        h.raw("<p class=\"govuk-body\" id=\"response-time\">We will consider your request and get back to you in ")
            .number(days as usize);
        if days == 1 {
            h.raw(" working day.</p>");
        } else {
            h.raw(" working days.</p>");
        }
    }
    h.raw("<h2 class=\"govuk-heading-m\">Enforcement procedure</h2><p class=\"govuk-body\">The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the accessibility regulations). If you are not happy with how your complaint is handled, ")
        .external(
            "https://www.equalityadvisoryservice.com/",
            "contact the Equality Advisory and Support Service (EASS)",
        )
        .raw(".</p>");
    h.raw("<h2 class=\"govuk-heading-m\">Technical information about this checker's accessibility</h2><p class=\"govuk-body\">");
    h.text(org.unwrap_or("Whoever publishes this copy"))
        .raw(" is committed to making the checker accessible, in accordance with ")
        .external(
            "https://www.legislation.gov.uk/uksi/2018/952/contents/made",
            "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018",
        )
        .raw(".</p>");
    h.raw("<h3 class=\"govuk-heading-s\">Compliance status</h3><p class=\"govuk-body\" id=\"compliance\">");
    match compliance {
        Some(Compliance::Full) => h.raw("This checker is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard."),
        Some(Compliance::Partial) => h.raw("This checker is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below."),
        Some(Compliance::None) => h.raw("This checker is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below."),
        None => h.raw("This checker is designed to meet the Web Content Accessibility Guidelines version 2.2 AA standard, and our automated and scripted testing (below) finds no failures. It has not yet been audited by an accessibility specialist or tested with people who use assistive technologies, so we do not claim that it is fully compliant."),
    };
    h.raw("</p>");
    if let Some(statement) = adopted.filter(|s| !s.not_accessible.is_empty()) {
        h.raw("<h3 class=\"govuk-heading-s\">Non-accessible content</h3><p class=\"govuk-body\">The content listed below is not accessible, for the following reasons.</p><ul class=\"govuk-list govuk-list--bullet\" id=\"non-accessible\">");
        for item in &statement.not_accessible {
            h.element("li", "", item);
        }
        h.raw("</ul>");
    }
    h.raw("<h3 class=\"govuk-heading-s\">Content that is not within the scope of the accessibility regulations</h3><p class=\"govuk-body\">The websites of the sources the checker links to are published by others.</p>");
    h.raw("<h2 class=\"govuk-heading-m\">How we tested this checker</h2><p class=\"govuk-body\">Every change to the checker is tested before it is published, in a real browser (Chromium):</p><ul class=\"govuk-list govuk-list--bullet\"><li>every kind of page is checked with axe against WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its HTML is validated</li><li>a whole journey, from the start to a result and an action plan, is made with a keyboard alone</li><li>every kind of page is checked for sideways scrolling at 320 pixels wide and at 200% zoom</li><li>pages are checked with reduced motion and forced colours</li></ul><p class=\"govuk-body\" id=\"project-tested\">We have not tested the checker with people who use assistive technologies, or with every screen reader. Version ")
        .text(env!("CARGO_PKG_VERSION"))
        .raw(" passed all of these tests on ")
        .raw(TESTED)
        .raw(".</p>");
    if let Some(statement) =
        adopted.filter(|s| s.tested.is_some() || s.tested_how.is_some() || s.tested_by.is_some())
    {
        h.raw("<p class=\"govuk-body\" id=\"council-tested\">");
        match statement.tested {
            Some(day) => h.raw("This copy was last tested on ").text(&day.long()),
            None => h.raw("This copy was tested"),
        };
        if let Some(by) = &statement.tested_by {
            // "…on 3 March 2026, by our team"; with no date, "…tested by our team".
            if statement.tested.is_some() {
                h.raw(",");
            }
            h.raw(" by ").text(by);
        }
        h.raw(".");
        if let Some(how) = &statement.tested_how {
            h.raw(" ").text(how);
        }
        h.raw("</p>");
    }
    h.raw("<h2 class=\"govuk-heading-m\">Preparation of this accessibility statement</h2><p class=\"govuk-body\" id=\"statement-dates\">This statement was prepared on ")
        .text(&prepared(config))
        .raw(". It was last reviewed on ")
        .text(&reviewed(config))
        .raw(".</p>");
    let _ = view;
    h.finish()
}

/// The council's contact for accessibility, as (address, text) pairs: its `accessibility`
/// setting, or else the contact it gave for questions about the checker.
fn contact_of(config: &Config) -> Option<Vec<(String, String)>> {
    let mut out = Vec::new();
    let (email, phone) = match (&config.accessibility, &config.lead) {
        (Some(s), _) if s.email.is_some() || s.phone.is_some() || s.url.is_some() => {
            (s.email.as_ref(), s.phone.as_ref())
        }
        (_, Some(lead)) => (lead.email.as_ref(), lead.phone.as_ref()),
        _ => (None, None),
    };
    if let Some(url) = config.accessibility.as_ref().and_then(|s| s.url.as_ref()) {
        out.push((url.clone(), "Accessibility requests page".to_string()));
    }
    if let Some(email) = email {
        out.push((format!("mailto:{email}"), email.clone()));
    }
    if let Some(phone) = phone {
        out.push((naas_core::config::tel(phone), phone.clone()));
    }
    (!out.is_empty()).then_some(out)
}

fn prepared(config: &Config) -> String {
    config
        .accessibility
        .as_ref()
        .and_then(|s| s.prepared)
        .map_or_else(|| PREPARED.to_string(), |d| d.long())
}

fn reviewed(config: &Config) -> String {
    config
        .accessibility
        .as_ref()
        .and_then(|s| s.reviewed.or(s.prepared))
        .map_or_else(|| REVIEWED.to_string(), |d| d.long())
}
