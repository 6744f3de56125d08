//! Form pieces: GOV.UK radios (legend as the page's h1, hint, error, conditional reveal) and the error summary.

use yew::prelude::*;

use crate::ui::browser;
use naas_core::text::at_most;

/// How many problems a banner lists before "and N more": a link or a configuration can hold
/// thousands of mistakes, and a handful says enough to fix them.
const MAX_LISTED: usize = 5;

#[derive(Clone, PartialEq)]
pub struct RadioItem {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    /// Draw an "or" divider before this item.
    pub divider: bool,
    /// A heading over this item and those after it, until the next one (the phase a council
    /// joined in); said once for the group rather than as each item's hint.
    pub group: Option<AttrValue>,
    /// Filtered out of view (by a filter the page offers); still in the form.
    pub hidden: bool,
}

/// A radios question. `name` is also the first radio's id, which the error summary links to.
pub struct Radios {
    pub name: AttrValue,
    pub heading: AttrValue,
    /// A caption above the heading, for example "Statement 3 of 10".
    pub caption: Option<AttrValue>,
    pub hint: Option<AttrValue>,
    pub items: Vec<RadioItem>,
    pub selected: Option<AttrValue>,
    pub error: Option<AttrValue>,
    pub onchange: Callback<AttrValue>,
    /// Content revealed under one item (by value) while it is selected.
    pub conditional: Option<(AttrValue, Html)>,
    /// GOV.UK's smaller radios, for a long list.
    pub small: bool,
    /// Content between the hint and the radios, such as a filter for a long list.
    pub before: Option<Html>,
}

pub fn radios(r: Radios) -> Html {
    let name = &r.name;
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described: Vec<&str> = [
        r.hint.as_ref().map(|_| hint_id.as_str()),
        r.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let group = classes!(
        "govuk-form-group",
        r.error.as_ref().map(|_| "govuk-form-group--error")
    );
    html! {
        <div class={group}>
            <fieldset class="govuk-fieldset" aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                    if let Some(caption) = &r.caption {
                        <span class="govuk-caption-l">{ caption.clone() }</span>
                    }
                    <h1 class="govuk-fieldset__heading" tabindex="-1">{ r.heading.clone() }</h1>
                </legend>
                if let Some(hint) = &r.hint {
                    <div id={hint_id.clone()} class="govuk-hint">{ hint.clone() }</div>
                }
                if let Some(error) = &r.error {
                    <p id={error_id.clone()} class="govuk-error-message">
                        <span class="govuk-visually-hidden">{ "Error: " }</span>{ error.clone() }
                    </p>
                }
                if let Some(before) = &r.before {
                    { before.clone() }
                }
                <div class={classes!("govuk-radios", r.small.then_some("govuk-radios--small"))}>
                    { for r.items.iter().enumerate().map(|(i, item)| radio(&r, i, item)) }
                </div>
            </fieldset>
        </div>
    }
}

fn radio(r: &Radios, index: usize, item: &RadioItem) -> Html {
    let id = if index == 0 {
        r.name.to_string()
    } else {
        format!("{}-{}", r.name, index + 1)
    };
    let item_hint = format!("{id}-item-hint");
    let checked = r.selected.as_ref() == Some(&item.value);
    let onchange = {
        let cb = r.onchange.clone();
        let value = item.value.clone();
        Callback::from(move |_: Event| cb.emit(value.clone()))
    };
    let conditional = r
        .conditional
        .as_ref()
        .filter(|(value, _)| *value == item.value && checked)
        .map(|(_, content)| content.clone());
    html! {
        <>
            if item.divider {
                <div class="govuk-radios__divider">{ "or" }</div>
            }
            if let Some(group) = &item.group {
                <p class="govuk-body app-radios__group">{ group.clone() }</p>
            }
            <div class="govuk-radios__item" hidden={item.hidden}>
                <input class="govuk-radios__input" id={id.clone()} name={r.name.clone()} type="radio"
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

/// A "select all that apply" question: GOV.UK checkboxes, legend as the page's h1.
pub struct Checkboxes {
    pub name: AttrValue,
    pub heading: AttrValue,
    pub hint: AttrValue,
    pub items: Vec<RadioItem>,
    pub checked: Vec<AttrValue>,
    pub error: Option<AttrValue>,
    /// Called with an item's value when it is ticked or unticked.
    pub ontoggle: Callback<AttrValue>,
}

pub fn checkboxes(c: Checkboxes) -> Html {
    let name = &c.name;
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = if c.error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("govuk-form-group", c.error.as_ref().map(|_| "govuk-form-group--error"))}>
            <fieldset class="govuk-fieldset" aria-describedby={described}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                    <h1 class="govuk-fieldset__heading" tabindex="-1">{ c.heading.clone() }</h1>
                </legend>
                <div id={hint_id.clone()} class="govuk-hint">{ c.hint.clone() }</div>
                if let Some(error) = &c.error {
                    <p id={error_id.clone()} class="govuk-error-message">
                        <span class="govuk-visually-hidden">{ "Error: " }</span>{ error.clone() }
                    </p>
                }
                <div class="govuk-checkboxes">
                    { for c.items.iter().enumerate().map(|(i, item)| {
                        let id = if i == 0 { name.to_string() } else { format!("{name}-{}", i + 1) };
                        let onchange = {
                            let (cb, value) = (c.ontoggle.clone(), item.value.clone());
                            Callback::from(move |_: Event| cb.emit(value.clone()))
                        };
                        html! {
                            <>
                                if item.divider {
                                    <div class="govuk-checkboxes__divider">{ "or" }</div>
                                }
                                <div class="govuk-checkboxes__item">
                                    <input class="govuk-checkboxes__input" id={id.clone()} name={name.clone()} type="checkbox"
                                        value={item.value.clone()} checked={c.checked.contains(&item.value)} {onchange} />
                                    <label class="govuk-label govuk-checkboxes__label" for={id}>{ item.label.clone() }</label>
                                </div>
                            </>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

/// One problem and the id of the field it is about.
#[derive(Clone, PartialEq)]
pub struct ErrorItem {
    pub field: AttrValue,
    pub message: AttrValue,
}

/// The GOV.UK error summary: each problem links to its field.
pub fn error_summary(items: &[ErrorItem]) -> Html {
    html! {
        <div class="govuk-error-summary" tabindex="-1">
            <div role="alert">
                <h2 class="govuk-error-summary__title">{ "There is a problem" }</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">
                        { for items.iter().map(|item| {
                            // The fragment holds the page's address, so follow the link by moving
                            // focus rather than by changing the fragment.
                            let field = item.field.clone();
                            let onclick = Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                browser::focus_id(&field);
                            });
                            html! {
                                <li><a href={format!("#{}", item.field)} {onclick}>{ item.message.clone() }</a></li>
                            }
                        }) }
                    </ul>
                </div>
            </div>
        </div>
    }
}

/// A GOV.UK notification banner listing problems: a title, a heading, the problems (each
/// different one once, at most a handful) and a closing line.
pub fn problem_banner(
    id: &str,
    title: &str,
    heading: &str,
    problems: &[String],
    closing: &str,
) -> Html {
    let title_id = format!("{id}-title");
    html! {
        <section class="govuk-notification-banner" aria-labelledby={title_id.clone()} id={id.to_string()}>
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id={title_id}>{ title.to_string() }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ heading.to_string() }</p>
                <ul class="govuk-list govuk-list--bullet">
                    { for at_most(problems, MAX_LISTED).into_iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
                <p class="govuk-body">{ closing.to_string() }</p>
            </div>
        </section>
    }
}
