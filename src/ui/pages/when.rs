//! The first question: which date to check the rules for, today or another date (GOV.UK date input; month names, or a month alone where the rules allow it, read by the core).

use std::rc::Rc;

use naas_core::journey::view::Screen;
use naas_core::journey::When;
use naas_pages::forms::{date_problem, DateInput, Form, Item, Kind, Problem, Question};
use yew::prelude::*;

use super::form::FormPage;
use crate::ui::browser::Submitted;
use crate::ui::state::State;

pub const HEADING: &str = "What date do you want to check?";
const TODAY: &str = "today";
const OTHER: &str = "other";
const DATE: &str = "when-date";

pub fn view(state: &Rc<State>) -> Html {
    let chosen = match state.view.screen {
        Screen::Date { when } => when,
        _ => When::Unset,
    };
    let typed = match chosen {
        When::On(date) => [
            date.day().to_string(),
            date.month().to_string(),
            date.year().to_string(),
        ],
        When::InMonth(date) => [
            String::new(),
            date.month().to_string(),
            date.year().to_string(),
        ],
        _ => Default::default(),
    };
    let items = vec![
        Item {
            value: TODAY.into(),
            label: format!("Today, {}", state.today.long()),
            hint: None,
            divider: false,
            group: None,
        },
        Item {
            value: OTHER.into(),
            label: "Another date".into(),
            hint: Some(format!(
                "To see the rules as they stood then, for example while NAAS was running, or what is announced for a date up to {}.",
                state.cx().last_date().long()
            )),
            divider: false,
            group: None,
        },
    ];
    let form = Form {
        back: state.view.back.clone(),
        note: None,
        question: Question {
            name: "when".into(),
            caption: None,
            heading: HEADING.into(),
            page_heading: true,
            hint: Some("The checker applies the rules as they stood on this date.".into()),
            kind: Kind::Radios {
                items,
                selected: match chosen {
                    When::Unset => None,
                    When::Today => Some(TODAY.into()),
                    When::On(_) | When::InMonth(_) => Some(OTHER.into()),
                },
                small: false,
                filter: None,
                reveal: Some((
                    OTHER.into(),
                    DateInput {
                        id: DATE.into(),
                        legend: "Date to check".into(),
                        hint: "For example, 5 10 2019 or 1 September 2027. If you know only the month, leave the day empty.".into(),
                        typed,
                    },
                )),
            },
        },
        after: None,
        submit: "Continue",
        secondary: false,
    };
    let check = {
        let state = state.clone();
        Callback::from(move |given: Submitted| {
            let cx = state.cx();
            let when = match given.chosen.as_deref() {
                Some(TODAY) => When::Today,
                Some(_) => {
                    let [day, month, year] = &given.typed;
                    cx.typed_when(day, month, year)
                        .map_err(|e| date_problem(DATE, &e))?
                }
                None => {
                    return Err(Problem {
                        field: "when".into(),
                        message: "Select today or another date".into(),
                        marks: [false; 3],
                    })
                }
            };
            Ok(Some(cx.href(&cx.choose_date(&state.view.journey, when))))
        })
    };
    html! { <FormPage form={Rc::new(form)} title={HEADING} {check} /> }
}
