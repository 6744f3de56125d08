//! A question page: the question as the h1, its options as radios, Continue, and the GOV.UK error pattern when nothing is chosen.

use yew::prelude::*;

use super::{use_error_focus, PageProps};
use crate::address::Page;
use crate::engine;
use crate::flow;
use crate::ui::browser;
use crate::ui::components::{back_link, error_summary, radios, ErrorItem, RadioItem, Radios};

#[component]
pub fn QuestionPage(props: &PageProps) -> Html {
    let state = props.state.clone();
    let Page::Question(qid) = state.address.page else {
        return html! {};
    };
    let policy = state.policy;
    let question = policy.question(qid);
    let facts = engine::facts(policy, &state.address.answers(state.today));
    let heading = facts.fill(&question.title);
    let current = state
        .address
        .get(qid)
        .map(|o| AttrValue::from(policy.choice(qid, o).id.to_string()));
    let selected = use_state(|| current);
    let error = use_state(|| false);
    use_error_focus(heading.clone(), *error);

    // In a list of councils, an "or" divider sets apart the answers that are not councils.
    let lists_councils = question.options.iter().any(|c| c.council.is_some());
    let mut divided = false;
    let items = question
        .options
        .iter()
        .map(|o| {
            let divider = lists_councils && o.council.is_none() && !divided;
            divided |= divider;
            RadioItem {
                value: o.id.to_string().into(),
                label: o.label.to_string().into(),
                hint: o.hint.as_ref().map(|h| h.to_string().into()),
                divider,
            }
        })
        .collect();
    let onchange = {
        let selected = selected.clone();
        Callback::from(move |v: AttrValue| selected.set(Some(v)))
    };
    let onsubmit = {
        let (selected, error, state) = (selected.clone(), error.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match selected
                .as_ref()
                .and_then(|v| state.policy.option_by_id(qid, v))
            {
                Some(o) => browser::go(&state.href(&flow::after_answer(
                    state.policy,
                    &state.address,
                    state.today,
                    qid,
                    o,
                ))),
                None => error.set(true),
            }
        })
    };
    let message: AttrValue = question.error.to_string().into();
    let back = state.href(&flow::back(policy, &state.address, state.today));
    html! {
        <>
            { back_link(back) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    if *error {
                        { error_summary(&[ErrorItem { field: question.id.to_string().into(), message: message.clone() }]) }
                    }
                    <form {onsubmit} novalidate=true>
                        { radios(Radios {
                            name: question.id.to_string().into(),
                            heading: heading.into(),
                            hint: question.hint.as_ref().map(|h| facts.fill(h).into()),
                            items,
                            selected: (*selected).clone(),
                            error: error.then_some(message),
                            onchange,
                            conditional: None,
                        }) }
                        <button type="submit" class="govuk-button">{ "Continue" }</button>
                    </form>
                </div>
            </div>
        </>
    }
}
