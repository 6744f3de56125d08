//! Keeping the rules current: the dated changes the policy knows of that have taken effect since its rules were last checked, and today's date from the system clock.
//!
//! The policy names changes still to come (the early career standards from 1 April 2027, the
//! early career development programme from September 2027). When such a day arrives the sources
//! may have moved on, so the policy tool warns until a maintainer re-checks them and moves
//! `meta.checked` on.
//!
//! ```
//! use naas_core::date::Date;
//! use naas_tools::currency;
//! let (policy, _) = naas_core::shipped();
//! let day = |d| Date::parse(d).unwrap();
//! assert!(currency::changes_since_checked(policy, day("2026-12-01")).is_empty());
//! let since = currency::changes_since_checked(policy, day("2027-09-02"));
//! let since: Vec<String> = since.iter().map(|d| d.long()).collect();
//! assert_eq!(since, ["1 April 2027", "September 2027"]);
//! ```

use std::time::{SystemTime, UNIX_EPOCH};

use naas_core::date::{Date, DateSpec};
use naas_core::policy::Policy;

/// Every date on which the policy changes that falls after the rules were last checked
/// (`meta.checked`) and on or before `today`, in order. Empty while the rules are current.
pub fn changes_since_checked(policy: &Policy, today: Date) -> Vec<DateSpec> {
    policy
        .changes()
        .into_iter()
        .filter(|d| d.date > policy.meta.checked && d.date <= today)
        .collect()
}

/// The first date after `today` on which the policy changes, if it knows of one.
pub fn next_change(policy: &Policy, today: Date) -> Option<DateSpec> {
    policy.changes().into_iter().find(|d| d.date > today)
}

/// Today's date in UTC, from the system clock.
pub fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((seconds / 86_400) as i64)
}

/// The calendar date `days` after 1 January 1970 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(year as u32, month as u32, day as u32).unwrap_or(Date::EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_are_calendar_dates() {
        let day = |d| Date::parse(d).unwrap();
        assert_eq!(civil_from_days(0), day("1970-01-01"));
        assert_eq!(civil_from_days(11_016), day("2000-02-29"));
        assert_eq!(civil_from_days(20_788), day("2026-12-01"));
        assert_eq!(civil_from_days(20_819), day("2027-01-01"));
    }
}
