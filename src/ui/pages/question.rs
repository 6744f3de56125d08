//! A question page: the question as the h1, its options as radios, Continue, and the GOV.UK error pattern when nothing is chosen.

use std::rc::Rc;

use yew::prelude::*;

use super::{use_page, PageProps};
use crate::address::Page;
use crate::engine;
use crate::flow;
use crate::ui::browser;
use crate::ui::components::{BackLink, ErrorItem, ErrorSummary, RadioItem, Radios};

#[component]
pub fn QuestionPage(props: &PageProps) -> Html {
    let state = props.state.clone();
    let Page::Question(qid) = state.address.page else {
        return html! {};
    };
    let question = state.policy.question(qid);
    let facts = engine::facts(&state.policy, &state.address.answers(state.today));
    let heading = facts.fill(&question.title);
    let current = state
        .address
        .get(qid)
        .map(|o| AttrValue::from(state.policy.choice(qid, o).id.clone()));
    let selected = use_state(|| current);
    let error = use_state(|| false);
    use_page(heading.clone(), *error);

    let items: Rc<[RadioItem]> = {
        let mut after_councils = false;
        question
            .options
            .iter()
            .map(|o| {
                // In a list of councils, an "or" divider sets apart the answers that are not councils.
                let divider = o.council.is_none()
                    && !after_councils
                    && question.options.iter().any(|c| c.council.is_some());
                after_councils |= divider;
                RadioItem {
                    value: o.id.clone().into(),
                    label: o.label.clone().into(),
                    hint: o.hint.clone().map(Into::into),
                    divider,
                }
            })
            .collect()
    };
    let onchange = {
        let selected = selected.clone();
        Callback::from(move |v: AttrValue| selected.set(Some(v)))
    };
    let onsubmit = {
        let (selected, error, state) = (selected.clone(), error.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let option = selected
                .as_ref()
                .and_then(|v| state.policy.option_by_id(qid, v));
            match option {
                Some(o) => {
                    let next =
                        flow::after_answer(&state.policy, &state.address, state.today, qid, o);
                    browser::go(&state.href(&next));
                }
                None => error.set(true),
            }
        })
    };
    let message: AttrValue = question.error.clone().into();
    let back = state.href(&flow::back(&state.policy, &state.address, state.today));
    html! {
        <>
            <BackLink href={back} />
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    if *error {
                        <ErrorSummary items={Rc::from([ErrorItem { field: question.id.clone().into(), message: message.clone() }])} />
                    }
                    <form {onsubmit} novalidate=true>
                        <Radios name={question.id.clone()} heading={heading}
                            hint={question.hint.as_ref().map(|h| AttrValue::from(facts.fill(h)))}
                            items={items} selected={(*selected).clone()}
                            error={error.then_some(message)} {onchange} />
                        <button type="submit" class="govuk-button">{ "Continue" }</button>
                    </form>
                </div>
            </div>
        </>
    }
}
