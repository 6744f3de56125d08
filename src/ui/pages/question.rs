//! An eligibility question page: the policy's question and options on the shared single-choice page.

use std::rc::Rc;

use yew::prelude::*;

use super::choice::ChoicePage;
use crate::ui::components::RadioItem;
use crate::ui::state::State;
use naas_core::address::Page;
use naas_core::engine;
use naas_core::flow;

pub fn view(state: &Rc<State>) -> Html {
    let Page::Question(qid) = state.address.page else {
        return html! {};
    };
    let policy = state.policy;
    let question = policy.question(qid);
    let facts = engine::facts(policy, &state.answers());
    // In a list of councils, an "or" divider sets apart the answers that are not councils.
    let lists_councils = question.options.iter().any(|c| c.council.is_some());
    let mut divided = false;
    // A council may list its own councils first (the rest keep their order) and choose one in advance.
    let config = &state.config;
    let first = |o: &&naas_core::policy::Choice| {
        o.council
            .is_some_and(|c| config.councils_first.contains(&c))
    };
    let listed_first = config
        .councils_first
        .iter()
        .filter_map(|c| question.options.iter().find(|o| o.council == Some(*c)));
    let options: Vec<&naas_core::policy::Choice> = listed_first
        .chain(question.options.iter().filter(|o| !first(o)))
        .collect();
    let preselect = options
        .iter()
        .find(|o| o.council.is_some() && o.council == config.preselect)
        .map(|o| o.id.to_string());
    let items: Rc<[RadioItem]> = options
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
    let next = {
        let state = state.clone();
        Callback::from(move |v: AttrValue| {
            let option = state.policy.option_by_id(qid, &v)?;
            Some(state.href(&flow::after_answer(
                state.policy,
                &state.address,
                state.default_date(),
                qid,
                option,
            )))
        })
    };
    html! {
        <ChoicePage
            name={question.id.to_string()}
            heading={facts.fill(question.title_for(state.date() == state.today))}
            hint={question.hint_for(state.date() == state.today).map(|h| AttrValue::from(facts.fill(h)))}
            {items}
            selected={state.address.get(qid).map(|o| policy.choice(qid, o).id.to_string()).or(preselect).map(AttrValue::from)}
            error={question.error.to_string()}
            back={state.back()}
            {next} />
    }
}
