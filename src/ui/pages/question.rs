//! An eligibility question page: the question as the view model words it, on the shared single-choice page.

use std::rc::Rc;

use naas_core::journey::view::Screen;
use yew::prelude::*;

use super::choice::ChoicePage;
use crate::ui::components::RadioItem;
use crate::ui::state::State;

pub fn view(state: &Rc<State>) -> Html {
    let Screen::Question(asked) = &state.view.screen else {
        return html! {};
    };
    let policy = state.policy;
    let q = asked.question;
    let question = policy.question(q);
    // In a list of councils, an "or" divider sets apart the answers that are not councils.
    let lists_councils = question.options.iter().any(|c| c.council.is_some());
    let mut divided = false;
    // A council may list its own councils first (the rest keep their order) and choose one in advance.
    let config = &state.config;
    let council = |o: naas_core::policy::OptionId| policy.choice(q, o).council;
    let first = |o: naas_core::policy::OptionId| {
        council(o).is_some_and(|c| config.councils_first.contains(&c))
    };
    let listed_first = config
        .councils_first
        .iter()
        .filter_map(|c| asked.options.iter().find(|o| council(o.option) == Some(*c)));
    let options: Vec<_> = listed_first
        .chain(asked.options.iter().filter(|o| !first(o.option)))
        .collect();
    let preselect = options
        .iter()
        .find(|o| council(o.option).is_some() && council(o.option) == config.preselect)
        .map(|o| o.option);
    let id = |o| AttrValue::from(policy.choice(q, o).id.to_string());
    let items: Rc<[RadioItem]> = options
        .iter()
        .map(|o| {
            let divider = lists_councils && council(o.option).is_none() && !divided;
            divided |= divider;
            RadioItem {
                value: id(o.option),
                label: o.label.clone().into(),
                hint: o.hint.clone().map(AttrValue::from),
                divider,
            }
        })
        .collect();
    let next = {
        let state = state.clone();
        Callback::from(move |v: AttrValue| {
            let option = state.policy.option_by_id(q, &v)?;
            let cx = state.cx();
            Some(cx.href(&cx.answer(&state.view.journey, q, option)))
        })
    };
    // Asked again after a change: say why, and that one click confirms the earlier choice.
    let confirm = asked.confirming.then(|| html! {
        <div class="govuk-inset-text" id="confirm-again">
            { "You changed an earlier answer or the date, and this question now reads differently. Your earlier answer is selected: check it and continue." }
        </div>
    });
    // Right after a month given without its day: which day the checker uses.
    let month_only = asked.month_only.as_ref().map(|note| {
        html! {
            <div class="govuk-inset-text" id="month-only">{ note.clone() }</div>
        }
    });
    let before = html! { <>{ for month_only }{ for confirm }</> };
    html! {
        <ChoicePage
            {before}
            name={question.id.to_string()}
            heading={asked.title.clone()}
            hint={asked.hint.clone().map(AttrValue::from)}
            {items}
            selected={asked.selected.or(preselect).map(id)}
            error={question.error.to_string()}
            back={super::back(state)}
            {next} />
    }
}
