//! The action plan as files a user keeps: Markdown text, and an iCalendar reminder, built without the browser.

use std::fmt::Write;

use super::{Plan, Ratings, Readiness};
use crate::date::Date;
use crate::policy::{Policy, SourceId};

/// The plan as Markdown: strengths, areas to develop with guidance, practical steps, what the
/// assessment involved, support, and numbered sources with their addresses.
pub fn markdown(policy: &Policy, readiness: &Readiness, ratings: &Ratings, made: Date) -> String {
    let plan = readiness.plan(ratings);
    let mut notes = Notes::default();
    let mut out = String::new();
    let line = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&mut out, "# NAAS readiness action plan");
    line(&mut out, "");
    line(
        &mut out,
        &format!(
            "Made on {} with the NAAS eligibility checker. It is a profile of your own ratings, not a score or a prediction of whether you would pass.",
            made.long()
        ),
    );
    if let Some(set) = ratings.set.map(|s| readiness.set(s)) {
        line(&mut out, "");
        line(&mut out, &format!("Standard: {}.", set.title));
        line(
            &mut out,
            &format!("{}{}", set.note, notes.cite(&set.sources)),
        );
        if let Some(replaced) = &set.replaced {
            line(
                &mut out,
                &format!("{}{}", replaced.by.text, notes.cite(&replaced.by.sources)),
            );
        }
        line(
            &mut out,
            &format!(
                "{}{}",
                set.headings_note.text,
                notes.cite(&set.headings_note.sources)
            ),
        );
    }

    line(&mut out, "");
    line(&mut out, "## Strengths");
    line(&mut out, "");
    if plan.strengths.is_empty() {
        line(
            &mut out,
            "You did not rate yourself confident on any statement yet.",
        );
    }
    for s in &plan.strengths {
        line(&mut out, &format!("- {}", heading(readiness, *s)));
    }

    line(&mut out, "");
    line(&mut out, "## Areas to develop, and what to do");
    if plan.develop.is_empty() {
        line(&mut out, "");
        line(&mut out, "You rated yourself confident on every statement.");
    }
    for (s, level) in &plan.develop {
        line(&mut out, "");
        line(
            &mut out,
            &format!(
                "### {} ({})",
                heading(readiness, *s),
                readiness.level(*level).label.to_ascii_lowercase()
            ),
        );
        line(&mut out, "");
        for g in readiness.statement(*s).guidance.iter() {
            line(&mut out, &format!("- {}{}", g.text, notes.cite(&g.sources)));
        }
    }

    let closed = &readiness.naas_closed;
    if !plan.checks_to_do.is_empty() {
        line(&mut out, "");
        line(&mut out, "## Practical steps");
        line(&mut out, "");
        line(
            &mut out,
            &format!("{}{}", closed.text, notes.cite(&closed.sources)),
        );
        line(&mut out, "");
        for c in &plan.checks_to_do {
            let check = readiness.check(*c);
            line(
                &mut out,
                &format!("- {}{}", check.advice, notes.cite(&check.sources)),
            );
        }
    }

    line(&mut out, "");
    line(&mut out, "## What the assessment involved");
    line(&mut out, "");
    line(
        &mut out,
        &format!("{}{}", closed.text, notes.cite(&closed.sources)),
    );
    for fact in readiness.assessment.iter() {
        line(&mut out, "");
        if let Some(h) = &fact.heading {
            line(&mut out, &format!("### {h}"));
            line(&mut out, "");
        }
        line(
            &mut out,
            &format!("{}{}", fact.text, notes.cite(&fact.sources)),
        );
    }

    line(&mut out, "");
    line(&mut out, "## Where to get support");
    line(&mut out, "");
    for item in readiness.support.iter() {
        line(
            &mut out,
            &format!("- {}{}", item.text, notes.cite(&item.sources)),
        );
    }

    line(&mut out, "");
    line(&mut out, "## Sources");
    line(&mut out, "");
    for (n, id) in notes.order.iter().enumerate() {
        let s = policy.source(*id);
        line(
            &mut out,
            &format!(
                "{}. {}, {}, {}. {}",
                n + 1,
                s.title,
                s.publisher,
                s.date,
                s.url
            ),
        );
    }
    out
}

/// A calendar file with one all-day event on `on`, reminding the user to review the plan.
/// `made` stamps the event and, with `on`, makes its id.
pub fn reminder_ics(readiness: &Readiness, ratings: &Ratings, on: Date, made: Date) -> String {
    let plan: Plan = readiness.plan(ratings);
    let mut description = String::from("Review your NAAS readiness action plan.");
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
        "SUMMARY:Review my NAAS readiness action plan".into(),
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

/// Numbers sources in the order first cited.
#[derive(Default)]
struct Notes {
    order: Vec<SourceId>,
}

impl Notes {
    /// " [1, 2]" for these sources.
    fn cite(&mut self, sources: &[SourceId]) -> String {
        if sources.is_empty() {
            return String::new();
        }
        let mut out = String::from(" [");
        for (i, s) in sources.iter().enumerate() {
            let n = match self.order.iter().position(|o| o == s) {
                Some(n) => n,
                None => {
                    self.order.push(*s);
                    self.order.len() - 1
                }
            };
            if i > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "{}", n + 1);
        }
        out.push(']');
        out
    }
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
    fn the_markdown_plan_lists_exactly_the_weak_areas_with_sourced_guidance() {
        let (policy, readiness) = crate::shipped();
        let r = ratings(
            readiness,
            "leader",
            &[("l1", "partly"), ("l2", "confident"), ("l3", "not-yet")],
            &["photo-id"],
        );
        let text = markdown(policy, readiness, &r, Date::parse("2026-11-22").unwrap());
        let develop = text
            .split("## Areas to develop")
            .nth(1)
            .unwrap()
            .split("## Practical steps")
            .next()
            .unwrap();
        assert!(develop
            .contains("### Statement 1: Lead and govern excellent practice (partly confident)"));
        assert!(develop.contains(
            "### Statement 3: Designing systems to support effective practice (not yet confident)"
        ));
        assert!(
            !develop.contains("Statement 2"),
            "a strength is not an area to develop"
        );
        assert!(text.contains(
            "## Strengths\n\n- Statement 2: Creating a context for excellent practice\n"
        ));
        assert!(
            !text.contains("Candidates had to bring photo ID"),
            "a check done is not a step to take"
        );
        assert!(text.contains("Candidates asked for reasonable adjustments"));
        // The practical steps are of that time, and say that none of them can be done now.
        let steps = text.split("## Practical steps").nth(1).unwrap();
        assert!(steps.contains("NAAS closed in March 2022"));
        // The set's note says whose headings these are, and when another standard takes over.
        assert!(text.contains("These are DfE's headings"));
        assert!(text.contains("not a score or a prediction"));
        // Every citation number has its source listed with an address.
        let sources = text.split("## Sources\n\n").nth(1).unwrap();
        let count = sources.lines().filter(|l| l.contains("http")).count();
        assert!(count >= 5, "{sources}");
        for n in 1..=count {
            let cited = [
                format!("[{n}]"),
                format!("[{n}, "),
                format!(", {n}]"),
                format!(", {n}, "),
            ];
            assert!(
                cited.iter().any(|c| text.contains(c)),
                "source {n} is never cited"
            );
        }
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
