//! The first question: which date to check the rules for, today or another date (GOV.UK date input).

use yew::prelude::*;

use super::{use_error_focus, PageProps};
use crate::ui::browser;
use crate::ui::components::{
    back_link, date_input, error_summary, radios, read_date, ErrorItem, RadioItem, Radios, Typed,
};
use naas_core::flow;

pub const HEADING: &str = "What date do you want to check?";
const TODAY: &str = "today";
const OTHER: &str = "other";

#[component]
pub fn WhenPage(props: &PageProps) -> Html {
    let state = props.state.clone();
    let chosen = state.address.date;
    let choice =
        use_state(|| chosen.map(|d| AttrValue::from(if d == state.today { TODAY } else { OTHER })));
    let typed = use_state(|| {
        chosen
            .filter(|d| *d != state.today)
            .map(Typed::of)
            .unwrap_or_default()
    });
    let error = use_state(|| None::<ErrorItem>);
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
            let date = match choice.as_deref() {
                Some(TODAY) => Ok(state.today),
                Some(_) => read_date("when-date", &typed),
                None => Err(ErrorItem {
                    field: "when".into(),
                    message: "Select today or another date".into(),
                }),
            };
            match date {
                Ok(date) => {
                    browser::go(&state.href(&flow::after_date(state.policy, &state.address, date)))
                }
                Err(problem) => error.set(Some(problem)),
            }
        })
    };
    let reveal = date_input(
        "when-date",
        "Date to check",
        "For example, 5 10 2019",
        &typed,
        error.as_ref(),
    );
    let items = vec![
        RadioItem {
            value: TODAY.into(),
            label: format!("Today, {}", state.today.long()).into(),
            hint: None,
            divider: false,
        },
        RadioItem {
            value: OTHER.into(),
            label: "Another date".into(),
            hint: Some(
                "To see the rules as they stood then, for example while NAAS was running.".into(),
            ),
            divider: false,
        },
    ];
    let radio_error = error
        .as_ref()
        .filter(|e| e.field == "when")
        .map(|e| e.message.clone());
    html! {
        <>
            { back_link(state.back()) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    if let Some(e) = &*error {
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
                        }) }
                        <button type="submit" class="govuk-button">{ "Continue" }</button>
                    </form>
                </div>
            </div>
        </>
    }
}
