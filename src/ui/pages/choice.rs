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
    /// For a long list in groups: the label of a box that narrows the grouped items to those
    /// whose label contains what is typed. The items outside groups always show.
    #[prop_or_default]
    pub filter: Option<AttrValue>,
}

#[component]
pub fn ChoicePage(props: &ChoiceProps) -> Html {
    let selected = use_state(|| props.selected.clone());
    let error = use_state(|| false);
    let query = use_state(String::new);
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
    let (items, before) = match &props.filter {
        Some(label) => {
            let oninput = {
                let query = query.clone();
                Callback::from(move |e: InputEvent| {
                    query.set(
                        e.target_unchecked_into::<web_sys::HtmlInputElement>()
                            .value(),
                    )
                })
            };
            let id = format!("{}-filter", props.name);
            let filter = html! {
                <div class="govuk-form-group app-filter">
                    <label class="govuk-label" for={id.clone()}>{ label.clone() }</label>
                    <input class="govuk-input" id={id} type="search" autocomplete="off"
                        spellcheck="false" value={(*query).clone()} {oninput} />
                </div>
            };
            (
                narrowed(&props.items, &query, selected.as_ref()),
                Some(filter),
            )
        }
        None => (props.items.to_vec(), None),
    };
    let small = props.filter.is_some();
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
                            items,
                            selected: (*selected).clone(),
                            error: error.then(|| props.error.clone()),
                            onchange,
                            conditional: None,
                            small,
                            before,
                        }) }
                        <button type="submit" class="govuk-button">{ "Continue" }</button>
                    </form>
                </div>
            </div>
        </>
    }
}

/// The items with those in groups whose label does not contain `query` (ignoring case) hidden,
/// and each group's heading over its first item still shown. The selected item always shows.
fn narrowed(items: &[RadioItem], query: &str, selected: Option<&AttrValue>) -> Vec<RadioItem> {
    let query = query.trim().to_ascii_lowercase();
    let mut group: Option<AttrValue> = None;
    let mut shown_group = false;
    items
        .iter()
        .map(|item| {
            if item.group.is_some() {
                group = item.group.clone();
                shown_group = false;
            }
            let grouped = group.is_some() && !item.divider;
            if item.divider {
                group = None;
            }
            let hidden = grouped
                && !query.is_empty()
                && Some(&item.value) != selected
                && !item.label.to_ascii_lowercase().contains(&query);
            let heading = (grouped && !hidden && !shown_group)
                .then(|| group.clone())
                .flatten();
            shown_group |= heading.is_some();
            RadioItem {
                group: heading,
                hidden,
                ..item.clone()
            }
        })
        .collect()
}
