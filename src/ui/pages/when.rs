//! The first question: which date to check the rules for, today or another date (GOV.UK date input).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{use_error_focus, PageProps};
use crate::date::Date;
use crate::flow;
use crate::ui::browser;
use crate::ui::components::{back_link, error_summary, radios, ErrorItem, RadioItem, Radios};

pub const HEADING: &str = "What date do you want to check?";
const TODAY: &str = "today";
const OTHER: &str = "other";

/// What the user typed into the date input.
#[derive(Clone, Default, PartialEq)]
struct Typed {
    day: String,
    month: String,
    year: String,
}

#[component]
pub fn WhenPage(props: &PageProps) -> Html {
    let state = props.state.clone();
    let chosen = state.address.date;
    let choice =
        use_state(|| chosen.map(|d| AttrValue::from(if d == state.today { TODAY } else { OTHER })));
    let typed = use_state(|| match chosen {
        Some(d) if d != state.today => Typed {
            day: d.day().to_string(),
            month: d.month().to_string(),
            year: d.year().to_string(),
        },
        _ => Typed::default(),
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
                Some(_) => read_date(&typed),
                None => Err(item("when", "Select today or another date")),
            };
            match date {
                Ok(date) => {
                    browser::go(&state.href(&flow::after_date(state.policy, &state.address, date)))
                }
                Err(problem) => error.set(Some(problem)),
            }
        })
    };
    let field = |name: &'static str, label: &'static str, width: &'static str, value: String| {
        let typed = typed.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut t = (*typed).clone();
            match name {
                "day" => t.day = v,
                "month" => t.month = v,
                _ => t.year = v,
            }
            typed.set(t);
        });
        let id = format!("when-{name}");
        let wrong = error
            .as_ref()
            .is_some_and(|e| e.field == id || e.field == "when-date");
        html! {
            <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for={id.clone()}>{ label }</label>
                    <input class={classes!("govuk-input", "govuk-date-input__input", width, wrong.then_some("govuk-input--error"))}
                        id={id.clone()} name={id} type="text" inputmode="numeric" {value} {oninput} />
                </div>
            </div>
        }
    };
    let date_error = error.as_ref().filter(|e| e.field.starts_with("when-"));
    let reveal = html! {
        <div class={classes!("govuk-form-group", date_error.map(|_| "govuk-form-group--error"))}>
            <fieldset class="govuk-fieldset" role="group" aria-describedby="when-date-hint">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ "Date to check" }</legend>
                <div id="when-date-hint" class="govuk-hint">{ "For example, 5 10 2019" }</div>
                if let Some(e) = date_error {
                    <p class="govuk-error-message"><span class="govuk-visually-hidden">{ "Error: " }</span>{ e.message.clone() }</p>
                }
                <div class="govuk-date-input" id="when-date">
                    { field("day", "Day", "govuk-input--width-2", typed.day.clone()) }
                    { field("month", "Month", "govuk-input--width-2", typed.month.clone()) }
                    { field("year", "Year", "govuk-input--width-4", typed.year.clone()) }
                </div>
            </fieldset>
        </div>
    };
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
    let back = state.href(&flow::back(state.policy, &state.address, state.today));
    html! {
        <>
            { back_link(back) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    if let Some(e) = &*error {
                        { error_summary(std::slice::from_ref(e)) }
                    }
                    <form {onsubmit} novalidate=true>
                        { radios(Radios {
                            name: "when".into(),
                            heading: HEADING.into(),
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

fn item(field: &str, message: &str) -> ErrorItem {
    ErrorItem {
        field: field.to_string().into(),
        message: message.to_string().into(),
    }
}

/// Reads the date input the GOV.UK way: say which part is missing, or that it is not a real date.
fn read_date(typed: &Typed) -> Result<Date, ErrorItem> {
    let parts = [
        ("day", typed.day.trim()),
        ("month", typed.month.trim()),
        ("year", typed.year.trim()),
    ];
    let missing: Vec<&str> = parts
        .iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(n, _)| *n)
        .collect();
    match missing.as_slice() {
        [] => {}
        [_, _, _] => return Err(item("when-day", "Enter the date to check")),
        [one] => {
            return Err(item(
                &format!("when-{one}"),
                &format!("The date must include a {one}"),
            ))
        }
        [a, b] => {
            return Err(item(
                &format!("when-{a}"),
                &format!("The date must include a {a} and a {b}"),
            ))
        }
        _ => unreachable!("three parts at most"),
    }
    let number = |v: &str| {
        (v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit()))
            .then(|| v.parse::<u32>().ok())
            .flatten()
    };
    let (day, month, year) = (number(parts[0].1), number(parts[1].1), number(parts[2].1));
    if parts[2].1.len() != 4 || year.is_none() {
        return Err(item("when-year", "The year must include 4 numbers"));
    }
    match (day, month, year) {
        (Some(d), Some(m), Some(y)) => {
            Date::new(y, m, d).ok_or_else(|| item("when-day", "The date must be a real date"))
        }
        _ => Err(item("when-day", "The date must be a real date")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(day: &str, month: &str, year: &str) -> Result<String, String> {
        let typed = Typed {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        };
        read_date(&typed)
            .map(|d| d.iso())
            .map_err(|e| format!("{}: {}", e.field, e.message))
    }

    #[test]
    fn reads_dates_and_names_the_part_at_fault() {
        assert_eq!(read("5", "10", "2019"), Ok("2019-10-05".into()));
        assert_eq!(read(" 05", "10 ", "2019"), Ok("2019-10-05".into()));
        assert_eq!(
            read("", "", ""),
            Err("when-day: Enter the date to check".into())
        );
        assert_eq!(
            read("5", "", "2019"),
            Err("when-month: The date must include a month".into())
        );
        assert_eq!(
            read("", "10", ""),
            Err("when-day: The date must include a day and a year".into())
        );
        assert_eq!(
            read("29", "2", "2019"),
            Err("when-day: The date must be a real date".into())
        );
        assert_eq!(
            read("5", "10", "19"),
            Err("when-year: The year must include 4 numbers".into())
        );
        assert_eq!(
            read("five", "10", "2019"),
            Err("when-day: The date must be a real date".into())
        );
    }
}
