//! The GOV.UK date input (day, month, year), read by the core as people type dates (month names too), with errors naming and marking the field at fault.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::ErrorItem;
use naas_core::date::Date;
use naas_core::typed_date::{self, Field, InputError};

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
            ..Typed::month_of(date)
        }
    }

    /// The month and year of `date`, with the day left empty.
    pub fn month_of(date: Date) -> Typed {
        Typed {
            day: String::new(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }
}

/// Reads the typed date, which must include a day. Errors name the field to fix as
/// `{prefix}-day`, `-month` or `-year`.
pub fn read_date(prefix: &str, typed: &Typed) -> Result<Date, ErrorItem> {
    typed_date::read(&typed.day, &typed.month, &typed.year)
        .and_then(|entered| entered.day_required())
        .map_err(|e| error_item(prefix, &e))
}

/// The error summary's item for a date input's error: its message, linking to the field to fix.
pub fn error_item(prefix: &str, error: &InputError) -> ErrorItem {
    ErrorItem {
        field: format!("{prefix}-{}", error.field().name()).into(),
        message: error.message().into(),
    }
}

/// Which fields (day, month, year) an error marks.
pub type Marked = [bool; 3];

/// The fields a core error marks: those it names, or all three for the date as a whole.
pub fn marked(error: &InputError) -> Marked {
    [Field::Day, Field::Month, Field::Year].map(|f| error.marks(f))
}

/// A date input in its own fieldset. `error` is shown when it names one of this input's fields;
/// it marks that field, or every field for an error about the date as a whole.
pub fn date_input(
    prefix: &str,
    legend: &str,
    hint: &str,
    typed: &UseStateHandle<Typed>,
    error: Option<&ErrorItem>,
) -> Html {
    let marks = error.map_or([false; 3], |e| marked_item(prefix, e));
    date_input_marked(prefix, legend, hint, typed, error, marks)
}

/// A date input in its own fieldset, marking the fields `marks` says when `error` names one of
/// this input's fields. The month field takes text and is a little wider, as month names are welcome.
pub fn date_input_marked(
    prefix: &str,
    legend: &str,
    hint: &str,
    typed: &UseStateHandle<Typed>,
    error: Option<&ErrorItem>,
    marks: Marked,
) -> Html {
    let error = error.filter(|e| e.field.starts_with(&format!("{prefix}-")));
    let hint_id = format!("{prefix}-hint");
    let error_id = format!("{prefix}-error");
    let field = |part: &'static str,
                 label: &'static str,
                 width: &'static str,
                 value: String,
                 wrong: bool| {
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
        let wrong = wrong && error.is_some();
        // A numeric keypad would keep phone users from typing a month's name.
        let inputmode = (part != "month").then_some("numeric");
        html! {
            <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for={id.clone()}>{ label }</label>
                    <input class={classes!("govuk-input", "govuk-date-input__input", width, wrong.then_some("govuk-input--error"))}
                        id={id.clone()} name={id} type="text" {inputmode} {value} {oninput} />
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
                    { field("day", "Day", "govuk-input--width-2", typed.day.clone(), marks[0]) }
                    { field("month", "Month", "govuk-input--width-3", typed.month.clone(), marks[1]) }
                    { field("year", "Year", "govuk-input--width-4", typed.year.clone(), marks[2]) }
                </div>
            </fieldset>
        </div>
    }
}

/// The fields an error summary item marks, for callers that keep only the item: the field it
/// links to, or every field when its message is about the date as a whole.
fn marked_item(prefix: &str, error: &ErrorItem) -> Marked {
    let whole = [
        InputError::Empty,
        InputError::NotRealDate,
        InputError::Future,
    ]
    .iter()
    .any(|w| *error.message == w.message());
    ["day", "month", "year"].map(|part| whole || *error.field == format!("{prefix}-{part}"))
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
            Err("when-day: The day must be a number from 1 to 31".into())
        );
    }

    #[test]
    fn reads_month_names_and_needs_the_day() {
        assert_eq!(read("5", "October", "2019"), Ok("2019-10-05".into()));
        assert_eq!(read("5", "sept", "2019"), Ok("2019-09-05".into()));
        assert_eq!(
            read("", "October", "2019"),
            Err("when-day: The date must include a day".into())
        );
        assert_eq!(
            read("5", "Octobre", "2019"),
            Err(
                "when-month: The month must be a number from 1 to 12, or its name, like October or Oct"
                    .into()
            )
        );
    }

    #[test]
    fn marks_the_field_at_fault_or_the_whole_date() {
        let item = |field: &str, message: &str| ErrorItem {
            field: field.to_string().into(),
            message: message.to_string().into(),
        };
        assert_eq!(
            marked_item(
                "remind",
                &item("remind-month", "The date must include a month")
            ),
            [false, true, false]
        );
        assert_eq!(
            marked_item("remind", &item("remind-day", "Enter a date")),
            [true; 3]
        );
        assert_eq!(
            marked_item(
                "remind",
                &item("remind-day", "The date must be a real date")
            ),
            [true; 3]
        );
        assert_eq!(
            marked(&InputError::Missing(Field::Day, Some(Field::Year))),
            [true, false, true]
        );
        let e = error_item("when-date", &InputError::NotReal(Field::Year));
        assert_eq!(&*e.field, "when-date-year");
    }
}
