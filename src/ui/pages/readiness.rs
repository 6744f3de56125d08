//! The readiness questions: which standard to use, one page per statement to rate, and the practical checks.

use std::rc::Rc;

use yew::prelude::*;

use super::choice::ChoicePage;
use super::{use_error_focus, PageProps};
use crate::ui::browser;
use crate::ui::components::{
    back_link, checkboxes, error_summary, source_links, Checkboxes, ErrorItem, RadioItem,
};
use crate::ui::state::State;
use naas_core::journey::view::Screen;
use naas_core::readiness::SetId;

pub const SET_HEADING: &str = "Which standard do you want to check yourself against?";
pub const CHECKS_HEADING: &str = "Which of these had you done, while NAAS was running?";
const NONE: &str = "none";

pub fn set_view(state: &Rc<State>) -> Html {
    let readiness = state.readiness;
    let items: Rc<[RadioItem]> = readiness
        .sets
        .iter()
        .map(|s| RadioItem {
            value: s.id.to_string().into(),
            label: s.label.to_string().into(),
            hint: Some(s.title.to_string().into()),
            divider: false,
            group: None,
            hidden: false,
        })
        .collect();
    // Until a standard is chosen, the view suggests the one for the role given in the
    // eligibility questions.
    let suggested = match state.view.screen {
        Screen::Standard { selected } => selected,
        _ => None,
    };
    let next = {
        let state = state.clone();
        Callback::from(move |v: AttrValue| {
            let set = state.readiness.set_by_id(&v)?;
            let cx = state.cx();
            Some(cx.href(&cx.choose_set(&state.view.journey, set)))
        })
    };
    html! {
        <ChoicePage
            name="set"
            caption={Some(AttrValue::from("Readiness self-assessment"))}
            heading={SET_HEADING}
            hint={Some(AttrValue::from("You rate how confident you are on each statement of the standard, then answer a few practical checks. You then get your strengths, the areas to develop and an action plan to print or download. It is not a test and does not predict whether you would pass."))}
            {items}
            selected={suggested.map(|s| AttrValue::from(readiness.set(s).id.to_string()))}
            error="Select the standard you want to check yourself against"
            back={super::back(state)}
            {next} />
    }
}

pub fn rate_view(state: &Rc<State>) -> Html {
    let Screen::Rate {
        statement: sid,
        number,
        of,
        selected,
    } = state.view.screen
    else {
        return html! {};
    };
    let readiness = state.readiness;
    let statement = readiness.statement(sid);
    let set = readiness.set(statement.set);
    let items: Rc<[RadioItem]> = readiness
        .scale
        .iter()
        .map(|l| RadioItem {
            value: l.id.to_string().into(),
            label: l.label.to_string().into(),
            hint: Some(l.hint.to_string().into()),
            divider: false,
            group: None,
            hidden: false,
        })
        .collect();
    let before = headings_note(state, statement.set);
    let next = {
        let state = state.clone();
        Callback::from(move |v: AttrValue| {
            let level = state.readiness.level_by_id(&v)?;
            let cx = state.cx();
            Some(cx.href(&cx.rate(&state.view.journey, sid, level)))
        })
    };
    html! {
        <ChoicePage
            name={statement.id.to_string()}
            caption={Some(AttrValue::from(format!("{}: statement {number} of {of}", set.name)))}
            heading={statement.heading.to_string()}
            title={Some(AttrValue::from(super::title_of(&state.view)))}
            hint={Some(AttrValue::from(format!("{} How confident are you in this part of your practice?", statement.summary)))}
            {before}
            {items}
            selected={selected.map(|l| AttrValue::from(readiness.level(l).id.to_string()))}
            error="Select how confident you are in this part of your practice"
            back={super::back(state)}
            {next} />
    }
}

/// The set's one note on its headings: they are DfE's, the summaries are ours, and where the
/// official statements are. (Each heading's check status is for maintainers, in the data.)
pub fn headings_note(state: &State, set: SetId) -> Html {
    let note = &state.readiness.set(set).headings_note;
    html! {
        <div class="govuk-body-s app-headings-note">
            <p class="govuk-body-s">{ note.text.to_string() }</p>
            { source_links(state.policy, &note.sources) }
        </div>
    }
}

#[component]
pub fn ChecksPage(props: &PageProps) -> Html {
    let state = props.state.clone();
    let readiness = state.readiness;
    let done = match &state.view.screen {
        Screen::PracticalChecks { done } => done.clone(),
        _ => None,
    };
    let initial: Vec<AttrValue> = match &done {
        Some(done) if done.is_empty() => vec![NONE.into()],
        Some(done) => done
            .iter()
            .map(|c| AttrValue::from(readiness.check(*c).id.to_string()))
            .collect(),
        None => Vec::new(),
    };
    let checked = use_state(|| initial);
    let error = use_state(|| false);
    use_error_focus(CHECKS_HEADING.into(), *error);

    // "None of these" and the other boxes exclude each other, as in GOV.UK's exclusive checkbox.
    let ontoggle = {
        let checked = checked.clone();
        Callback::from(move |value: AttrValue| {
            let mut now: Vec<AttrValue> = (*checked).clone();
            if let Some(i) = now.iter().position(|v| *v == value) {
                now.remove(i);
            } else if value == NONE {
                now = vec![value];
            } else {
                now.retain(|v| v != NONE);
                now.push(value);
            }
            checked.set(now);
        })
    };
    let onsubmit = {
        let (checked, error, state) = (checked.clone(), error.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if checked.is_empty() {
                return error.set(true);
            }
            let mut done = Vec::new();
            for c in checked
                .iter()
                .filter_map(|v| state.readiness.check_by_id(v))
            {
                naas_core::map::insert_sorted(&mut done, c);
            }
            let cx = state.cx();
            browser::go(&cx.href(&cx.practical_checks(&state.view.journey, done)));
        })
    };
    let mut items: Vec<RadioItem> = readiness
        .checks
        .iter()
        .map(|c| RadioItem {
            value: c.id.to_string().into(),
            label: c.label.to_string().into(),
            hint: None,
            divider: false,
            group: None,
            hidden: false,
        })
        .collect();
    items.push(RadioItem {
        value: NONE.into(),
        label: "None of these".into(),
        hint: None,
        divider: true,
        group: None,
        hidden: false,
    });
    let message: AttrValue = "Select what you have done, or select none of these".into();
    html! {
        <>
            { back_link(super::back(&state)) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    if *error {
                        { error_summary(&[ErrorItem { field: "done".into(), message: message.clone() }]) }
                    }
                    <form {onsubmit} novalidate=true>
                        { checkboxes(Checkboxes {
                            name: "done".into(),
                            heading: CHECKS_HEADING.into(),
                            hint: "These were the practical steps before a NAAS assessment. Select all that apply.".into(),
                            items,
                            checked: (*checked).clone(),
                            error: error.then_some(message),
                            ontoggle,
                        }) }
                        <div class="govuk-inset-text" id="naas-closed">
                        <p class="govuk-body">{ readiness.naas_closed.text.to_string() }</p>
                        { source_links(state.policy, &readiness.naas_closed.sources) }
                    </div>
                        <button type="submit" class="govuk-button">{ "Continue" }</button>
                    </form>
                </div>
            </div>
        </>
    }
}
