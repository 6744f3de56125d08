//! Page parts that depend on where the checker runs: the notice about a council's settings, and answers saved on this device.

use yew::prelude::*;

use crate::ui::components::problem_banner;
use crate::ui::state::{Action, State};

/// Problems with the council's settings, for whoever deployed this copy to fix.
pub fn config_notice(state: &State) -> Html {
    if state.config_problems.is_empty() {
        return html! {};
    }
    problem_banner(
        "config-notice",
        "Settings problem",
        "Some settings of this copy of the checker could not be used, so their defaults apply",
        &state.config_problems,
        "The checker still works. Whoever set up this page can fix its configuration.",
    )
}

/// A message about saved answers, and the offer to continue from them.
pub fn saved_notice(state: &State, actions: &Callback<Action>) -> Html {
    let notice = state.saved.notice.as_ref().map(|n| {
        html! { <div class="govuk-inset-text" id="saved-notice" role="status"><p class="govuk-body">{ n.to_string() }</p></div> }
    });
    let resume = state.saved.resume.as_ref().filter(|_| state.saved.on).map(|fragment| {
        html! {
            <div class="govuk-inset-text" id="saved-answers">
                <p class="govuk-body">{ "You saved answers on this device." }</p>
                <p class="govuk-body">
                    <a class="govuk-link" href={fragment.to_string()}>{ "Continue where you left off" }</a>
                </p>
                { clear_button(actions) }
            </div>
        }
    });
    html! { <>{ notice }{ resume }</> }
}

/// Saving on this device: an opt-in, and once on, a way to clear.
pub fn save_panel(state: &State, actions: &Callback<Action>) -> Html {
    let on = {
        let actions = actions.clone();
        Callback::from(move |_: MouseEvent| actions.emit(Action::SaveOn))
    };
    html! {
        <div class="app-no-print app-save" id="save">
            <h2 class="govuk-heading-m">{ "Save your answers on this device" }</h2>
            if state.saved.on {
                <p class="govuk-body" role="status">{ "Your answers are saved in this browser on this device, and kept up to date as you go. Nothing is sent anywhere." }</p>
                { clear_button(actions) }
            } else {
                <p class="govuk-body">{ "If you want to come back to your answers, you can keep them in this browser on this device. They are not sent anywhere, and you can clear them at any time. Do not save them on a shared computer." }</p>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={on}>{ "Save my answers on this device" }</button>
            }
        </div>
    }
}

fn clear_button(actions: &Callback<Action>) -> Html {
    let clear = {
        let actions = actions.clone();
        Callback::from(move |_: MouseEvent| actions.emit(Action::Clear))
    };
    html! { <button type="button" class="govuk-button govuk-button--warning" onclick={clear}>{ "Clear my saved answers" }</button> }
}
