//! The About page and the accessibility statement: their content rendered by naas-pages, after any notice about the council's settings.

use naas_pages::html::Markup;
use yew::prelude::*;

use super::local::config_notice;
use crate::ui::components::{markup, reading_page};
use crate::ui::state::State;

pub use naas_pages::about::HEADING;
pub use naas_pages::statement::HEADING as STATEMENT_HEADING;

pub fn view(state: &State) -> Html {
    // The council's own statement, when it publishes one (statementUrl), else the checker's.
    let statement = state
        .config
        .accessibility
        .as_ref()
        .and_then(|s| s.statement_url.as_deref())
        .unwrap_or(&state.view.links.accessibility);
    // Served from a website, the offline file sits beside the page (README, Offline).
    let hosted = crate::ui::browser::address().starts_with("http");
    let content = naas_pages::about::render(
        &state.view,
        statement,
        hosted.then_some("naas-checker-offline.html"),
    );
    frame(state, content)
}

pub fn statement(state: &State) -> Html {
    let content = naas_pages::statement::render(&state.view, &state.config);
    frame(state, content)
}

fn frame(state: &State, content: Markup) -> Html {
    reading_page(
        &super::back(state),
        html! { <>{ config_notice(state) }{ markup(content) }</> },
    )
}
