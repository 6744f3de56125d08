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
    // A list of councils comes in groups, by the phase each joined in; an "or" divider sets apart
    // the answers that are not councils. A council may list its own councils first, and name
    // itself ("preselect"): it is then marked, never chosen in advance.
    let lists_councils = asked.options.iter().any(|o| o.group.is_some());
    let config = &state.config;
    let council = |o: naas_core::policy::OptionId| policy.choice(q, o).council;
    let first = |o: naas_core::policy::OptionId| {
        council(o).is_some_and(|c| config.councils_first.contains(&c) || config.ours == Some(c))
    };
    let ours_first = config.ours.into_iter().chain(
        config
            .councils_first
            .iter()
            .copied()
            .filter(|c| config.ours != Some(*c)),
    );
    let listed_first: Vec<_> = ours_first
        .filter_map(|c| asked.options.iter().find(|o| council(o.option) == Some(c)))
        .collect();
    let first_heading = match &config.organisation {
        Some(org) => format!("Listed first by {org}"),
        None => "Listed first".to_string(),
    };
    let id = |o| AttrValue::from(policy.choice(q, o).id.to_string());
    let mut items: Vec<RadioItem> = Vec::with_capacity(asked.options.len());
    let mut group: Option<&str> = None;
    for (i, o) in listed_first.iter().enumerate() {
        items.push(RadioItem {
            value: id(o.option),
            label: o.label.clone().into(),
            hint: (config.ours == council(o.option)).then(|| AttrValue::from("Your organisation")),
            divider: false,
            group: (i == 0).then(|| AttrValue::from(first_heading.clone())),
            hidden: false,
        });
    }
    let mut divided = false;
    for o in asked.options.iter().filter(|o| !first(o.option)) {
        let divider = lists_councils && o.group.is_none() && !divided;
        divided |= divider;
        let new_group = o.group.as_deref().filter(|g| group != Some(*g));
        if o.group.is_some() {
            group = o.group.as_deref();
        }
        items.push(RadioItem {
            value: id(o.option),
            label: o.label.clone().into(),
            hint: o.hint.clone().map(AttrValue::from),
            divider,
            group: new_group.map(|g| AttrValue::from(g.to_string())),
            hidden: false,
        });
    }
    let items: Rc<[RadioItem]> = items.into();
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
            selected={asked.selected.map(id)}
            filter={lists_councils.then(|| AttrValue::from("Find a council or trust by name"))}
            error={question.error.to_string()}
            back={super::back(state)}
            {next} />
    }
}
