//! GOV.UK Design System pieces as plain functions of data: no hooks, so no component overhead.

mod date_input;
mod forms;
mod layout;
mod lists;

pub use date_input::{date_input, date_input_marked, error_item, marked, read_date, Marked, Typed};
pub use forms::{
    checkboxes, error_summary, problem_banner, radios, Checkboxes, ErrorItem, RadioItem, Radios,
};
pub use layout::{layout, FrameLinks, SERVICE_NAME};
pub use lists::{source_links, summary_list, SummaryRow};

use yew::prelude::*;

/// Markup rendered by naas-pages, which escapes everything from outside as it writes.
pub fn raw(markup: String) -> Html {
    Html::from_html_unchecked(markup.into())
}

/// The GOV.UK back link, to the previous step's address.
pub fn back_link(href: String) -> Html {
    html! { <a href={href} class="govuk-back-link">{ "Back" }</a> }
}
