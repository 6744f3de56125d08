//! The pages, chosen from the view: reading matter rendered by naas-pages, and question pages as forms (one component handles every form's events).

mod about;
mod check;
mod form;
mod local;
mod plan;
mod question;
mod readiness;
mod result;
mod start;
mod when;

use std::rc::Rc;

use naas_core::journey::view::{Screen, View};
use yew::prelude::*;

use crate::ui::browser;
use crate::ui::components::SERVICE_NAME;
use crate::ui::state::{Action, State};

/// The page for the current view. `actions` changes the app's state (saving answers).
pub fn view(state: &Rc<State>, actions: &Callback<Action>) -> Html {
    match &state.view.screen {
        Screen::Start { .. } => start::view(state, actions),
        Screen::Date { .. } => when::view(state),
        Screen::Question(_) => question::view(state),
        Screen::CheckAnswers { .. } => check::view(state, actions),
        Screen::Result(_) => result::view(state, actions),
        Screen::About => about::view(state),
        Screen::Accessibility => about::statement(state),
        Screen::Standard { .. } => readiness::set_view(state),
        Screen::Rate { .. } => readiness::rate_view(state),
        Screen::PracticalChecks { .. } => readiness::checks_view(state),
        Screen::Plan(_) => plan::view(state, actions),
    }
}

pub use local::removed_notice;

/// The h1 of the current page, which is also the first part of its title.
pub fn heading(view: &View) -> String {
    match &view.screen {
        Screen::Start { .. } => start::HEADING.into(),
        Screen::Date { .. } => when::HEADING.into(),
        Screen::Question(asked) => asked.title.clone(),
        Screen::CheckAnswers { .. } => check::HEADING.into(),
        Screen::Result(verdict) => verdict.title.clone(),
        Screen::About => about::HEADING.into(),
        Screen::Accessibility => format!(
            "{} for the NAAS eligibility checker",
            about::STATEMENT_HEADING
        ),
        Screen::Standard { .. } => readiness::SET_HEADING.into(),
        Screen::Rate { statement, .. } => view.readiness.statement(*statement).heading.to_string(),
        Screen::PracticalChecks { .. } => readiness::CHECKS_HEADING.into(),
        Screen::Plan(_) => plan::HEADING.into(),
    }
}

/// The first part of the page's title: its h1, with a statement's place in its standard first
/// ("Statement 1 of 10: Relationships and effective direct work").
pub fn title_of(view: &View) -> String {
    match &view.screen {
        Screen::Rate { number, of, .. } => {
            format!("Statement {number} of {of}: {}", heading(view))
        }
        _ => heading(view),
    }
}

/// The page title for a heading, with "Error: " first while the page shows errors.
pub fn title(heading: &str, error: bool) -> String {
    let prefix = if error { "Error: " } else { "" };
    format!("{prefix}{heading} \u{2013} {SERVICE_NAME}")
}

/// While a form shows errors: "Error: " in the title and focus on the error summary, as GOV.UK
/// pages do. (The title and focus for each new page are set by the app root.)
/// `errors` counts the problems found on the page so far: each new one takes focus again.
#[hook]
pub fn use_error_focus(heading: String, errors: u32) {
    use_effect_with((heading, errors), |(heading, errors)| {
        if *errors > 0 {
            browser::set_title(&title(heading, true));
            browser::focus(".govuk-error-summary", true);
        }
    });
}

/// The back link's address (every page but the start page has one).
fn back(state: &State) -> String {
    state.view.back.clone().unwrap_or_default()
}
