//! The start page: what the checker does, NAAS's status on the date, privacy, and the start button.

use yew::prelude::*;

use super::local::{config_notice, saved_notice};
use crate::ui::components::{problem_banner, source_links};
use crate::ui::state::{Action, State};
use naas_core::journey::view::Screen;
use naas_core::text::capitalise;

pub const HEADING: &str = "Check if you could take the NAAS assessment";

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let view = &state.view;
    let Screen::Start { questions } = view.screen else {
        return html! {};
    };
    let (date, status) = (view.date, view.status);
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
                <h1 class="govuk-heading-xl" tabindex="-1">{ HEADING }</h1>
                { saved_notice(state, actions) }
                <p class="govuk-body">
                    { "Find out whether you could take, or could have taken, an assessment under the National Assessment and Accreditation System (NAAS) for child and family social workers in England, and why." }
                </p>
                <p class="govuk-body">{ format!("It asks up to {questions} questions and takes about 2 minutes.") }</p>
                if let Some(status) = status {
                    <div class="govuk-inset-text" id="status">
                        <p class="govuk-body"><strong>{ format!("Status on {}: ", date.long()) }</strong>{ status.value.text.to_string() }</p>
                        { source_links(state.policy, &status.sources) }
                    </div>
                }
                if !view.date_fixed {
                    <p class="govuk-body">
                        { "You can also check the rules as they stood on another date, for example while NAAS was running." }
                    </p>
                }
                <p class="govuk-body">
                    <strong>{ "Your privacy: " }</strong>{ "your answers stay on this device. Nothing you enter is sent anywhere." }
                </p>
                <a href={view.links.begin.clone()} role="button" draggable="false" class="govuk-button govuk-button--start">
                    { "Start now" }
                    <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                    </svg>
                </a>
                <h2 class="govuk-heading-m">{ "Also in this checker" }</h2>
                <ul class="govuk-list">
                    <li><a class="govuk-link" href={view.links.readiness.clone()}>{ "Check how ready you are: a self-assessment against the post-qualifying standards, with an action plan" }</a></li>
                    <li><a class="govuk-link" href={view.links.about.clone()}>{ "About NAAS, this checker and its sources" }</a></li>
                </ul>
            </div>
        </div>
    }
}
