//! The pages, chosen from the address: plain functions for pages without their own state, components for the two forms.

mod about;
mod check;
mod choice;
mod local;
mod plan;
mod question;
mod readiness;
mod result;
mod start;
mod when;

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::components::{SummaryRow, SERVICE_NAME};
use crate::ui::state::{Action, State};
use naas_core::address::Page;
use naas_core::engine;
use naas_core::flow;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: Rc<State>,
}

/// The page for the current address. `actions` changes the app's state (saving answers).
pub fn view(state: &Rc<State>, actions: &Callback<Action>) -> Html {
    match state.address.page {
        Page::Start => start::view(state, actions),
        Page::When => html! { <when::WhenPage state={state.clone()} /> },
        Page::Question(_) => question::view(state),
        Page::Check => check::view(state, actions),
        Page::Result => result::view(state, actions),
        Page::About => about::view(state),
        Page::Readiness => readiness::set_view(state),
        Page::Rate(_) => readiness::rate_view(state),
        Page::Checks => html! { <readiness::ChecksPage state={state.clone()} /> },
        Page::Plan => plan::view(state, actions),
    }
}

/// The h1 of the current page, which is also the first part of its title.
pub fn heading(state: &State) -> String {
    match state.address.page {
        Page::Start => start::HEADING.into(),
        Page::When => when::HEADING.into(),
        Page::Question(q) => {
            let facts = engine::facts(state.policy, &state.answers());
            facts.fill(
                state
                    .policy
                    .question(q)
                    .title_for(state.date() == state.today),
            )
        }
        Page::Check => check::HEADING.into(),
        Page::Result => result::heading(state),
        Page::About => about::HEADING.into(),
        Page::Readiness => readiness::SET_HEADING.into(),
        Page::Rate(s) => state.readiness.statement(s).heading.to_string(),
        Page::Checks => readiness::CHECKS_HEADING.into(),
        Page::Plan => plan::HEADING.into(),
    }
}

/// The page title for a heading, with "Error: " first while the page shows errors.
pub fn title(heading: &str, error: bool) -> String {
    let prefix = if error { "Error: " } else { "" };
    format!("{prefix}{heading} \u{2013} {SERVICE_NAME}")
}

/// While a form shows errors: "Error: " in the title and focus on the error summary, as GOV.UK
/// pages do. (The title and focus for each new page are set by the app root.)
#[hook]
pub fn use_error_focus(heading: String, error: bool) {
    use_effect_with((heading, error), |(heading, error)| {
        if *error {
            browser::set_title(&title(heading, true));
            browser::focus(".govuk-error-summary", true);
        }
    });
}

/// The date and the answers on the way, as summary rows; with "Change" links when `changeable`.
fn answer_rows(state: &State, changeable: bool) -> Vec<SummaryRow> {
    let change =
        |page| changeable.then(|| AttrValue::from(state.href(&flow::change(&state.address, page))));
    let first = SummaryRow {
        key: "Date checked".into(),
        value: state.date().long().into(),
        // A date fixed by the council cannot be changed here.
        change: if state.date_fixed() {
            None
        } else {
            change(Page::When)
        },
    };
    let journey = state.journey();
    std::iter::once(first)
        .chain(journey.path.iter().map(|(q, o)| SummaryRow {
            key: state.policy.question(*q).summary.to_string().into(),
            value: state.policy.choice(*q, *o).label.to_string().into(),
            change: change(Page::Question(*q)),
        }))
        .collect()
}
