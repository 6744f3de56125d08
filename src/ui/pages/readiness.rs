//! The readiness questions: which standard to use, one page per statement to rate, and the practical checks, as forms whose answers the core turns into the next address.

use std::rc::Rc;

use naas_core::journey::view::Screen;
use naas_core::readiness::SetId;
use naas_pages::forms::{Form, Item, Kind, Problem, Question};
use naas_pages::html::{Html as Writer, Markup};
use yew::prelude::*;

use super::form::FormPage;
use crate::ui::browser::Submitted;
use crate::ui::state::State;

pub const SET_HEADING: &str = "Which standard do you want to check yourself against?";
pub const CHECKS_HEADING: &str = "Which of these had you done, while NAAS was running?";
const NONE: &str = "none";

/// A form of radios with a page heading, a caption and a hint, and `after` them any note (below
/// the options, so that the first option is on the first screen of a phone).
fn radios(
    state: &State,
    name: String,
    (caption, heading, hint): (String, String, String),
    items: Vec<Item>,
    selected: Option<String>,
    after: Option<Markup>,
) -> Form {
    Form {
        back: state.view.back.clone(),
        note: None,
        question: Question {
            name,
            caption: Some(caption),
            heading,
            page_heading: true,
            hint: Some(hint),
            kind: Kind::Radios {
                items,
                selected,
                small: false,
                filter: None,
                reveal: None,
            },
        },
        after,
        submit: "Continue",
        secondary: false,
    }
}

fn item(value: &str, label: &str, hint: Option<&str>) -> Item {
    Item {
        value: value.to_string(),
        label: label.to_string(),
        hint: hint.map(str::to_string),
        divider: false,
        group: None,
    }
}

fn problem(field: &str, message: &str) -> Problem {
    Problem {
        field: field.to_string(),
        message: message.to_string(),
        marks: [false; 3],
    }
}

pub fn set_view(state: &Rc<State>) -> Html {
    let readiness = state.readiness;
    let date = state.view.date;
    let Screen::Standard {
        selected: suggested,
        offered,
        replaced,
        not_covered,
    } = &state.view.screen
    else {
        return html! {};
    };
    // Until a standard is chosen, the view suggests the one for the role given in the
    // eligibility questions. A standard another had replaced by the date is offered for
    // reference only, and says so.
    let items = offered
        .iter()
        .map(|id| {
            let s = readiness.set(*id);
            match s.replaced_by(date) {
                Some(r) => item(
                    &s.id,
                    &format!(
                        "{}: the standard used until {}, for reference",
                        s.label,
                        r.from.previous_long()
                    ),
                    Some(&s.title),
                ),
                None => item(&s.id, &s.label, Some(&s.title)),
            }
        })
        .collect();
    let hint = if readiness.during_naas(date) {
        "You rate how confident you are on each statement of the standard, then answer a few practical checks about preparing for NAAS as it was then. You then get your strengths, the areas to develop and an action plan to print or download. It is not a test and does not predict whether you would pass."
    } else {
        "You rate how confident you are on each statement of the standard. You then get your strengths, areas to discuss in supervision and a CPD entry for each, as a plan to print or download. It is not a test."
    };
    let mut note = Writer::new();
    if *not_covered {
        let text = &readiness.not_covered;
        note.markup(&naas_pages::sourced_note(
            "not-covered",
            &text.text,
            state.policy,
            &text.sources,
        ));
    }
    if let Some(r) = replaced.and_then(|s| readiness.set(s).replaced_by(date)) {
        if let Some(text) = r.note_on(date, state.view.today) {
            note.markup(&naas_pages::sourced_note(
                "replaced",
                text,
                state.policy,
                &r.by.sources,
            ));
        }
    }
    let note = (!note.is_empty()).then(|| note.finish());
    let mut form = radios(
        state,
        "set".into(),
        (
            "Readiness self-assessment".into(),
            SET_HEADING.into(),
            hint.into(),
        ),
        items,
        suggested.map(|s| readiness.set(s).id.to_string()),
        None,
    );
    form.note = note;
    let check = {
        let state = state.clone();
        Callback::from(move |given: Submitted| {
            match given.chosen.and_then(|v| state.readiness.set_by_id(&v)) {
                Some(set) => {
                    let cx = state.cx();
                    Ok(Some(cx.href(&cx.choose_set(&state.view.journey, set))))
                }
                None => Err(problem(
                    "set",
                    "Select the standard you want to check yourself against",
                )),
            }
        })
    };
    html! { <FormPage form={Rc::new(form)} title={SET_HEADING} {check} /> }
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
    let items = readiness
        .scale
        .iter()
        .map(|l| item(&l.id, &l.label, Some(&l.hint)))
        .collect();
    let form = radios(
        state,
        statement.id.to_string(),
        (
            match set.replaced_by(state.view.date) {
                // Clearly marked: another standard applies on the date.
                Some(r) => format!(
                    "{}: statement {number} of {of} (for reference: the standard used until {})",
                    set.name,
                    r.from.previous_long()
                ),
                None => format!("{}: statement {number} of {of}", set.name),
            },
            statement.heading.to_string(),
            format!(
                "{} How confident are you in this part of your practice?",
                statement.summary
            ),
        ),
        items,
        selected.map(|l| readiness.level(l).id.to_string()),
        Some(headings_note(state, statement.set)),
    );
    let id = statement.id.to_string();
    let check = {
        let state = state.clone();
        Callback::from(move |given: Submitted| {
            match given.chosen.and_then(|v| state.readiness.level_by_id(&v)) {
                Some(level) => {
                    let cx = state.cx();
                    Ok(Some(cx.href(&cx.rate(&state.view.journey, sid, level))))
                }
                None => Err(problem(
                    &id,
                    "Select how confident you are in this part of your practice",
                )),
            }
        })
    };
    let title = super::title_of(&state.view);
    html! { <FormPage form={Rc::new(form)} {title} {check} /> }
}

/// The set's one note on its headings: they are DfE's, the summaries are ours, and where the
/// official statements are. (Each heading's check status is for maintainers, in the data.)
pub fn headings_note(state: &State, set: SetId) -> Markup {
    let note = &state.readiness.set(set).headings_note;
    let mut h = Writer::new();
    h.raw("<div class=\"app-headings-note\"><p class=\"govuk-body-s\">")
        .text(&note.text)
        .raw("</p>");
    // GOV.UK's page as it stood on the date checked.
    let as_at = state.view.date.min(state.view.today);
    let sources = state.policy.of_the_time(&note.sources, as_at);
    naas_pages::sources_line(&mut h, state.policy, &sources);
    h.raw("</div>");
    h.finish()
}

pub fn checks_view(state: &Rc<State>) -> Html {
    let readiness = state.readiness;
    let checked: Vec<String> = match &state.view.screen {
        Screen::PracticalChecks { done: Some(done) } if done.is_empty() => vec![NONE.into()],
        Screen::PracticalChecks { done: Some(done) } => done
            .iter()
            .map(|c| readiness.check(*c).id.to_string())
            .collect(),
        _ => Vec::new(),
    };
    let mut items: Vec<Item> = readiness
        .checks
        .iter()
        .map(|c| item(&c.id, &c.label, None))
        .collect();
    items.push(Item {
        divider: true,
        ..item(NONE, "None of these", None)
    });
    let closed = &readiness.naas_closed;
    let form = Form {
        back: state.view.back.clone(),
        note: None,
        question: Question {
            name: "done".into(),
            caption: Some("Readiness self-assessment".into()),
            heading: CHECKS_HEADING.into(),
            page_heading: true,
            hint: Some(
                "These were the practical steps before a NAAS assessment. Select all that apply."
                    .into(),
            ),
            kind: Kind::Checkboxes { items, checked },
        },
        after: Some(naas_pages::sourced_note(
            "naas-closed",
            &closed.text,
            state.policy,
            &closed.sources,
        )),
        submit: "Continue",
        secondary: false,
    };
    let check = {
        let state = state.clone();
        Callback::from(move |given: Submitted| {
            if given.ticked.is_empty() {
                return Err(problem(
                    "done",
                    "Select what you had done, or select none of these",
                ));
            }
            let mut done = Vec::new();
            for c in given
                .ticked
                .iter()
                .filter_map(|v| state.readiness.check_by_id(v))
            {
                naas_core::map::insert_sorted(&mut done, c);
            }
            let cx = state.cx();
            Ok(Some(
                cx.href(&cx.practical_checks(&state.view.journey, done)),
            ))
        })
    };
    html! { <FormPage form={Rc::new(form)} title={CHECKS_HEADING} {check} /> }
}
