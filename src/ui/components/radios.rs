//! GOV.UK radios in a fieldset whose legend is the page's h1, with hint, error message and an optional conditional reveal.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct RadioItem {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    /// Draw an "or" divider before this item.
    pub divider: bool,
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// The field name; the first radio's id, which the error summary links to.
    pub name: AttrValue,
    pub heading: AttrValue,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub items: Rc<[RadioItem]>,
    pub selected: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub onchange: Callback<AttrValue>,
    /// Content revealed under one item (by value) while it is selected.
    #[prop_or_default]
    pub conditional: Option<(AttrValue, Html)>,
}

#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let name = &props.name;
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let group = classes!(
        "govuk-form-group",
        props.error.as_ref().map(|_| "govuk-form-group--error")
    );
    html! {
        <div class={group}>
            <fieldset class="govuk-fieldset" aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                    if let Some(caption) = &props.caption {
                        <span class="govuk-caption-l">{ caption.clone() }</span>
                    }
                    <h1 class="govuk-fieldset__heading" tabindex="-1">{ props.heading.clone() }</h1>
                </legend>
                if let Some(hint) = &props.hint {
                    <div id={hint_id.clone()} class="govuk-hint">{ hint.clone() }</div>
                }
                if let Some(error) = &props.error {
                    <p id={error_id.clone()} class="govuk-error-message">
                        <span class="govuk-visually-hidden">{ "Error: " }</span>{ error.clone() }
                    </p>
                }
                <div class="govuk-radios">
                    { for props.items.iter().enumerate().map(|(i, item)| radio(props, i, item)) }
                </div>
            </fieldset>
        </div>
    }
}

fn radio(props: &RadiosProps, index: usize, item: &RadioItem) -> Html {
    let id = if index == 0 {
        props.name.to_string()
    } else {
        format!("{}-{}", props.name, index + 1)
    };
    let item_hint = format!("{id}-item-hint");
    let checked = props.selected.as_ref() == Some(&item.value);
    let onchange = {
        let cb = props.onchange.clone();
        let value = item.value.clone();
        Callback::from(move |_: Event| cb.emit(value.clone()))
    };
    let conditional = props
        .conditional
        .as_ref()
        .filter(|(value, _)| *value == item.value && checked)
        .map(|(_, content)| content.clone());
    html! {
        <>
            if item.divider {
                <div class="govuk-radios__divider">{ "or" }</div>
            }
            <div class="govuk-radios__item">
                <input class="govuk-radios__input" id={id.clone()} name={props.name.clone()} type="radio"
                    value={item.value.clone()} {checked} {onchange}
                    aria-describedby={item.hint.as_ref().map(|_| item_hint.clone())} />
                <label class="govuk-label govuk-radios__label" for={id.clone()}>{ item.label.clone() }</label>
                if let Some(hint) = &item.hint {
                    <div id={item_hint.clone()} class="govuk-hint govuk-radios__hint">{ hint.clone() }</div>
                }
            </div>
            if let Some(content) = conditional {
                <div class="govuk-radios__conditional" id={format!("conditional-{id}")}>{ content }</div>
            }
        </>
    }
}
