//! A question page: the form rendered by naas-pages as HTML, with its events (submit, change, typing in a filter and Enter there, the error summary's link) handled here, on the one element around it.
//!
//! The page's answers are read from the form when the user presses Continue; `check` turns them
//! into the address to go to, or a problem to show. A problem re-renders the form with the
//! answers as given, the GOV.UK error summary first, and moves focus to the summary.

use std::rc::Rc;

use naas_pages::forms::{Form, Kind, Problem};
use yew::prelude::*;

use super::use_error_focus;
use crate::ui::browser::{self, Submitted};
use crate::ui::components::markup;

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub form: Rc<Form>,
    /// The page title's first part (the heading, or more).
    pub title: AttrValue,
    /// The answers given, to the address to go to (or none, to stay: the page did what was
    /// asked, as a download), or the problem with them.
    pub check: Callback<Submitted, Result<Option<String>, Problem>>,
}

#[component]
pub fn FormPage(props: &FormProps) -> Html {
    // The last problem found, the answers it was found in, and how many problems so far (so
    // that each new one moves focus to the summary again).
    let failed = use_state(|| None::<(Problem, Submitted, u32)>);
    use_error_focus(
        props.title.to_string(),
        failed.as_ref().map_or(0, |(_, _, n)| *n),
    );
    let name = props.form.question.name.clone();
    let date = match &props.form.question.kind {
        Kind::Radios {
            reveal: Some((_, input)),
            ..
        } => input.id.clone(),
        Kind::Date(input) => input.id.clone(),
        _ => String::new(),
    };
    let onsubmit = {
        let (failed, check) = (failed.clone(), props.check.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let given = browser::submitted(&e, &name, &date);
            match check.emit(given.clone()) {
                Ok(Some(href)) => browser::go(&href),
                Ok(None) => failed.set(None),
                Err(problem) => {
                    let count = failed.as_ref().map_or(0, |(_, _, n)| *n) + 1;
                    failed.set(Some((problem, given, count)));
                }
            }
        })
    };
    let page = match &*failed {
        Some((problem, given, _)) => {
            naas_pages::forms::render(&as_given(&props.form, given), Some(problem))
        }
        None => naas_pages::forms::render(&props.form, None),
    };
    html! {
        <div {onsubmit}
            onchange={Callback::from(|e: Event| browser::changed(&e))}
            oninput={Callback::from(|e: InputEvent| browser::filtered(&e))}
            onclick={Callback::from(|e: MouseEvent| browser::followed_error_link(&e))}
            onkeydown={Callback::from(|e: KeyboardEvent| browser::filter_key(&e))}>
            { markup(page) }
        </div>
    }
}

/// The form showing the answers as the user gave them.
fn as_given(form: &Form, given: &Submitted) -> Form {
    let mut form = form.clone();
    match &mut form.question.kind {
        Kind::Radios {
            selected, reveal, ..
        } => {
            *selected = given.chosen.clone();
            if let Some((_, input)) = reveal {
                input.typed = given.typed.clone();
            }
        }
        Kind::Checkboxes { checked, .. } => *checked = given.ticked.clone(),
        Kind::Date(input) => input.typed = given.typed.clone(),
    }
    form
}
