//! The GOV.UK notification banner that lists problems (with the link followed, or a council's settings).

use naas_core::text::at_most;
use naas_pages::html::Html as Writer;
use yew::prelude::*;

use super::markup;

/// How many different problems a banner lists before "and N more".
const MAX_LISTED: usize = 5;

/// A GOV.UK notification banner listing problems: a title, a heading, the problems (each
/// different one once, at most a handful) and a closing line. Written as markup, with every
/// text escaped: it has nothing to click, and markup costs the WebAssembly less than elements.
pub fn problem_banner(
    id: &str,
    title: &str,
    heading: &str,
    problems: &[String],
    closing: &str,
) -> Html {
    let title_id = format!("{id}-title");
    let mut h = Writer::new();
    h.raw("<section class=\"govuk-notification-banner\"")
        .attr("aria-labelledby", &title_id)
        .attr("id", id)
        .raw("><div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\"")
        .attr("id", &title_id)
        .raw(">")
        .text(title)
        .raw("</h2></div><div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">")
        .text(heading)
        .raw("</p><ul class=\"govuk-list govuk-list--bullet\">");
    for problem in at_most(problems, MAX_LISTED) {
        h.raw("<li>").text(&problem).raw("</li>");
    }
    h.raw("</ul><p class=\"govuk-body\">")
        .text(closing)
        .raw("</p></div></section>");
    markup(h.finish())
}
