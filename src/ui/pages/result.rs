//! The result page: its reading matter rendered by naas-pages from the view, with the app's own buttons (print, change your answers, start again) and the save panel between.

use naas_core::journey::view::Screen;
use yew::prelude::*;

use super::local::save_panel;
use crate::ui::browser;
use crate::ui::components::{back_link, raw};
use crate::ui::state::{Action, State};

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let view = &state.view;
    let Screen::Result(verdict) = &view.screen else {
        return html! {};
    };
    let page = naas_pages::result::render(view, verdict, &state.config);
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <>
            { back_link(super::back(state)) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    { raw(page.top) }
                    <div class="govuk-button-group app-no-print" id="result-actions">
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={onprint}>{ "Print or save as PDF" }</button>
                        <a class="govuk-link" href={verdict.change.clone()}>{ "Change your answers" }</a>
                        <a class="govuk-link" href={view.links.start_again.clone()}>{ "Start again" }</a>
                    </div>
                    { raw(page.rest) }
                    { save_panel(state, actions) }
                </div>
            </div>
        </>
    }
}
