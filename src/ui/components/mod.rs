//! GOV.UK Design System pieces as plain functions of data: no hooks, so no component overhead.

mod forms;
mod layout;
mod lists;

pub use forms::{error_summary, radios, ErrorItem, RadioItem, Radios};
pub use layout::{layout, SERVICE_NAME};
pub use lists::{external_link, source_links, summary_list, SummaryRow};

use yew::prelude::*;

/// The GOV.UK back link, to the previous step's address.
pub fn back_link(href: String) -> Html {
    html! { <a href={href} class="govuk-back-link">{ "Back" }</a> }
}
