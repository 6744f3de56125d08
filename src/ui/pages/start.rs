//! The start page: its content rendered by naas-pages from the view (the same the build writes into the page), after any notices about the settings, the link followed or saved answers.

use naas_core::text::capitalise;
use yew::prelude::*;

use super::local::{config_notice, saved_notice};
use crate::ui::components::{markup, problem_banner};
use crate::ui::state::{Action, State};

pub use naas_pages::start::HEADING;

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                { config_notice(state) }
                if !state.link_problems.is_empty() {
                    { problem_banner(
                        "link-problem",
                        "Important",
                        "We could not read the link you followed, so we have started again",
                        &state.link_problems.iter().map(|p| capitalise(p)).collect::<Vec<_>>(),
                        "Nothing was sent anywhere. You can answer the questions again.",
                    ) }
                }
                { saved_notice(state, actions) }
                { markup(naas_pages::start::render_with(&state.view, state.saved.record.as_deref())) }
            </div>
        </div>
    }
}
