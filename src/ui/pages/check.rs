//! Check your answers: the date and each answer on the way, each with a "Change" link, then the result.

use naas_core::journey::view::Screen;
use yew::prelude::*;

use super::local::save_panel;
use crate::ui::components::{back_link, summary_list};
use crate::ui::state::{Action, State};

pub const HEADING: &str = "Check your answers";

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let Screen::CheckAnswers { rows, result } = &state.view.screen else {
        return html! {};
    };
    html! {
        <>
            { back_link(super::back(state)) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <h1 class="govuk-heading-l" tabindex="-1">{ HEADING }</h1>
                    { summary_list(&super::summary_rows(rows)) }
                    <a href={result.clone()} role="button" draggable="false" class="govuk-button">
                        { "See your result" }
                    </a>
                    { save_panel(state, actions) }
                </div>
            </div>
        </>
    }
}
