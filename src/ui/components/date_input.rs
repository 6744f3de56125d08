//! The GOV.UK date input (day, month, year) and the way GOV.UK reads it: say which part is missing, or that it is not a real date.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::ErrorItem;
use naas_core::date::Date;

/// What the user typed into a date input.
#[derive(Clone, Default, PartialEq)]
pub struct Typed {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl Typed {
    pub fn of(date: Date) -> Typed {
        Typed {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }
}

/// Reads the typed date. Errors name the field at fault as `{prefix}-day`, `-month` or `-year`.
pub fn read_date(prefix: &str, typed: &Typed) -> Result<Date, ErrorItem> {
    let item = |part: &str, message: String| ErrorItem {
        field: format!("{prefix}-{part}").into(),
        message: message.into(),
    };
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
        [_, _, _] => return Err(item("day", "Enter a date".into())),
        [one] => return Err(item(one, format!("The date must include a {one}"))),
        [a, b, ..] => return Err(item(a, format!("The date must include a {a} and a {b}"))),
    }
    let number = |v: &str| {
        (v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit()))
            .then(|| v.parse::<u32>().ok())
            .flatten()
    };
    let (day, month, year) = (number(parts[0].1), number(parts[1].1), number(parts[2].1));
    if parts[2].1.len() != 4 || year.is_none() {
        return Err(item("year", "The year must include 4 numbers".into()));
    }
    match (day, month, year) {
        (Some(d), Some(m), Some(y)) => {
            Date::new(y, m, d).ok_or_else(|| item("day", "The date must be a real date".into()))
        }
        _ => Err(item("day", "The date must be a real date".into())),
    }
}

/// A date input in its own fieldset. `error` is shown when it names one of this input's fields.
pub fn date_input(
    prefix: &str,
    legend: &str,
    hint: &str,
    typed: &UseStateHandle<Typed>,
    error: Option<&ErrorItem>,
) -> Html {
    let error = error.filter(|e| e.field.starts_with(&format!("{prefix}-")));
    let hint_id = format!("{prefix}-hint");
    let error_id = format!("{prefix}-error");
    let field = |part: &'static str, label: &'static str, width: &'static str, value: String| {
        let typed = typed.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut t = (*typed).clone();
            match part {
                "day" => t.day = v,
                "month" => t.month = v,
                _ => t.year = v,
            }
            typed.set(t);
        });
        let id = format!("{prefix}-{part}");
        let wrong = error.is_some_and(|e| {
            e.field == id || e.message.contains("real date") || e.message == "Enter a date"
        });
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
    let described = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("govuk-form-group", error.map(|_| "govuk-form-group--error"))}>
            <fieldset class="govuk-fieldset" role="group" aria-describedby={described}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ legend.to_string() }</legend>
                <div id={hint_id.clone()} class="govuk-hint">{ hint.to_string() }</div>
                if let Some(e) = error {
                    <p id={error_id.clone()} class="govuk-error-message"><span class="govuk-visually-hidden">{ "Error: " }</span>{ e.message.clone() }</p>
                }
                <div class="govuk-date-input" id={prefix.to_string()}>
                    { field("day", "Day", "govuk-input--width-2", typed.day.clone()) }
                    { field("month", "Month", "govuk-input--width-2", typed.month.clone()) }
                    { field("year", "Year", "govuk-input--width-4", typed.year.clone()) }
                </div>
            </fieldset>
        </div>
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
        read_date("when", &typed)
            .map(|d| d.iso())
            .map_err(|e| format!("{}: {}", e.field, e.message))
    }

    #[test]
    fn reads_dates_and_names_the_part_at_fault() {
        assert_eq!(read("5", "10", "2019"), Ok("2019-10-05".into()));
        assert_eq!(read(" 05", "10 ", "2019"), Ok("2019-10-05".into()));
        assert_eq!(read("", "", ""), Err("when-day: Enter a date".into()));
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
