//! The block before the footer of every page (GOV.UK's Feedback component): how to report a problem with the page, carrying the page's own address, which holds the answers, so whoever looks into it sees the same page.
//!
//! With the `feedback` setting, a link to the council's form (the address added as `page=`) or
//! an email to it (the address in the body). Without it, whom to tell: the council's contact, if
//! it gave one (an email carrying the address), else the organisation that gave the link.

use naas_core::config::Config;

use crate::html::{Html, Markup};
use crate::local;

/// The block for the page at `address` (the whole address, as the browser shows it). A result's
/// link says "this result".
pub fn render(config: &Config, address: &str) -> Markup {
    let what = if is_result(address) {
        "Report a problem with this result"
    } else {
        "Report a problem with this page"
    };
    let mut h = Html::new();
    h.raw("<div class=\"govuk-feedback govuk-width-container app-no-print\" id=\"feedback\"><div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\"><h2 class=\"govuk-feedback__title\">Help us improve this checker</h2><div class=\"govuk-feedback__body\"><p class=\"govuk-body\">Is something on this page wrong or unclear? ");
    match config.feedback.as_deref() {
        Some(link) if link.starts_with("mailto:") => {
            h.raw("<a class=\"govuk-link\" id=\"report-problem\" href=\"")
                .text(&report_href(link, address))
                .raw("\">")
                .text(what)
                .raw("</a>. The email includes this page's address, which holds your answers, so that whoever reads it sees the same page.");
        }
        Some(link) => {
            h.raw("<a class=\"govuk-link\" id=\"report-problem\" href=\"")
                .text(&report_href(link, address))
                .raw("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                .text(what)
                .raw("<span class=\"app-new-tab\"> (opens in new tab)</span></a>. The link takes this page's address, which holds your answers, to the form, so that whoever reads your report sees the same page.");
        }
        None => match config.lead.as_ref() {
            Some(lead) => {
                h.raw("Tell ");
                match &lead.name {
                    Some(name) => h.text(name).raw(" at "),
                    None => h.raw("your contact at "),
                };
                h.text(local::organisation(config));
                let email = lead.email.as_deref();
                if let Some(email) = email {
                    h.raw(": ")
                        .raw("<a class=\"govuk-link\" id=\"report-problem\" href=\"")
                        .text(&report_href(&mailto(email), address))
                        .raw("\">")
                        .text(what)
                        .raw(" by email</a>");
                }
                if let Some(phone) = &lead.phone {
                    if email.is_some() {
                        h.raw(", or call ");
                    } else {
                        h.raw(": call ");
                    }
                    h.text(phone);
                }
                h.raw(". Give them this page's address, which holds your answers, so that they see the same page.");
            }
            None => {
                h.raw("Tell the organisation that gave you the link to this checker, and give them this page's address, which holds your answers, so that they see the same page.");
            }
        },
    }
    h.raw("</p></div></div></div></div>");
    h.finish()
}

/// The link a report starts from, before the page's address is added: the `feedback` setting, or
/// an email to the council's contact when it gave none; `None` when there is neither.
pub fn link(config: &Config) -> Option<String> {
    match (
        &config.feedback,
        config.lead.as_ref().and_then(|l| l.email.as_deref()),
    ) {
        (Some(link), _) => Some(link.clone()),
        (None, Some(email)) => Some(mailto(email)),
        (None, None) => None,
    }
}

/// Where the report link goes for the page at `address`: a mailto with a subject (unless the
/// council gave one) and the address in the body, or the council's form with the address added
/// as `page=` (before any `#` of its own).
pub fn report_href(link: &str, address: &str) -> String {
    if link.starts_with("mailto:") {
        // A body the council set is kept, ahead of the page's address, never sent twice.
        let (mut href, theirs) = without(link, "body");
        href.push(if href.contains('?') { '&' } else { '?' });
        if !link.to_ascii_lowercase().contains("subject=") {
            href.push_str("subject=");
            encode(&mut href, "A problem with the NAAS checker");
            href.push('&');
        }
        href.push_str("body=");
        if let Some(theirs) = theirs {
            href.push_str(&theirs);
            encode(&mut href, "\n\n");
        }
        encode(&mut href, "The page: ");
        encode(&mut href, address);
        encode(&mut href, "\n\nWhat is wrong: ");
        href
    } else {
        let (page, own) = link
            .split_once('#')
            .map_or((link, None), |(p, f)| (p, Some(f)));
        // The page's address replaces any `page=` the council's link already had.
        let (mut href, _) = without(page, "page");
        href.push(if href.contains('?') { '&' } else { '?' });
        href.push_str("page=");
        encode(&mut href, address);
        if let Some(own) = own {
            href.push('#');
            href.push_str(own);
        }
        href
    }
}

/// `link` without its query parameter `name` (any case), and that parameter's value as written.
fn without(link: &str, name: &str) -> (String, Option<String>) {
    let Some((base, query)) = link.split_once('?') else {
        return (link.to_string(), None);
    };
    let mut value = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|item| {
            let (key, v) = item.split_once('=').unwrap_or((item, ""));
            let ours = key.eq_ignore_ascii_case(name);
            if ours && value.is_none() {
                value = Some(v.to_string());
            }
            !ours && !item.is_empty()
        })
        .collect();
    let mut href = base.to_string();
    if !kept.is_empty() {
        href.push('?');
        href.push_str(&kept.join("&"));
    }
    (href, value)
}

/// Whether the address is of a result page.
fn is_result(address: &str) -> bool {
    address
        .split_once('#')
        .is_some_and(|(_, fragment)| fragment.starts_with("/result"))
}

fn mailto(email: &str) -> String {
    let mut link = String::from("mailto:");
    link.push_str(email);
    link
}

/// Percent-encodes all but the characters RFC 3986 leaves unreserved, as a mailto body or a
/// query value needs.
fn encode(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}
