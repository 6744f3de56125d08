//! The first question: which date to check the rules for, today or another date (GOV.UK date input; month names, or a month alone where the rules allow it, read by the core).

use yew::prelude::*;

use super::{use_error_focus, PageProps};
use crate::ui::browser;
use crate::ui::components::{
    back_link, date_input_marked, error_item, error_summary, marked, radios, ErrorItem, Marked,
    RadioItem, Radios, Typed,
};
use naas_core::journey::view::Screen;
use naas_core::journey::When;

pub const HEADING: &str = "What date do you want to check?";
const TODAY: &str = "today";
const OTHER: &str = "other";

#[component]
pub fn WhenPage(props: &PageProps) -> Html {
    let state = props.state.clone();
    let chosen = match state.view.screen {
        Screen::Date { when } => when,
        _ => When::Unset,
    };
    let choice = use_state(|| match chosen {
        When::Unset => None,
        When::Today => Some(AttrValue::from(TODAY)),
        When::On(_) | When::InMonth(_) => Some(AttrValue::from(OTHER)),
    });
    let typed = use_state(|| match chosen {
        When::On(date) => Typed::of(date),
        When::InMonth(date) => Typed::month_of(date),
        _ => Typed::default(),
    });
    // The error and the date input's fields it marks.
    let error = use_state(|| None::<(ErrorItem, Marked)>);
    use_error_focus(HEADING.into(), error.is_some());

    let onchange = {
        let choice = choice.clone();
        Callback::from(move |v: AttrValue| choice.set(Some(v)))
    };
    let onsubmit = {
        let (choice, typed, error, state) =
            (choice.clone(), typed.clone(), error.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let when = match choice.as_deref() {
                Some(TODAY) => Ok(When::Today),
                Some(_) => state
                    .cx()
                    .typed_when(&typed.day, &typed.month, &typed.year)
                    .map_err(|e| (error_item("when-date", &e), marked(&e))),
                None => Err((
                    ErrorItem {
                        field: "when".into(),
                        message: "Select today or another date".into(),
                    },
                    [false; 3],
                )),
            };
            match when {
                Ok(when) => {
                    let cx = state.cx();
                    browser::go(&cx.href(&cx.choose_date(&state.view.journey, when)))
                }
                Err(problem) => error.set(Some(problem)),
            }
        })
    };
    let item = error.as_ref().map(|(item, _)| item);
    let reveal = date_input_marked(
        "when-date",
        "Date to check",
        "For example, 5 10 2019 or 5 October 2019. If you know only the month, leave the day empty.",
        &typed,
        item,
        error.as_ref().map_or([false; 3], |(_, marks)| *marks),
    );
    let items = vec![
        RadioItem {
            value: TODAY.into(),
            label: format!("Today, {}", state.today.long()).into(),
            hint: None,
            divider: false,
            group: None,
            hidden: false,
        },
        RadioItem {
            value: OTHER.into(),
            label: "Another date".into(),
            hint: Some(
                "To see the rules as they stood then, for example while NAAS was running.".into(),
            ),
            divider: false,
            group: None,
            hidden: false,
        },
    ];
    let radio_error = item
        .filter(|e| e.field == "when")
        .map(|e| e.message.clone());
    html! {
        <>
            { back_link(super::back(&state)) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    if let Some(e) = item {
                        { error_summary(std::slice::from_ref(e)) }
                    }
                    <form {onsubmit} novalidate=true>
                        { radios(Radios {
                            name: "when".into(),
                            heading: HEADING.into(),
                            caption: None,
                            hint: Some("The checker applies the rules as they stood on this date.".into()),
                            items,
                            selected: (*choice).clone(),
                            error: radio_error,
                            onchange,
                            conditional: Some((OTHER.into(), reveal)),
                            small: false,
                            before: None,
                        }) }
                        <button type="submit" class="govuk-button">{ "Continue" }</button>
                    </form>
                </div>
            </div>
        </>
    }
}
