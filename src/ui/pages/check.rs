//! Check your answers: the date and each answer on the way, each with a "Change" link, then the result.

use naas_core::journey::view::Screen;
use naas_pages::html::Html as Writer;
use yew::prelude::*;

use super::local::save_panel;
use crate::ui::components::{markup, reading_page};
use crate::ui::state::{Action, State};

pub const HEADING: &str = "Check your answers";

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let Screen::CheckAnswers {
        rows,
        result,
        not_needed,
    } = &state.view.screen
    else {
        return html! {};
    };
    let mut h = Writer::new();
    h.raw("<h1 class=\"govuk-heading-l\" tabindex=\"-1\">")
        .raw(HEADING)
        .raw("</h1>");
    naas_pages::summary_list(&mut h, rows);
    if !not_needed.is_empty() {
        // Answers set aside when the date changed: kept, and used again if it changes back.
        h.raw("<h2 class=\"govuk-heading-m\" id=\"not-needed\">Not needed for this date</h2><p class=\"govuk-body\">The checker does not need these answers for the date you are checking. They are kept, and used again if you change the date back.</p>");
        naas_pages::summary_list(&mut h, not_needed);
    }
    h.raw("<a href=\"")
        .text(result)
        .raw("\" role=\"button\" draggable=\"false\" class=\"govuk-button\">See your result</a>");
    reading_page(
        &super::back(state),
        html! { <>{ markup(h.finish()) }{ save_panel(state, actions) }</> },
    )
}
