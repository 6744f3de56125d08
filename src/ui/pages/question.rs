//! An eligibility question page: the question as the view model words it, as a form of radios (councils in groups, with a filter), and the next address from the core.

use std::rc::Rc;

use naas_core::journey::view::Screen;
use naas_core::policy::OptionId;
use naas_pages::forms::{Form, Item, Kind, Problem, Question};
use naas_pages::html::Html as Writer;
use yew::prelude::*;

use super::form::FormPage;
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
    let council = |o: OptionId| policy.choice(q, o).council;
    let first = |o: OptionId| {
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
    let id = |o: OptionId| policy.choice(q, o).id.to_string();
    let mut items: Vec<Item> = Vec::with_capacity(asked.options.len());
    for (i, o) in listed_first.iter().enumerate() {
        items.push(Item {
            value: id(o.option),
            label: o.label.clone(),
            hint: (config.ours == council(o.option)).then(|| "Your organisation".to_string()),
            divider: false,
            group: (i == 0).then(|| first_heading.clone()),
        });
    }
    let mut group: Option<&str> = None;
    let mut divided = false;
    for o in asked.options.iter().filter(|o| !first(o.option)) {
        let divider = lists_councils && o.group.is_none() && !divided;
        divided |= divider;
        let new_group = o.group.as_deref().filter(|g| group != Some(*g));
        if o.group.is_some() {
            group = o.group.as_deref();
        }
        items.push(Item {
            value: id(o.option),
            label: o.label.clone(),
            hint: o.hint.clone(),
            divider,
            group: new_group.map(str::to_string),
        });
    }
    // Before the question: which day a month given alone stands for.
    let mut note = Writer::new();
    if let Some(month_only) = &asked.month_only {
        note.raw("<div class=\"govuk-inset-text\" id=\"month-only\">")
            .text(month_only)
            .raw("</div>");
    }
    // Why an earlier answer is selected goes under the heading, in its hint, where a phone user
    // sees it and a screen reader reads it with the question.
    let hint = if asked.confirming {
        let reason = "You changed an earlier answer or the date, and this question now reads differently. Your earlier answer is selected: check it and continue.";
        Some(match &asked.hint {
            Some(hint) => format!("{reason} {hint}"),
            None => reason.to_string(),
        })
    } else {
        asked.hint.clone()
    };
    let form = Form {
        back: state.view.back.clone(),
        note: (!note.is_empty()).then(|| note.finish()),
        question: Question {
            name: question.id.to_string(),
            caption: None,
            heading: asked.title.clone(),
            page_heading: true,
            hint,
            kind: Kind::Radios {
                items,
                selected: asked.selected.map(id),
                small: lists_councils,
                filter: lists_councils.then(|| "Find a council or trust by name".to_string()),
                reveal: None,
            },
        },
        after: None,
        submit: "Continue",
        secondary: false,
    };
    let check = {
        let state = state.clone();
        Callback::from(move |given: crate::ui::browser::Submitted| {
            let policy = state.policy;
            let question = policy.question(q);
            match given.chosen.and_then(|v| policy.option_by_id(q, &v)) {
                Some(option) => {
                    let cx = state.cx();
                    Ok(Some(cx.href(&cx.answer(&state.view.journey, q, option))))
                }
                None => Err(Problem {
                    field: question.id.to_string(),
                    message: question.error.to_string(),
                    marks: [false; 3],
                }),
            }
        })
    };
    html! { <FormPage form={Rc::new(form)} title={asked.title.clone()} {check} /> }
}
