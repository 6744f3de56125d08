//! A one-question page with radios (legend as the h1), Continue, a back link, and the GOV.UK error pattern; shared by every single-choice question.

use std::rc::Rc;

use yew::prelude::*;

use super::use_error_focus;
use crate::ui::browser;
use crate::ui::components::{back_link, error_summary, radios, ErrorItem, RadioItem, Radios};

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub name: AttrValue,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    pub heading: AttrValue,
    /// The page title's first part, when it says more than the heading.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Content between the back link and the question, such as a note about the question.
    #[prop_or_default]
    pub before: Html,
    pub items: Rc<[RadioItem]>,
    pub selected: Option<AttrValue>,
    /// The message when Continue is pressed with nothing chosen.
    pub error: AttrValue,
    pub back: AttrValue,
    /// The address to go to for a chosen value.
    pub next: Callback<AttrValue, Option<String>>,
}

#[component]
pub fn ChoicePage(props: &ChoiceProps) -> Html {
    let selected = use_state(|| props.selected.clone());
    let error = use_state(|| false);
    use_error_focus(
        props.title.as_ref().unwrap_or(&props.heading).to_string(),
        *error,
    );

    let onchange = {
        let selected = selected.clone();
        Callback::from(move |v: AttrValue| selected.set(Some(v)))
    };
    let onsubmit = {
        let (selected, error, next) = (selected.clone(), error.clone(), props.next.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match selected.as_ref().and_then(|v| next.emit(v.clone())) {
                Some(href) => browser::go(&href),
                None => error.set(true),
            }
        })
    };
    html! {
        <>
            { back_link(props.back.to_string()) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    if *error {
                        { error_summary(&[ErrorItem { field: props.name.clone(), message: props.error.clone() }]) }
                    }
                    { props.before.clone() }
                    <form {onsubmit} novalidate=true>
                        { radios(Radios {
                            name: props.name.clone(),
                            heading: props.heading.clone(),
                            caption: props.caption.clone(),
                            hint: props.hint.clone(),
                            items: props.items.to_vec(),
                            selected: (*selected).clone(),
                            error: error.then(|| props.error.clone()),
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
