//! Check your answers: the date and each answer on the way, each with a "Change" link, then the result.

use std::rc::Rc;

use yew::prelude::*;

use super::{use_page, PageProps};
use crate::address::Page;
use crate::flow;
use crate::ui::components::{BackLink, SummaryList};

const HEADING: &str = "Check your answers";

#[component]
pub fn CheckPage(props: &PageProps) -> Html {
    let state = &props.state;
    use_page(HEADING.into(), false);
    let rows = super::answer_rows(state, true);
    let back = state.href(&flow::back(&state.policy, &state.address, state.today));
    html! {
        <>
            <BackLink href={back} />
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <h1 class="govuk-heading-l" tabindex="-1">{ HEADING }</h1>
                    <SummaryList rows={Rc::clone(&rows)} />
                    <a href={state.href(&state.address.to(Page::Result))} role="button" draggable="false" class="govuk-button">
                        { "See your result" }
                    </a>
                </div>
            </div>
        </>
    }
}
