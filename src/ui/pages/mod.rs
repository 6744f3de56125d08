//! One component per page, chosen from the address; and the hook that titles each page and moves focus to it.

mod about;
mod check;
mod question;
mod result;
mod start;
mod when;

use std::rc::Rc;

use yew::prelude::*;

use crate::address::Page;
use crate::flow;
use crate::ui::browser;
use crate::ui::components::layout::SERVICE_NAME;
use crate::ui::components::SummaryRow;
use crate::ui::state::State;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: Rc<State>,
}

/// The page for the current address.
pub fn view(state: &Rc<State>) -> Html {
    let state = state.clone();
    match state.address.page {
        Page::Start => html! { <start::StartPage {state} /> },
        Page::When => html! { <when::WhenPage {state} /> },
        Page::Question(_) => html! { <question::QuestionPage {state} /> },
        Page::Check => html! { <check::CheckPage {state} /> },
        Page::Result => html! { <result::ResultPage {state} /> },
        Page::About => html! { <about::AboutPage {state} /> },
    }
}

/// Titles the page ("Error: " first while it shows errors) and moves focus to its h1, or to
/// the error summary when there are errors, as GOV.UK pages do.
#[hook]
pub fn use_page(heading: String, error: bool) {
    use_effect_with((heading, error), |(heading, error)| {
        let prefix = if *error { "Error: " } else { "" };
        browser::set_title(&format!("{prefix}{heading} \u{2013} {SERVICE_NAME}"));
        if *error {
            browser::focus(".govuk-error-summary", true);
        } else {
            browser::focus("main h1", false);
        }
    });
}

/// The date and the answers on the way, as summary rows; with "Change" links when `changeable`.
pub(crate) fn answer_rows(state: &State, changeable: bool) -> Rc<[SummaryRow]> {
    let date = state.address.date.unwrap_or(state.today);
    let change =
        |page| changeable.then(|| AttrValue::from(state.href(&flow::change(&state.address, page))));
    let first = SummaryRow {
        key: "Date checked".into(),
        value: date.long().into(),
        change: change(Page::When),
    };
    let journey = state.journey();
    std::iter::once(first)
        .chain(journey.path.iter().map(|(q, o)| SummaryRow {
            key: state.policy.question(*q).summary.clone().into(),
            value: state.policy.choice(*q, *o).label.clone().into(),
            change: change(Page::Question(*q)),
        }))
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct BrokenProps {
    pub message: AttrValue,
}

/// Shown instead of the app if it cannot start, so the page is never blank.
#[component]
pub fn Broken(props: &BrokenProps) -> Html {
    use_page("Sorry, the checker could not start".into(), false);
    html! {
        <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
                <h1 class="govuk-heading-l">{ "Sorry, the checker could not start" }</h1>
                <p class="govuk-body">{ "Reload the page to try again. If this keeps happening, the copy of the checker you are using is damaged: get a fresh copy from where you found it." }</p>
                <p class="govuk-body">{ format!("Details: {}", props.message) }</p>
            </main>
        </div>
    }
}
