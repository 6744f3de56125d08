//! The readiness result: the action plan and its reading matter rendered by naas-pages from the view, with the app's own controls (download, print, a calendar reminder, saving).

use naas_core::journey::view::Screen;
use naas_core::readiness::export;
use yew::prelude::*;

use super::local::save_panel;
use super::{use_error_focus, PageProps};
use crate::ui::browser;
use crate::ui::components::{
    back_link, date_input, error_summary, raw, read_date, ErrorItem, Typed,
};
use crate::ui::state::{Action, State};

pub use naas_pages::plan::HEADING;

pub fn view(state: &std::rc::Rc<State>, actions: &Callback<Action>) -> Html {
    let Screen::Plan(plan_view) = &state.view.screen else {
        return html! {};
    };
    let page = naas_pages::plan::render(&state.view, plan_view, &state.config);
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    let ondownload = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let view = &state.view;
            if let Screen::Plan(plan_view) = &view.screen {
                browser::download(
                    &naas_pages::document::plan_file_name(view),
                    "text/html",
                    &naas_pages::document::plan_document(view, plan_view),
                );
            }
        })
    };
    html! {
        <>
        { back_link(super::back(state)) }
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                { raw(page.intro) }
                <div class="govuk-button-group app-no-print" id="keep-plan">
                    <button type="button" class="govuk-button" onclick={ondownload} id="download-plan">{ "Download your plan" }</button>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={onprint}>{ "Print or save as PDF" }</button>
                </div>
                <p class="govuk-body app-no-print">{ "Your plan stays on this device: nothing is sent anywhere. The download is a web page that opens in any browser, on a phone too." }</p>
                { raw(page.body) }
                <div class="app-no-print">
                    <ReminderForm state={state.clone()} />
                    { save_panel(state, actions) }
                    <p class="govuk-body">
                        <a class="govuk-link" href={state.view.links.start_again.clone()}>{ "Start again" }</a>
                    </p>
                </div>
            </div>
        </div>
        </>
    }
}

/// Picks a date and downloads a calendar reminder to review the plan then.
#[component]
fn ReminderForm(props: &PageProps) -> Html {
    let state = props.state.clone();
    let typed = use_state(Typed::default);
    let error = use_state(|| None::<ErrorItem>);
    use_error_focus(HEADING.into(), error.is_some());
    let onsubmit = {
        let (typed, error, state) = (typed.clone(), error.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match read_date("remind", &typed) {
                Ok(date) if date <= state.today => error.set(Some(ErrorItem {
                    field: "remind-day".into(),
                    message: "The reminder date must be in the future".into(),
                })),
                Ok(date) => {
                    error.set(None);
                    let ics = export::reminder_ics(
                        state.readiness,
                        &state.view.journey.ratings,
                        date,
                        state.today,
                    );
                    browser::download(
                        &format!("naas-plan-reminder-{}.ics", date.iso()),
                        "text/calendar",
                        &ics,
                    );
                }
                Err(problem) => error.set(Some(problem)),
            }
        })
    };
    html! {
        <form {onsubmit} novalidate=true class="app-reminder">
            if let Some(e) = &*error {
                { error_summary(std::slice::from_ref(e)) }
            }
            { date_input("remind", "Set a reminder to review your plan", "Choose a date for a calendar reminder, for example 15 3 2027. The reminder is a file for your own calendar.", &typed, error.as_ref()) }
            <button type="submit" class="govuk-button govuk-button--secondary">{ "Download a calendar reminder" }</button>
        </form>
    }
}
