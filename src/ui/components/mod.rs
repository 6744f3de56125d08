//! The few GOV.UK pieces the app draws with Yew (the page frame, notices, the back link), and the bridge to the markup naas-pages writes.

mod layout;
mod notices;

pub use layout::{layout, FrameLinks, SERVICE_NAME};
pub use notices::problem_banner;

use yew::prelude::*;

/// Markup rendered by naas-pages, which escapes everything from outside as it writes.
pub fn raw(markup: String) -> Html {
    Html::from_html_unchecked(markup.into())
}

/// The GOV.UK back link, to the previous step's address.
pub fn back_link(href: String) -> Html {
    html! { <a href={href} class="govuk-back-link">{ "Back" }</a> }
}
