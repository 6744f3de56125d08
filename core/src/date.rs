//! Calendar dates without times or zones: strict parsing, ordering, day steps and English formatting.

use std::fmt;

use serde::Serialize;

/// A real calendar date between the years 1 and 9999. Ordering is chronological.
///
/// Dates come from `new` and `parse`, which check them; [`Date::known`] is for dates already
/// checked at build time and compiled in as static data.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// How exactly a date in the policy is known: to the day, or only to the month.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
pub enum Precision {
    Day,
    Month,
}

/// A date from the policy, with how precisely the sources give it. "2018-07" is July 2018 and
/// takes effect on its first day.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
pub struct DateSpec {
    pub date: Date,
    pub precision: Precision,
}

/// Why a piece of text is not a date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DateError {
    /// Not in the form YYYY-MM-DD (or YYYY-MM where a month is allowed).
    Format,
    /// In the right form, but no such day exists (for example 2019-02-29).
    NotReal,
}

/// The months' English names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// 1 January 2000: a placeholder where a real date could not be read.
    pub const EPOCH: Date = Date {
        year: 2000,
        month: 1,
        day: 1,
    };

    /// A date the build already checked (see `emit`): written into the compiled-in data as a call
    /// to this function, so that the data needs no parsing or checking in the app.
    pub const fn known(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// The date, if it exists.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year as u16, month as u8) as u32 {
            return None;
        }
        Some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let parts = split_digits(text).ok_or(DateError::Format)?;
        match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                Date::new(num(y), num(m), num(d)).ok_or(DateError::NotReal)
            }
            _ => Err(DateError::Format),
        }
    }

    pub fn year(self) -> u32 {
        self.year as u32
    }

    pub fn month(self) -> u32 {
        self.month as u32
    }

    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// The next day, or itself on 31 December 9999.
    pub fn next_day(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else {
            Date::new(self.year() + 1, 1, 1).unwrap_or(self)
        }
    }

    /// The day before, or itself on 1 January of the year 1.
    pub fn previous_day(self) -> Date {
        if self.day > 1 {
            Date {
                day: self.day - 1,
                ..self
            }
        } else if self.month > 1 {
            let month = self.month - 1;
            Date {
                month,
                day: days_in_month(self.year, month),
                ..self
            }
        } else {
            Date::new(self.year() - 1, 12, 31).unwrap_or(self)
        }
    }

    /// The first day of the month after this date's month.
    pub fn next_month(self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..self
        }
        .next_day()
    }

    /// Whether two dates fall in the same month of the same year.
    pub fn same_month(self, other: Date) -> bool {
        (self.year, self.month) == (other.year, other.month)
    }

    /// "17 March 2020", as GOV.UK writes dates.
    pub fn long(self) -> String {
        format!("{} {} {}", self.day, month_name(self.month), self.year)
    }

    /// Its month alone, "June 2021": for a month given without its day.
    pub fn month_long(self) -> String {
        DateSpec {
            date: self,
            precision: Precision::Month,
        }
        .long()
    }

    /// "2020-03-17".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Written as `Date::known(2018, 7, 1)` for the compiled-in data.
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTupleStruct;
        let mut call = serializer.serialize_tuple_struct("Date::known", 3)?;
        call.serialize_field(&self.year)?;
        call.serialize_field(&self.month)?;
        call.serialize_field(&self.day)?;
        call.end()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long())
    }
}

impl DateSpec {
    /// Parses `YYYY-MM-DD` (a day) or `YYYY-MM` (a month, starting on its first day).
    pub fn parse(text: &str) -> Result<DateSpec, DateError> {
        let parts = split_digits(text).ok_or(DateError::Format)?;
        match parts.as_slice() {
            [y, m] if y.len() == 4 && m.len() == 2 => Ok(DateSpec {
                date: Date::new(num(y), num(m), 1).ok_or(DateError::NotReal)?,
                precision: Precision::Month,
            }),
            _ => Ok(DateSpec {
                date: Date::parse(text)?,
                precision: Precision::Day,
            }),
        }
    }

    /// "July 2018" for a month, "18 March 2019" for a day.
    pub fn long(self) -> String {
        match self.precision {
            Precision::Day => self.date.long(),
            Precision::Month => format!("{} {}", month_name(self.date.month), self.date.year),
        }
    }

    /// The first day by which the change had certainly happened: the day itself, or for a month
    /// alone the first day of the next month ("July 2018" gives 1 August 2018).
    pub fn certain(self) -> DateSpec {
        match self.precision {
            Precision::Day => self,
            Precision::Month => DateSpec {
                date: self.date.next_month(),
                precision: Precision::Day,
            },
        }
    }

    /// The last day or month before this one, for the end of a period that stops here:
    /// "17 March 2020" gives "16 March 2020", and "June 2021" gives "May 2021".
    pub fn previous_long(self) -> String {
        let before = self.date.previous_day();
        match self.precision {
            Precision::Day => before.long(),
            Precision::Month => format!("{} {}", month_name(before.month), before.year),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "not a date in the form YYYY-MM-DD",
            DateError::NotReal => "not a real date",
        })
    }
}

fn month_name(month: u8) -> &'static str {
    MONTHS[(month as usize).saturating_sub(1).min(11)]
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Splits "2018-07-17" into its digit groups, or None if anything but ASCII digits and
/// single hyphens appears.
fn split_digits(text: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    parts.iter().all(digits).then_some(parts)
}

/// The value of a short run of ASCII digits (at most four here, so it cannot overflow).
fn num(digits: &str) -> u32 {
    digits.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            Date::parse("2020-02-29").map(Date::long),
            Ok("29 February 2020".into())
        );
        assert_eq!(Date::parse("2019-02-29"), Err(DateError::NotReal));
        assert_eq!(Date::parse("1900-02-29"), Err(DateError::NotReal));
        assert_eq!(
            Date::parse("2000-02-29").map(Date::iso),
            Ok("2000-02-29".into())
        );
        for bad in [
            "",
            "2020",
            "2020-1-01",
            "2020-01-1",
            "+202-01-01",
            "2020-01-01-",
            "２０２０-01-01",
            "2020--01",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad:?}");
        }
    }

    #[test]
    fn month_specs_start_on_the_first_and_read_as_months() {
        let july = DateSpec::parse("2018-07").unwrap();
        assert_eq!(july.date, Date::new(2018, 7, 1).unwrap());
        assert_eq!(july.long(), "July 2018");
        assert_eq!(
            DateSpec::parse("2019-03-18").unwrap().long(),
            "18 March 2019"
        );
        assert_eq!(DateSpec::parse("2019-13"), Err(DateError::NotReal));
        assert_eq!(july.previous_long(), "June 2018");
        assert_eq!(
            DateSpec::parse("2020-03-17").unwrap().previous_long(),
            "16 March 2020"
        );
    }

    #[test]
    fn steps_to_the_next_month_across_year_ends() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2018-07-17").next_month(), d("2018-08-01"));
        assert_eq!(d("2021-12-31").next_month(), d("2022-01-01"));
        assert!(d("2022-01-01").same_month(d("2022-01-31")));
        assert!(!d("2022-01-01").same_month(d("2023-01-01")));
    }

    #[test]
    fn steps_across_month_and_year_ends() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2020-02-28").next_day(), d("2020-02-29"));
        assert_eq!(d("2019-12-31").next_day(), d("2020-01-01"));
        assert_eq!(d("2020-03-01").previous_day(), d("2020-02-29"));
        assert_eq!(d("2020-01-01").previous_day(), d("2019-12-31"));
        assert!(d("2019-12-01") < d("2019-12-02"));
    }
}
