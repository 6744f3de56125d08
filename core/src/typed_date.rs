//! Dates as people type them into the GOV.UK date input: a day, a month (a number, or an English month name in full or short, in any case) and a year; and when they make no date, what is wrong and which field to fix.
//!
//! ```
//! use naas_core::typed_date::{read, Entered, Field, InputError};
//! let date = |text| naas_core::date::Date::parse(text).unwrap();
//! assert_eq!(read("5", "Oct", "2019"), Ok(Entered::Day(date("2019-10-05"))));
//! // The day may be left empty: the month is read as its first day.
//! assert_eq!(read("", "october", "2019"), Ok(Entered::Month(date("2019-10-01"))));
//! let wrong = read("5", "Octember", "2019").unwrap_err();
//! assert_eq!(wrong, InputError::NotReal(Field::Month));
//! assert_eq!(wrong.field(), Field::Month);
//! ```
//!
//! Only ASCII case folding is used (month names are ASCII), so no Unicode tables reach the
//! WebAssembly. Messages follow the GOV.UK date input's error messages, for "the date".

use crate::date::{Date, DateSpec, Precision, MONTHS};

/// One field of the date input.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Field {
    Day,
    Month,
    Year,
}

/// A typed date that was read: a whole date, or a month and year with the day left empty.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Entered {
    Day(Date),
    /// The month, as its first day.
    Month(Date),
}

/// Why a typed date cannot be used. Each case says which field to fix ([`InputError::field`])
/// and which fields to mark as wrong ([`InputError::marks`]): the whole date when nothing was
/// typed, when the fields cannot make a date together, or when the date is past the last date
/// the checker knows about.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum InputError {
    /// Nothing was typed.
    Empty,
    /// These fields were left empty while another was typed (in the order day, month, year).
    Missing(Field, Option<Field>),
    /// This field cannot be right whatever the others say: a day of 32, a month of 13 or
    /// "Octember", the year 0.
    NotReal(Field),
    /// The fields make no date together (31 April, 29 February 2019), or more than one is wrong.
    NotRealDate,
    /// The year is not 4 digits.
    YearDigits,
    /// The date, or the whole month given, is after this day: the last date the checker can
    /// check (the data's horizon, or today if that is later).
    AfterLast(Date),
    /// Only the month was given, but the rules changed within it on these days (after its
    /// first, up to today), so the answer depends on the day.
    DayNeeded { month: Date, changes: Vec<Date> },
}

/// Reads the three fields as typed. Each is trimmed; the day may be written "5", "05" or "5th";
/// the month as a number, its full name or its short name ("Oct", "oct.", "Sept"); the year
/// with 4 digits. An empty day with a month and year gives [`Entered::Month`].
pub fn read(day: &str, month: &str, year: &str) -> Result<Entered, InputError> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    let empty: Vec<Field> = [
        (Field::Day, day),
        (Field::Month, month),
        (Field::Year, year),
    ]
    .into_iter()
    .filter(|(_, text)| text.is_empty())
    .map(|(field, _)| field)
    .collect();
    // The day may be left out (a month alone is a month), so it is never named as missing
    // beside the month or year: a year alone needs a month, and that is what the user reads.
    match empty.as_slice() {
        [_, _, _] => return Err(InputError::Empty),
        [Field::Day] | [] => {}
        [Field::Day, one] | [one] => return Err(InputError::Missing(*one, None)),
        [first, second, ..] => return Err(InputError::Missing(*first, Some(*second))),
    }
    let day_value = if day.is_empty() {
        Some(1)
    } else {
        read_day(day)
    };
    let month_value = read_month(month);
    let year_value = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| number(year))
        .flatten();
    let wrong = [
        day_value.is_none(),
        month_value.is_none(),
        year_value.is_none(),
    ];
    match wrong {
        [false, false, false] => {}
        [true, false, false] => return Err(InputError::NotReal(Field::Day)),
        [false, true, false] => return Err(InputError::NotReal(Field::Month)),
        [false, false, true] => return Err(InputError::YearDigits),
        _ => return Err(InputError::NotRealDate),
    }
    let (d, m, y) = (
        day_value.unwrap_or(1),
        month_value.unwrap_or(1),
        year_value.unwrap_or(0),
    );
    if y == 0 {
        return Err(InputError::NotReal(Field::Year));
    }
    let date = Date::new(y, m, d).ok_or(InputError::NotRealDate)?;
    Ok(if day.is_empty() {
        Entered::Month(date)
    } else {
        Entered::Day(date)
    })
}

impl Entered {
    /// The date, or the month's first day.
    pub fn date(self) -> Date {
        match self {
            Entered::Day(date) | Entered::Month(date) => date,
        }
    }

    /// The whole date, where a day is needed: a month alone is a missing day.
    pub fn day_required(self) -> Result<Date, InputError> {
        match self {
            Entered::Day(date) => Ok(date),
            Entered::Month(_) => Err(InputError::Missing(Field::Day, None)),
        }
    }
}

impl Field {
    /// "day", "month" or "year": the field's name in messages and in its id.
    pub fn name(self) -> &'static str {
        match self {
            Field::Day => "day",
            Field::Month => "month",
            Field::Year => "year",
        }
    }
}

impl InputError {
    /// The field to fix first, which the error summary links to: the day where the whole date
    /// is wrong.
    pub fn field(&self) -> Field {
        match self {
            InputError::Missing(field, _) | InputError::NotReal(field) => *field,
            InputError::YearDigits => Field::Year,
            InputError::Empty
            | InputError::NotRealDate
            | InputError::AfterLast(_)
            | InputError::DayNeeded { .. } => Field::Day,
        }
    }

    /// Whether `field` is marked as wrong: each field named by the error, or all three where
    /// the date as a whole is wrong.
    pub fn marks(&self, field: Field) -> bool {
        match self {
            InputError::Empty | InputError::NotRealDate | InputError::AfterLast(_) => true,
            InputError::Missing(first, second) => field == *first || Some(field) == *second,
            _ => field == self.field(),
        }
    }

    /// What the user reads, in the GOV.UK date input's words, naming the field at fault.
    pub fn message(&self) -> String {
        match self {
            InputError::Empty => "Enter a date".into(),
            InputError::Missing(first, None) => {
                format!("The date must include a {}", first.name())
            }
            InputError::Missing(first, Some(second)) => format!(
                "The date must include a {} and a {}",
                first.name(),
                second.name()
            ),
            InputError::NotReal(Field::Day) => "The day must be a number from 1 to 31".into(),
            InputError::NotReal(Field::Month) => {
                "The month must be a number from 1 to 12, or its name, like October or Oct".into()
            }
            InputError::NotReal(Field::Year) => "The year must be a real year".into(),
            InputError::NotRealDate => "The date must be a real date".into(),
            InputError::YearDigits => "The year must include 4 numbers".into(),
            InputError::AfterLast(last) => {
                format!("The date must be on or before {}", last.long())
            }
            InputError::DayNeeded { month, changes } => {
                // Joined by hand: `[String]::join` costs more WebAssembly than this loop.
                let mut on = String::new();
                for (i, change) in changes.iter().enumerate() {
                    if i > 0 {
                        on.push_str(" and ");
                    }
                    on.push_str(&change.long());
                }
                let month = DateSpec {
                    date: *month,
                    precision: Precision::Month,
                };
                format!(
                    "Enter a day: the rules changed on {}, so the answer depends on the day in {}",
                    on,
                    month.long()
                )
            }
        }
    }
}

/// A day of the month: 1 to 31, perhaps with a leading zero or an ordinal suffix ("1st",
/// "22nd", "3rd", "5th", in any case).
fn read_day(text: &str) -> Option<u32> {
    let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &text[digits.len()..];
    let suffixed = ["", "st", "nd", "rd", "th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s));
    let day = number(digits).filter(|_| suffixed)?;
    (1..=31).contains(&day).then_some(day)
}

/// A month: 1 to 12 (perhaps "01"), its English name, or the name's first three letters (and
/// "Sept"), in any case, with or without a full stop after a short name.
fn read_month(text: &str) -> Option<u32> {
    if let Some(month) = number(text) {
        return (1..=12).contains(&month).then_some(month);
    }
    let (word, stopped) = match text.strip_suffix('.') {
        Some(word) => (word, true),
        None => (text, false),
    };
    let named = MONTHS.iter().position(|name| {
        let full = !stopped && word.eq_ignore_ascii_case(name);
        let short = word.eq_ignore_ascii_case(&name[..3])
            || (*name == "September" && word.eq_ignore_ascii_case("Sept"));
        full || short
    })?;
    Some(named as u32 + 1)
}

/// The value of 1 to 4 ASCII digits.
fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date read, as "2019-10-05", or "month 2019-10" for a month alone, or the error's
    /// field and message.
    fn read_as_text(day: &str, month: &str, year: &str) -> String {
        match read(day, month, year) {
            Ok(Entered::Day(date)) => date.iso(),
            Ok(Entered::Month(date)) => format!("month {}", &date.iso()[..7]),
            Err(e) => format!("{}: {}", e.field().name(), e.message()),
        }
    }

    #[test]
    fn reads_month_numbers_names_and_short_names_in_any_case() {
        for (month, iso) in [
            ("10", "2019-10-05"),
            ("010", "2019-10-05"),
            ("October", "2019-10-05"),
            ("OCTOBER", "2019-10-05"),
            ("october", "2019-10-05"),
            ("Oct", "2019-10-05"),
            ("oCt.", "2019-10-05"),
            (" oct ", "2019-10-05"),
            ("Sept", "2019-09-05"),
            ("sept.", "2019-09-05"),
            ("Sep", "2019-09-05"),
            ("may", "2019-05-05"),
            ("May.", "2019-05-05"),
            ("Jun", "2019-06-05"),
        ] {
            assert_eq!(read_as_text("5", month, "2019"), iso, "{month:?}");
        }
        let not_a_month =
            "month: The month must be a number from 1 to 12, or its name, like October or Oct";
        for month in [
            "13",
            "0",
            "Octember",
            "Oc",
            "Octo",
            "O",
            "October.",
            "Sept.ember",
            "10.",
            "Okt",
            "１０",
        ] {
            assert_eq!(read_as_text("5", month, "2019"), not_a_month, "{month:?}");
        }
    }

    #[test]
    fn reads_days_with_leading_zeros_and_ordinal_suffixes() {
        for day in ["5", "05", " 5 ", "5th", "5TH"] {
            assert_eq!(read_as_text(day, "10", "2019"), "2019-10-05", "{day:?}");
        }
        assert_eq!(read_as_text("1st", "10", "2019"), "2019-10-01");
        assert_eq!(read_as_text("22nd", "10", "2019"), "2019-10-22");
        for day in ["0", "32", "five", "5x", "th", "-5", "5 th", "5.5"] {
            assert_eq!(
                read_as_text(day, "10", "2019"),
                "day: The day must be a number from 1 to 31",
                "{day:?}"
            );
        }
    }

    #[test]
    fn a_month_and_year_without_a_day_read_as_the_month() {
        assert_eq!(read_as_text("", "October", "2019"), "month 2019-10");
        assert_eq!(read_as_text("  ", "2", "2020"), "month 2020-02");
        assert_eq!(
            read("", "Feb", "2020").map(Entered::date),
            Ok(Date::new(2020, 2, 1).unwrap())
        );
        assert_eq!(
            read("", "Feb", "2020").and_then(Entered::day_required),
            Err(InputError::Missing(Field::Day, None))
        );
    }

    #[test]
    fn each_error_names_the_field_to_fix() {
        for (typed, expected) in [
            (("", "", ""), "day: Enter a date"),
            (("5", "", "2019"), "month: The date must include a month"),
            (("5", "10", ""), "year: The date must include a year"),
            // The day may be left out: a year alone needs a month, a month alone a year.
            (("", "10", ""), "year: The date must include a year"),
            (("", "", "2035"), "month: The date must include a month"),
            (
                ("5", "", ""),
                "month: The date must include a month and a year",
            ),
            (("29", "2", "2019"), "day: The date must be a real date"),
            (("31", "April", "2019"), "day: The date must be a real date"),
            (("32", "13", "2019"), "day: The date must be a real date"),
            (("32", "10", "19"), "day: The date must be a real date"),
            (("5", "10", "19"), "year: The year must include 4 numbers"),
            (
                ("5", "10", "20199"),
                "year: The year must include 4 numbers",
            ),
            (("5", "10", "2O19"), "year: The year must include 4 numbers"),
            (("5", "10", "0000"), "year: The year must be a real year"),
            (("", "10", "0000"), "year: The year must be a real year"),
        ] {
            assert_eq!(
                read_as_text(typed.0, typed.1, typed.2),
                expected,
                "{typed:?}"
            );
        }
        assert_eq!(read_as_text("29", "feb", "2020"), "2020-02-29");
    }

    #[test]
    fn the_whole_date_is_marked_only_where_no_one_field_is_at_fault() {
        use Field::*;
        let marked = |e: &InputError| [Day, Month, Year].map(|f| e.marks(f));
        assert_eq!(marked(&InputError::Empty), [true; 3]);
        assert_eq!(marked(&InputError::NotRealDate), [true; 3]);
        let last = Date::parse("2028-12-31").unwrap();
        assert_eq!(marked(&InputError::AfterLast(last)), [true; 3]);
        assert_eq!(
            marked(&InputError::Missing(Day, Some(Year))),
            [true, false, true]
        );
        assert_eq!(marked(&InputError::NotReal(Month)), [false, true, false]);
        assert_eq!(marked(&InputError::YearDigits), [false, false, true]);
        let needed = InputError::DayNeeded {
            month: Date::new(2020, 3, 1).unwrap(),
            changes: vec![Date::new(2020, 3, 17).unwrap()],
        };
        assert_eq!(marked(&needed), [true, false, false]);
        assert_eq!(
            needed.message(),
            "Enter a day: the rules changed on 17 March 2020, so the answer depends on the day in March 2020"
        );
        let twice = InputError::DayNeeded {
            month: Date::new(2022, 1, 1).unwrap(),
            changes: vec![
                Date::new(2022, 1, 3).unwrap(),
                Date::new(2022, 1, 14).unwrap(),
            ],
        };
        assert!(twice
            .message()
            .contains("changed on 3 January 2022 and 14 January 2022,"));
        assert_eq!(
            InputError::AfterLast(Date::parse("2028-12-31").unwrap()).message(),
            "The date must be on or before 31 December 2028"
        );
    }
}
