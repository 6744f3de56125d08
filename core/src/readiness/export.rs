//! A calendar reminder to review the action plan, as an iCalendar file built without the browser. (The plan itself, as a file, is naas-pages' `document`.)

use super::{Plan, Ratings, Readiness};
use crate::date::Date;

/// A calendar file with one all-day event on `on`, reminding the user to review the plan.
/// `made` stamps the event and, with `on`, makes its id.
pub fn reminder_ics(readiness: &Readiness, ratings: &Ratings, on: Date, made: Date) -> String {
    let plan: Plan = readiness.plan(ratings);
    let mut description =
        String::from("Review your readiness action plan against the post-qualifying standards.");
    if !plan.develop.is_empty() {
        description.push_str(" Areas to develop: ");
        let areas: Vec<String> = plan
            .develop
            .iter()
            .map(|(s, _)| heading(readiness, *s))
            .collect();
        description.push_str(&areas.join("; "));
        description.push('.');
    }
    let compact = |d: Date| format!("{:04}{:02}{:02}", d.year(), d.month(), d.day());
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//NAAS checker//readiness plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "BEGIN:VEVENT".into(),
        format!(
            "UID:naas-plan-{}-{}@naas-checker",
            compact(on),
            compact(made)
        ),
        format!("DTSTAMP:{}T000000Z", compact(made)),
        format!("DTSTART;VALUE=DATE:{}", compact(on)),
        format!("DTEND;VALUE=DATE:{}", compact(on.next_day())),
        "SUMMARY:Review my readiness action plan (post-qualifying standards)".into(),
        format!("DESCRIPTION:{}", ics_text(&description)),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("")
}

/// "Statement 3: Child development".
fn heading(readiness: &Readiness, s: super::StatementId) -> String {
    let st = readiness.statement(s);
    format!("Statement {}: {}", st.number, st.heading)
}

/// Escapes text for an iCalendar value.
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (never inside a character) and ended with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratings(
        readiness: &Readiness,
        set: &str,
        levels: &[(&str, &str)],
        done: &[&str],
    ) -> Ratings {
        let mut r = Ratings {
            set: readiness.set_by_id(set),
            ..Ratings::default()
        };
        for (s, l) in levels {
            r.levels.insert(
                readiness.statement_by_id(s).unwrap(),
                readiness.level_by_id(l).unwrap(),
            );
        }
        r.done = Some(
            done.iter()
                .map(|c| readiness.check_by_id(c).unwrap())
                .collect(),
        );
        r
    }

    #[test]
    fn the_reminder_is_an_all_day_event_with_folded_crlf_lines() {
        let readiness = crate::shipped().1;
        let r = ratings(readiness, "supervisor", &[("s4", "not-yet")], &[]);
        let ics = reminder_ics(
            readiness,
            &r,
            Date::parse("2027-01-15").unwrap(),
            Date::parse("2026-11-22").unwrap(),
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20270115\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20270116\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75), "lines are folded");
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded
            .contains("Areas to develop: Statement 4: Effective use of power and authority."));
    }
}
