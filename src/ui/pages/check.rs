//! Check your answers: the date and each answer on the way, each with a "Change" link, then the result.

use yew::prelude::*;

use super::local::save_panel;
use crate::ui::components::{back_link, summary_list};
use crate::ui::state::{Action, State};
use naas_core::address::Page;

pub const HEADING: &str = "Check your answers";

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let back = state.back();
    html! {
        <>
            { back_link(back) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <h1 class="govuk-heading-l" tabindex="-1">{ HEADING }</h1>
                    { summary_list(&super::answer_rows(state, true)) }
                    <a href={state.href(&state.address.to(Page::Result))} role="button" draggable="false" class="govuk-button">
                        { "See your result" }
                    </a>
                    { save_panel(state, actions) }
                </div>
            </div>
        </>
    }
}
