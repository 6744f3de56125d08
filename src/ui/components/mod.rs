//! The few GOV.UK pieces the app draws with Yew (the page frame, notices, the back link), and the bridge to the markup naas-pages writes.

mod layout;
mod notices;

pub use layout::{layout, FrameLinks, SERVICE_NAME};
pub use notices::problem_banner;

use naas_pages::html::{Html as Writer, Markup};
use yew::prelude::*;

/// Markup written with naas-pages, shown as it is: the one place the app turns text into HTML.
/// It takes only a finished `Markup`, which escaped everything from outside as it was written,
/// so no `String` can reach the page as HTML.
pub fn markup(markup: Markup) -> Html {
    Html::from_html_unchecked(markup.into_string().into())
}

/// The GOV.UK back link, to the previous step's address.
pub fn back_link(href: &str) -> Html {
    let mut h = Writer::new();
    h.raw("<a")
        .attr("href", href)
        .raw(" class=\"govuk-back-link\">Back</a>");
    markup(h.finish())
}

/// A page of reading matter: the back link, then `content` in GOV.UK's two-thirds column. One
/// function for every such page, so that the frame's elements are built by one piece of code.
pub fn reading_page(back: &str, content: Html) -> Html {
    html! {
        <>
            { back_link(back) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">{ content }</div>
            </div>
        </>
    }
}
