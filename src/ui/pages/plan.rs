//! The readiness result: the action plan and its reading matter rendered by naas-pages from the view, with the app's own controls (download, print, a calendar reminder, saving).

use naas_core::journey::view::Screen;
use naas_core::readiness::export;
use yew::prelude::*;

use std::rc::Rc;

use naas_core::typed_date;
use naas_pages::forms::{date_problem, DateInput, Form, Kind, Problem, Question};
use naas_pages::html::{Html as Writer, Markup};

use super::form::FormPage;
use super::local::save_panel;
use crate::ui::browser::{self, Submitted};
use crate::ui::components::{markup, reading_page};
use crate::ui::state::{Action, State};

pub use naas_pages::plan::HEADING;

pub fn view(state: &Rc<State>, actions: &Callback<Action>) -> Html {
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
                    &naas_pages::document::plan_document(view, plan_view, &state.config),
                );
            }
        })
    };
    let mut start_again = Writer::new();
    start_again
        .raw("<p class=\"govuk-body app-no-print\">")
        .raw("<a class=\"govuk-link\" data-saved-action=\"start-again\"")
        .attr("href", &state.view.links.start_again)
        .raw(">Start the self-assessment again</a></p>");
    reading_page(
        &super::back(state),
        html! {
            <>
                { markup(page.intro) }
                <div class="govuk-button-group app-no-print" id="keep-plan">
                    <button type="button" class="govuk-button" onclick={ondownload} id="download-plan">{ "Download your plan" }</button>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={onprint}>{ "Print or save as PDF" }</button>
                </div>
                { markup(Markup::literal(STAYS)) }
                { markup(page.body) }
                <div class="app-no-print">
                    { reminder(state) }
                    { save_panel(state, actions) }
                </div>
                { markup(page.background) }
                { markup(start_again.finish()) }
            </>
        },
    )
}

const STAYS: &str = "<p class=\"govuk-body app-no-print\">Your plan stays on this device: nothing is sent anywhere. The download is a web page that opens in any browser, on a phone too.</p>";

/// Picks a date and downloads a calendar reminder to review the plan then.
fn reminder(state: &Rc<State>) -> Html {
    let form = Form {
        back: None,
        note: None,
        question: Question {
            name: "remind".into(),
            caption: None,
            heading: "Set a reminder to review your plan".into(),
            page_heading: false,
            hint: Some("Choose a date for a calendar reminder, for example 15 3 2027. The reminder is a file for your own calendar.".into()),
            kind: Kind::Date(DateInput {
                id: "remind".into(),
                legend: String::new(),
                hint: String::new(),
                typed: Default::default(),
            }),
        },
        after: None,
        submit: "Download a calendar reminder",
        secondary: true,
    };
    let check = {
        let state = state.clone();
        Callback::from(move |given: Submitted| {
            let [day, month, year] = &given.typed;
            let date = typed_date::read(day, month, year)
                .and_then(|entered| entered.day_required())
                .map_err(|e| date_problem("remind", &e))?;
            if date <= state.today {
                return Err(Problem {
                    field: "remind-day".into(),
                    message: "The reminder date must be in the future".into(),
                    marks: [true; 3],
                });
            }
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
            Ok(None)
        })
    };
    html! {
        <div class="app-reminder">
            <FormPage form={std::rc::Rc::new(form)} title={HEADING} {check} />
        </div>
    }
}
