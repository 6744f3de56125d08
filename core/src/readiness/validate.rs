//! Checks raw readiness content against the policy (its sources, the role options) and builds the typed content, collecting every problem.

use std::collections::HashMap;

use super::raw::*;
use super::*;
use crate::policy::validate::{Cx, FALLBACK_SPEC, MISSING, RESERVED_KEYS};
use crate::policy::Policy;
use crate::problem::Problem;

/// The readiness pages whose address is `readiness/<name>` like a statement's (see address.rs):
/// no statement may take one of these ids.
const READINESS_PAGES: &[&str] = &["checks", "plan"];

pub(super) fn build(raw: RawReadiness, policy: &Policy) -> Result<Readiness, Vec<Problem>> {
    let mut cx = Cx::default();
    let sources: HashMap<String, u16> = policy
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.to_string(), i as u16))
        .collect();
    let sets_ix = cx.index("statement set", raw.sets.iter().map(|s| s.id.as_str()));
    cx.index("statement", raw.statements.iter().map(|s| s.id.as_str()));
    cx.index("level", raw.scale.iter().map(|l| l.id.as_str()));
    cx.index("check", raw.checks.iter().map(|c| c.id.as_str()));
    cx.index(
        "assessment fact",
        raw.assessment.iter().map(|f| f.id.as_str()),
    );
    cx.index("support item", raw.support.iter().map(|f| f.id.as_str()));

    let scale: Vec<Level> = raw
        .scale
        .iter()
        .map(|l| {
            let place = format!("level `{}`", l.id);
            Level {
                id: l.id.clone().into(),
                label: cx.text(&place, "label", &l.label),
                hint: cx.text(&place, "hint", &l.hint),
                develop: l.develop,
            }
        })
        .collect();
    if !(scale.iter().any(|l| l.develop) && scale.iter().any(|l| !l.develop)) {
        cx.err(
            "scale",
            "needs at least one level with develop = true and one with develop = false",
        );
    }

    let role_question = policy.question_by_id(&raw.role_question);
    if role_question.is_none() {
        cx.err(
            "role_question",
            format!(
                "names `{}`, which is not a question of the policy",
                raw.role_question
            ),
        );
    }
    let sets: Vec<StatementSet> = raw
        .sets
        .iter()
        .map(|s| {
            let place = format!("statement set `{}`", s.id);
            let roles: Vec<OptionId> = s
                .roles
                .iter()
                .filter_map(|r| {
                    let found = role_question.and_then(|q| policy.option_by_id(q, r));
                    if found.is_none() {
                        cx.err(
                            &place,
                            format!(
                                "roles names `{r}`, which is not an option of the question `{}`",
                                raw.role_question
                            ),
                        );
                    }
                    found
                })
                .collect();
            StatementSet {
                id: s.id.clone().into(),
                name: cx.text(&place, "name", &s.name),
                label: cx.text(&place, "label", &s.label),
                title: cx.text(&place, "title", &s.title),
                assessed: s.assessed,
                from: s.from.as_ref().and_then(|f| cx.date(&place, "from", f)),
                roles: roles.into(),
                note: cx.text(&place, "note", &s.note),
                sources: cx.sources(&place, &sources, &s.sources, true),
                headings_note: cx.sourced(
                    &format!("{place}, headings_note"),
                    &sources,
                    &s.headings_note,
                    true,
                ),
                replaced: s.replaced.as_ref().map(|r| {
                    let rplace = format!("{place}, replaced");
                    Replaced {
                        from: cx.date(&rplace, "from", &r.from).unwrap_or(FALLBACK_SPEC),
                        announced: cx
                            .date(&rplace, "announced", &r.announced)
                            .unwrap_or(FALLBACK_SPEC),
                        by: Sourced {
                            text: cx.text(&rplace, "text", &r.text),
                            sources: cx.sources(&rplace, &sources, &r.sources, true),
                        },
                        by_future: cx.text(&rplace, "text_future", &r.text_future),
                    }
                }),
            }
        })
        .collect();
    // A role may be listed by two sets only where one takes the other's place: their dates
    // must not overlap, so that on any date a role has at most one set in use.
    let span = |set: &StatementSet| {
        (
            set.from.map(|f| f.date),
            set.replaced.as_ref().map(|r| r.from.date),
        )
    };
    for (i, set) in sets.iter().enumerate() {
        for other in &sets[..i] {
            let (a_from, a_before) = span(set);
            let (b_from, b_before) = span(other);
            let apart = a_before
                .zip(b_from)
                .is_some_and(|(end, start)| end <= start)
                || b_before
                    .zip(a_from)
                    .is_some_and(|(end, start)| end <= start);
            if !apart && set.roles.iter().any(|r| other.roles.contains(r)) {
                cx.err(
                    &format!("statement set `{}`", set.id),
                    format!(
                        "a role is also listed by set `{}` on the same dates (give one a `from` on or after the other's `replaced.from`)",
                        other.id
                    ),
                );
            }
        }
    }

    let statements: Vec<Statement> = raw
        .statements
        .iter()
        .map(|s| {
            let place = format!("statement `{}`", s.id);
            if RESERVED_KEYS.contains(&s.id.as_str()) || policy.question_by_id(&s.id).is_some() {
                cx.err(&place, format!("the id `{}` is already a key in the address", s.id));
            }
            if READINESS_PAGES.contains(&s.id.as_str()) {
                cx.err(&place, format!("the id `{}` is the name of a readiness page in the address", s.id));
            }
            let status = match HeadingStatus::ALL.into_iter().find(|h| h.id() == s.status) {
                Some(status) => status,
                None => {
                    let other = &s.status;
                    cx.err(&place, format!("status `{other}` is not one of: confirmed, number-unconfirmed, unconfirmed"));
                    HeadingStatus::Unconfirmed
                }
            };
            let status_sources = cx.sources(&place, &sources, &s.status_sources, status != HeadingStatus::Unconfirmed);
            if s.guidance.is_empty() {
                cx.err(&place, "a statement needs at least one piece of guidance");
            }
            let guidance: Vec<Sourced> = s
                .guidance
                .iter()
                .enumerate()
                .map(|(i, g)| cx.sourced(&format!("{place}, guidance {}", i + 1), &sources, g, true))
                .collect();
            Statement {
                id: s.id.clone().into(),
                set: SetId(cx.lookup(&place, "set", &sets_ix, &s.set).unwrap_or(MISSING)),
                number: s.number,
                heading: cx.text(&place, "heading", &s.heading),
                status,
                status_sources,
                summary: cx.text(&place, "summary", &s.summary),
                guidance: guidance.into(),
            }
        })
        .collect();
    for (si, set) in sets.iter().enumerate() {
        let mut numbers: Vec<u8> = statements
            .iter()
            .filter(|s| s.set.index() == si)
            .map(|s| s.number)
            .collect();
        let in_order = numbers.windows(2).all(|w| w[0] < w[1]);
        numbers.sort_unstable();
        if numbers.is_empty()
            || numbers.iter().zip(1..).any(|(n, expected)| *n != expected)
            || !in_order
        {
            cx.err(
                &format!("statement set `{}`", set.id),
                "its statements must be numbered 1, 2, 3 and so on, in order",
            );
        }
    }

    let checks: Vec<Check> = raw
        .checks
        .iter()
        .map(|c| {
            let place = format!("check `{}`", c.id);
            if c.id == "none" {
                cx.err(&place, "the id `none` is kept for \"none of these\"");
            }
            Check {
                id: c.id.clone().into(),
                label: cx.text(&place, "label", &c.label),
                advice: cx.text(&place, "advice", &c.advice),
                sources: cx.sources(&place, &sources, &c.sources, true),
            }
        })
        .collect();
    let facts = |cx: &mut Cx, list: &[RawFact], what: &str| -> Vec<Fact> {
        list.iter()
            .map(|f| {
                let place = format!("{what} `{}`", f.id);
                Fact {
                    id: f.id.clone().into(),
                    heading: f.heading.as_ref().map(|h| cx.text(&place, "heading", h)),
                    text: cx.text(&place, "text", &f.text),
                    sources: cx.sources(&place, &sources, &f.sources, true),
                }
            })
            .collect()
    };
    let assessment = facts(&mut cx, &raw.assessment, "assessment fact");
    let support = facts(&mut cx, &raw.support, "support item");
    let naas_closed = cx.sourced("naas_closed", &sources, &raw.naas_closed, true);
    let naas_ended = match policy.timeline.iter().find(|p| p.id == raw.naas_period) {
        Some(period) => match period.span.before {
            Some(before) => before.date,
            None => {
                cx.err(
                    "naas_period",
                    format!("the timeline period `{}` has no end", raw.naas_period),
                );
                crate::date::Date::EPOCH
            }
        },
        None => {
            cx.err(
                "naas_period",
                format!(
                    "names `{}`, which is not a period of the policy's timeline",
                    raw.naas_period
                ),
            );
            crate::date::Date::EPOCH
        }
    };
    let not_covered = cx.sourced("not_covered", &sources, &raw.not_covered, true);
    let cx_cpd = &raw.cpd;
    cx.index("cpd rule", cx_cpd.rules.iter().map(|f| f.id.as_str()));
    if cx_cpd.prompts.is_empty() {
        cx.err("cpd", "needs the record's prompts");
    }
    let cpd = Cpd {
        as_of: cx
            .date("cpd", "as_of", &cx_cpd.as_of)
            .unwrap_or(FALLBACK_SPEC),
        prompts: cx_cpd
            .prompts
            .iter()
            .map(|p| cx.text("cpd", "prompts", p))
            .collect::<Vec<_>>()
            .into(),
        prompt_sources: cx.sources("cpd", &sources, &cx_cpd.prompt_sources, true),
        rules: facts(&mut cx, &cx_cpd.rules, "cpd rule").into(),
    };

    if cx.errors.is_empty() {
        Ok(Readiness {
            role_question,
            scale: scale.into(),
            sets: sets.into(),
            statements: statements.into(),
            checks: checks.into(),
            assessment: assessment.into(),
            support: support.into(),
            naas_closed,
            naas_ended,
            not_covered,
            cpd,
        })
    } else {
        Err(cx.errors)
    }
}
