//! What a council adds to the pages through its settings: its contact, and its own offers of support.

use naas_core::config::Config;

use crate::html::Html;

/// The organisation's name for a sentence, or "your organisation" when the council gave none.
pub fn organisation(config: &Config) -> &str {
    config
        .organisation
        .as_deref()
        .unwrap_or("your organisation")
}

/// The council's contact (its `naasLead` setting), if it gave one.
pub fn lead(h: &mut Html, config: &Config) {
    let Some(lead) = &config.lead else { return };
    h.raw("<div class=\"govuk-inset-text\" id=\"naas-lead\"><h2 class=\"govuk-heading-s\">Who to contact at ")
        .text(organisation(config))
        .raw("</h2><ul class=\"govuk-list\">");
    if let Some(name) = &lead.name {
        h.element("li", "", name);
    }
    if let Some(email) = &lead.email {
        h.raw("<li>")
            .link(&format!("mailto:{email}"), email)
            .raw("</li>");
    }
    if let Some(phone) = &lead.phone {
        h.raw("<li>")
            .link(&naas_core::config::tel(phone), phone)
            .raw("</li>");
    }
    h.raw("</ul></div>");
}

/// The council's own offers of support (its `preparation` setting), if any. Links were checked
/// to be https, mailto or tel when the settings were read.
pub fn offers(h: &mut Html, config: &Config) {
    if config.preparation.is_empty() {
        return;
    }
    h.raw("<section id=\"local-offers\"><h2 class=\"govuk-heading-m\">Support offered by ")
        .text(organisation(config))
        .raw("</h2><ul class=\"govuk-list govuk-list--bullet\">");
    for offer in &config.preparation {
        h.raw("<li><p class=\"govuk-body\">");
        match offer.link.as_deref() {
            Some(link)
                if link
                    .get(..8)
                    .is_some_and(|s| s.eq_ignore_ascii_case("https://")) =>
            {
                h.external(link, &offer.title);
            }
            Some(link) => {
                h.link(link, &offer.title);
            }
            None => {
                h.element("strong", "", &offer.title);
            }
        }
        h.raw("</p>");
        if let Some(d) = &offer.description {
            h.element("p", "govuk-body", d);
        }
        h.raw("</li>");
    }
    h.raw("</ul></section>");
}
