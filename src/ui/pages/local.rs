//! Page parts that depend on where the checker runs: the notice about a council's settings, and answers saved on this device.

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::components::problem_banner;
use crate::ui::state::{Action, State};
use naas_core::saved::{Notice, Press, Shown};

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

/// A message about saved answers, and, when answers are saved, a way to clear them (the start
/// page offers to continue them or start again in place of "Start now").
pub fn saved_notice(state: &State, actions: &Callback<Action>) -> Html {
    let saved = state.saved.record.is_some().then(|| {
        html! {
            <div class="govuk-inset-text" id="saved-answers">
                <p class="govuk-body">{ "You have answers saved on this device." }</p>
                { clear_button(state, actions) }
            </div>
        }
    });
    html! { <>{ notice(state) }{ saved }</> }
}

/// What the save panel says and offers, which takes focus when its button is pressed.
const SAVE_BODY: &str = "save-body";

/// Saving on this device: an opt-in; once on, whether the browser kept the answers, and a way
/// to clear them; or, when another tab's answers are saved, a way to save these instead.
pub fn save_panel(state: &State, actions: &Callback<Action>) -> Html {
    let save = |label: &'static str| {
        let press = press(state, actions, Press::Save);
        let onclick = Callback::from(move |e: MouseEvent| {
            press.emit(e);
            // The button goes once pressed: keep the keyboard's place on what replaced it.
            browser::after_render(|| browser::focus_id(SAVE_BODY));
        });
        html! { <button type="button" class="govuk-button govuk-button--secondary" {onclick}>{ label }</button> }
    };
    let body = match state.shown() {
        Shown::Offer => html! {
            <>
                <p class="govuk-body">{ "If you want to come back to your answers, you can keep them in this browser on this device. They are not sent anywhere, and you can clear them at any time. Do not save them on a shared computer." }</p>
                { save("Save my answers on this device") }
            </>
        },
        Shown::Saving => html! {
            <p class="govuk-body" role="status">{ "Saving your answers in this browser on this device." }</p>
        },
        Shown::Saved => html! {
            <>
                <p class="govuk-body" role="status">{ "Your answers are saved in this browser on this device, and kept up to date as you go. Nothing is sent anywhere." }</p>
                { clear_button(state, actions) }
            </>
        },
        Shown::Refused => html! {
            <>
                <div role="status">
                    <p class="govuk-body govuk-!-font-weight-bold">{ "Your answers could not be saved on this device. This browser may be blocking storage, or its storage may be full." }</p>
                    <p class="govuk-body">{ "Your answers are still in this page's address, so you can bookmark this page to come back to them." }</p>
                    if state.saved.record.is_some() {
                        <p class="govuk-body">{ "Answers saved earlier, in this tab or another, are still on this device." }</p>
                    }
                </div>
                { save("Try again") }
                if state.saved.record.is_some() {
                    { clear_button(state, actions) }
                }
            </>
        },
        Shown::Elsewhere => html! {
            <>
                <p class="govuk-body" role="status">{ "Other answers are saved in this browser on this device, from another tab or window or an earlier visit. These answers are not saved." }</p>
                { save("Save these answers instead") }
            </>
        },
    };
    html! {
        <div class="app-no-print app-save" id="save">
            <h2 class="govuk-heading-m">{ "Save your answers on this device" }</h2>
            { notice(state) }
            <div id={SAVE_BODY} tabindex="-1">{ body }</div>
        </div>
    }
}

/// A notice of saved answers that could not be opened and were removed: at the top of whatever
/// page the tab opened on, so the user reads it wherever they arrived.
pub fn removed_notice(state: &State) -> Html {
    match &state.saved.notice {
        Some(removed @ Notice::Removed { .. }) => html! {
            <div class="govuk-inset-text" id="saved-notice" role="status" tabindex="-1"><p class="govuk-body">{ removed.to_string() }</p></div>
        },
        _ => html! {},
    }
}

/// Any other notice about saved answers, beside the controls it concerns.
fn notice(state: &State) -> Html {
    match &state.saved.notice {
        None | Some(Notice::Removed { .. }) => html! {},
        Some(notice) => html! {
            <div class="govuk-inset-text" id="saved-notice" role="status" tabindex="-1"><p class="govuk-body">{ notice.to_string() }</p></div>
        },
    }
}

fn clear_button(state: &State, actions: &Callback<Action>) -> Html {
    let onclick = press(state, actions, Press::Clear);
    html! { <button type="button" class="govuk-button govuk-button--warning" {onclick}>{ "Clear my saved answers" }</button> }
}

/// A button's press, carrying the saved record the page showed with it and the time, so that a
/// press just after another tab changed what is saved is not taken for what the button now means.
fn press(state: &State, actions: &Callback<Action>, press: Press) -> Callback<MouseEvent> {
    let actions = actions.clone();
    let seen: Option<std::rc::Rc<str>> = state.saved.record.as_deref().map(Into::into);
    Callback::from(move |_: MouseEvent| {
        actions.emit(Action::Press(press, seen.clone(), browser::now_ms()))
    })
}
