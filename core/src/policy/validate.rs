//! Checks raw policy data and builds the typed policy, collecting every problem with the id at fault.

use std::collections::HashMap;

use super::raw::*;
use super::*;
use crate::date::DateError;
use crate::problem::Problem;

/// The placeholders texts may use.
const PLACEHOLDERS: &[&str] = &[
    "date",
    "regulator",
    "council",
    "phase",
    "joined",
    "phase_note",
    "site_from",
];

/// Question ids that would clash with other keys in an address.
/// Keys of an address that are not question ids (see address.rs): no id in the data may use them.
pub(crate) const RESERVED_KEYS: &[&str] = &["date", "return", "confirm", "set", "done"];

/// Checks raw data and builds the policy, with `meta.most_questions` still 0: the engine works
/// that out by walking the policy ([`Policy::from_raw`], in `engine::explore`, which can reach
/// both the policy and the engine).
pub(crate) fn build(raw: RawPolicy) -> Result<Policy, Vec<Problem>> {
    let mut cx = Cx::default();
    let sources = cx.index("source", raw.sources.iter().map(|s| s.id.as_str()));
    let phases_ix = cx.index("phase", raw.phases.iter().map(|p| p.id.as_str()));
    let councils_ix = cx.index("council", raw.councils.iter().map(|c| c.id.as_str()));
    let outcomes_ix = cx.index("outcome", raw.outcomes.iter().map(|o| o.id.as_str()));
    cx.index("rule", raw.rules.iter().map(|r| r.id.as_str()));
    cx.index("question", raw.questions.iter().map(|q| q.id.as_str()));
    cx.index("regulator", raw.regulators.iter().map(|r| r.id.as_str()));
    cx.index("status", raw.statuses.iter().map(|s| s.id.as_str()));
    cx.index("note", raw.notes.iter().map(|n| n.id.as_str()));
    cx.index("period", raw.timeline.iter().map(|p| p.id.as_str()));

    let meta = Meta {
        title: cx.text("meta", "title", &raw.meta.title),
        version: cx.text("meta", "version", &raw.meta.version),
        compiled: cx
            .date("meta", "compiled", &raw.meta.compiled)
            .map(|d| d.date)
            .unwrap_or(Date::EPOCH),
        checked: cx
            .date("meta", "checked", &raw.meta.checked)
            .map(|d| d.date)
            .unwrap_or(Date::EPOCH),
        most_questions: 0,
        most_questions_on: Vec::new().into(),
        horizon: cx
            .date("meta", "horizon", &raw.meta.horizon)
            .map(|d| d.date)
            .unwrap_or(Date::EPOCH),
    };
    if meta.horizon < meta.checked {
        cx.err(
            "meta",
            "horizon (the last date a user may check) must not be earlier than checked",
        );
    }
    if let Ok(version) = Date::parse(&raw.meta.version) {
        if meta.checked < version {
            cx.err(
                "meta",
                "checked must not be earlier than version: a new version is checked when it is made",
            );
        }
    }

    let source_list: Vec<Source> = raw
        .sources
        .iter()
        .map(|s| {
            let place = format!("source `{}`", s.id);
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                cx.err(
                    &place,
                    format!("url \"{}\" must start with https:// or http://", s.url),
                );
            }
            Source {
                id: s.id.clone().into(),
                title: cx.text(&place, "title", &s.title),
                publisher: cx.text(&place, "publisher", &s.publisher),
                date: cx.text(&place, "date", &s.date),
                published: match s.published.as_str() {
                    "unknown" => None,
                    text => cx.date(&place, "published", text),
                },
                url: s.url.clone().into(),
            }
        })
        .collect();

    let regulators = raw
        .regulators
        .iter()
        .map(|r| {
            let place = format!("regulator `{}`", r.id);
            Dated {
                id: r.id.clone().into(),
                span: cx.span(&place, &r.from, &r.before),
                value: cx.text(&place, "name", &r.name),
                sources: cx.sources(&place, &sources, &r.sources, true),
            }
        })
        .collect::<Vec<_>>();
    cx.covers_every_date("regulators", regulators.iter().map(|r| (&r.id, r.span)));

    let statuses = raw
        .statuses
        .iter()
        .map(|s| {
            let place = format!("status `{}`", s.id);
            let srcs = cx.sources(&place, &sources, &s.sources, true);
            Dated {
                id: s.id.clone().into(),
                span: cx.span(&place, &s.from, &s.before),
                value: Sourced {
                    text: cx.text(&place, "text", &s.text),
                    sources: srcs.clone(),
                },
                sources: srcs,
            }
        })
        .collect::<Vec<_>>();
    cx.covers_every_date("statuses", statuses.iter().map(|s| (&s.id, s.span)));

    let phases: Vec<Phase> = raw
        .phases
        .iter()
        .map(|p| {
            let place = format!("phase `{}`", p.id);
            let from = p
                .from
                .as_deref()
                .map(|f| cx.date(&place, "from", f).unwrap_or(FALLBACK_SPEC));
            if from.is_none() && p.exact {
                cx.err(&place, "a phase without `from` cannot be exact");
            }
            let unclear_from = p
                .unclear_from
                .as_deref()
                .and_then(|u| cx.date(&place, "unclear_from", u));
            if let Some(u) = unclear_from {
                if p.exact {
                    cx.err(&place, "unclear_from only goes with exact = false");
                }
                if let Some(from) = from.filter(|f| u.date >= f.date) {
                    cx.err(
                        &place,
                        format!(
                            "unclear_from ({}) must be earlier than from ({})",
                            u.long(),
                            from.long()
                        ),
                    );
                }
            }
            let note = p.note.as_ref().map(|n| cx.text(&place, "note", n));
            if p.note.as_ref().is_some_and(|n| n.contains("{phase_note}")) {
                cx.err(
                    &place,
                    "a phase's note cannot use {phase_note}, which is the note itself",
                );
            }
            Phase {
                id: p.id.clone().into(),
                label: cx.text(&place, "label", &p.label),
                from,
                exact: p.exact,
                unclear_from,
                note,
                sources: cx.sources(&place, &sources, &p.sources, true),
            }
        })
        .collect();

    let councils: Vec<Council> = raw
        .councils
        .iter()
        .map(|c| {
            let place = format!("council `{}`", c.id);
            Council {
                id: c.id.clone().into(),
                name: cx.text(&place, "name", &c.name),
                phase: PhaseId(
                    cx.lookup(&place, "phase", &phases_ix, &c.phase)
                        .unwrap_or(MISSING),
                ),
            }
        })
        .collect();

    let mut council_question = None;
    let questions: Vec<Question> = raw
        .questions
        .iter()
        .enumerate()
        .map(|(qi, q)| {
            let place = format!("question `{}`", q.id);
            if RESERVED_KEYS.contains(&q.id.as_str()) {
                cx.err(
                    &place,
                    format!("the id `{}` is reserved for the address", q.id),
                );
            }
            let mut options: Vec<Choice> = Vec::new();
            if q.options_from_councils {
                if council_question.replace(QuestionId(qi as u16)).is_some() {
                    cx.err(&place, "only one question may list the councils");
                }
                // By phase, then by name: the question shows each phase once, as a group.
                let mut listed: Vec<(usize, &Council)> = councils.iter().enumerate().collect();
                listed.sort_by(|a, b| (a.1.phase, &a.1.name).cmp(&(b.1.phase, &b.1.name)));
                options.extend(listed.into_iter().map(|(ci, c)| Choice {
                    id: c.id.clone(),
                    label: c.name.clone(),
                    hint: None,
                    council: Some(CouncilId(ci as u16)),
                }));
            }
            for o in &q.options {
                let oplace = format!("{place}, option `{}`", o.id);
                cx.id_format(&oplace, &o.id);
                if options.iter().any(|c| c.id == o.id) {
                    cx.err(&place, format!("option id `{}` is used twice", o.id));
                }
                options.push(Choice {
                    id: o.id.clone().into(),
                    label: cx.text(&oplace, "label", &o.label),
                    hint: o.hint.as_ref().map(|h| cx.text(&oplace, "hint", h)),
                    council: None,
                });
            }
            if options.len() < 2 {
                cx.err(&place, "a question needs at least two options");
            }
            if (q.hint_now.is_some() || q.hint_future.is_some()) && q.hint.is_none() {
                cx.err(
                    &place,
                    "hint_now and hint_future need a hint for the other dates",
                );
            }
            Question {
                id: q.id.clone().into(),
                title: cx.text(&place, "title", &q.title),
                title_now: q
                    .title_now
                    .as_ref()
                    .map(|t| cx.text(&place, "title_now", t)),
                title_future: q
                    .title_future
                    .as_ref()
                    .map(|t| cx.text(&place, "title_future", t)),
                summary: cx.text(&place, "summary", &q.summary),
                error: cx.text(&place, "error", &q.error),
                hint: q.hint.as_ref().map(|h| cx.text(&place, "hint", h)),
                hint_now: q.hint_now.as_ref().map(|h| cx.text(&place, "hint_now", h)),
                hint_future: q
                    .hint_future
                    .as_ref()
                    .map(|h| cx.text(&place, "hint_future", h)),
                options: options.into(),
            }
        })
        .collect();

    let outcomes: Vec<Outcome> = raw
        .outcomes
        .iter()
        .map(|o| {
            let place = format!("outcome `{}`", o.id);
            let kind = OutcomeKind::from_id(&o.kind).unwrap_or_else(|| {
                let kinds: Vec<&str> = OutcomeKind::ALL.iter().map(|k| k.id()).collect();
                cx.err(
                    &place,
                    format!("unknown kind `{}`; use one of {}", o.kind, kinds.join(", ")),
                );
                OutcomeKind::Unclear
            });
            if kind == OutcomeKind::Unclear && o.ask.is_none() {
                cx.err(&place, "an unclear outcome must say whom to ask (`ask`)");
            }
            let items = |cx: &mut Cx, list: &[RawSourced], what: &str| -> Vec<Sourced> {
                list.iter()
                    .enumerate()
                    .map(|(i, s)| {
                        cx.sourced(&format!("{place}, {what} {}", i + 1), &sources, s, false)
                    })
                    .collect()
            };
            Outcome {
                id: o.id.clone().into(),
                kind,
                title: cx.text(&place, "title", &o.title),
                summary: cx.text(&place, "summary", &o.summary),
                title_now: o
                    .title_now
                    .as_ref()
                    .map(|t| cx.text(&place, "title_now", t)),
                summary_now: o
                    .summary_now
                    .as_ref()
                    .map(|t| cx.text(&place, "summary_now", t)),
                title_future: o
                    .title_future
                    .as_ref()
                    .map(|t| cx.text(&place, "title_future", t)),
                summary_future: o
                    .summary_future
                    .as_ref()
                    .map(|t| cx.text(&place, "summary_future", t)),
                ask: o.ask.as_ref().map(|a| cx.text(&place, "ask", a)),
                next: items(&mut cx, &o.next, "next step").into(),
                instead: items(&mut cx, &o.instead, "instead item").into(),
                instead_now: o
                    .instead_now
                    .as_ref()
                    .map(|list| items(&mut cx, list, "instead_now item").into()),
                instead_future: o
                    .instead_future
                    .as_ref()
                    .map(|list| items(&mut cx, list, "instead_future item").into()),
                other_dates: items(&mut cx, &o.other_dates, "other_dates item").into(),
            }
        })
        .collect();

    let rules: Vec<Rule> = raw
        .rules
        .iter()
        .map(|r| {
            let place = format!("rule `{}`", r.id);
            let outcome = OutcomeId(
                cx.lookup(&place, "outcome", &outcomes_ix, &r.outcome)
                    .unwrap_or(MISSING),
            );
            if r.when.is_empty() {
                cx.err(&place, "a rule needs at least one condition");
            }
            let when: Vec<Condition> = r
                .when
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let cplace = format!("{place}, condition {}", i + 1);
                    cx.condition(
                        &cplace,
                        c,
                        &raw.questions,
                        &questions,
                        &sources,
                        &councils_ix,
                        council_question,
                    )
                })
                .collect();
            if !when.iter().any(|c| c.because.is_some()) {
                cx.err(
                    &place,
                    "a rule must give at least one reason (`because` with `sources`)",
                );
            }
            Rule {
                id: r.id.clone().into(),
                outcome,
                when: when.into(),
            }
        })
        .collect();

    for (oi, o) in outcomes.iter().enumerate() {
        if !rules.iter().any(|r| r.outcome.index() == oi) {
            cx.err(
                &format!("outcome `{}`", o.id),
                "no rule leads to this outcome",
            );
        }
    }
    for (qi, q) in questions.iter().enumerate() {
        let used = rules
            .iter()
            .flat_map(|r| r.when.iter())
            .any(|c| match &c.test {
                Test::Answer { question, .. } => question.index() == qi,
                Test::Council(_) => council_question == Some(QuestionId(qi as u16)),
                Test::Date(_) => false,
            });
        if !used {
            cx.err(
                &format!("question `{}`", q.id),
                "no rule uses this question, so it would never be asked",
            );
        }
    }

    let notes: Vec<Note> = raw
        .notes
        .iter()
        .map(|n| {
            let place = format!("note `{}`", n.id);
            let all: Vec<&str> = OutcomeKind::ALL.iter().map(|k| k.id()).collect();
            if n.kinds.is_empty() && n.outcomes.is_empty() {
                cx.err(
                    &place,
                    format!(
                        "kinds must list the outcome kinds whose results show it (some of {}), or outcomes the outcomes",
                        all.join(", ")
                    ),
                );
            }
            let outcomes: Vec<OutcomeId> = n
                .outcomes
                .iter()
                .filter_map(|o| cx.lookup(&place, "outcomes", &outcomes_ix, o).map(OutcomeId))
                .collect();
            let kinds: Vec<OutcomeKind> = n
                .kinds
                .iter()
                .filter_map(|k| {
                    let kind = OutcomeKind::from_id(k);
                    if kind.is_none() {
                        cx.err(
                            &place,
                            format!("kinds names `{k}`; use some of {}", all.join(", ")),
                        );
                    }
                    kind
                })
                .collect();
            let dates = match n.dates.as_deref() {
                None => NoteDates::Any,
                Some(d) => NoteDates::from_id(d).unwrap_or_else(|| {
                    cx.err(&place, format!("dates `{d}` is not one of: past, now, any"));
                    NoteDates::Any
                }),
            };
            Note {
                id: n.id.clone().into(),
                text: cx.text(&place, "text", &n.text),
                sources: cx.sources(&place, &sources, &n.sources, true),
                kinds: kinds.into(),
                outcomes: outcomes.into(),
                dates,
                lead: n.lead,
                other_date: n.other_date,
            }
        })
        .collect();

    let timeline: Vec<Period> = raw
        .timeline
        .iter()
        .map(|p| {
            let place = format!("period `{}`", p.id);
            let kind = PeriodKind::ALL
                .into_iter()
                .find(|k| k.id() == p.kind)
                .unwrap_or_else(|| {
                    cx.err(
                        &place,
                        format!(
                            "unknown kind `{}`; use one of standard, programme, assessment",
                            p.kind
                        ),
                    );
                    PeriodKind::Standard
                });
            let span = cx.span(&place, &p.from, &p.before);
            let announced = p
                .announced
                .as_deref()
                .and_then(|t| cx.date(&place, "announced", t));
            if let (Some(a), Some(f)) = (announced, span.from) {
                if a.date >= f.date {
                    cx.err(
                        &place,
                        "announced must be before from: a period announced once it had begun needs no `announced`",
                    );
                }
            }
            let end_announced = p
                .end_announced
                .as_deref()
                .and_then(|t| cx.date(&place, "end_announced", t));
            Period {
                end_announced,
                id: p.id.clone().into(),
                kind,
                name: cx.text(&place, "name", &p.name),
                scope: cx.text(&place, "scope", &p.scope),
                span,
                announced,
                sources: cx.sources(&place, &sources, &p.sources, true),
            }
        })
        .collect();

    if cx.errors.is_empty() {
        let policy = Policy {
            meta,
            sources: source_list.into(),
            regulators: regulators.into(),
            statuses: statuses.into(),
            phases: phases.into(),
            councils: councils.into(),
            questions: questions.into(),
            rules: rules.into(),
            outcomes: outcomes.into(),
            notes: notes.into(),
            timeline: timeline.into(),
            council_question,
        };
        Ok(policy)
    } else {
        Err(cx.errors)
    }
}

/// Stands in for an id that does not exist, so checking can go on; never escapes `build`.
pub(crate) const MISSING: u16 = u16::MAX;

/// Stands in for a date that failed to parse, so checking can go on and report everything.
pub(crate) const FALLBACK_SPEC: DateSpec = DateSpec {
    date: Date::EPOCH,
    precision: crate::date::Precision::Day,
};

/// Collects problems while data is checked; shared by the policy and the readiness content.
#[derive(Default)]
pub(crate) struct Cx {
    pub(crate) errors: Vec<Problem>,
}

impl Cx {
    pub(crate) fn err(&mut self, place: &str, problem: impl Into<String>) {
        self.errors.push(Problem {
            place: place.to_string(),
            problem: problem.into(),
        });
    }

    /// Maps ids to positions, reporting malformed and repeated ids.
    pub(crate) fn index<'a>(
        &mut self,
        what: &str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashMap<String, u16> {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            self.id_format(&format!("{what} `{id}`"), id);
            if map.insert(id.to_string(), i as u16).is_some() {
                self.err(
                    &format!("{what} `{id}`"),
                    format!("the id `{id}` is used by more than one {what}"),
                );
            }
        }
        map
    }

    pub(crate) fn id_format(&mut self, place: &str, id: &str) {
        let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.ends_with('-')
            && !id.contains("--");
        if !ok {
            self.err(
                place,
                "ids must be lowercase letters, digits and single hyphens, starting with a letter",
            );
        }
    }

    pub(crate) fn lookup(
        &mut self,
        place: &str,
        field: &str,
        index: &HashMap<String, u16>,
        id: &str,
    ) -> Option<u16> {
        let found = index.get(id).copied();
        if found.is_none() {
            self.err(place, format!("{field} names `{id}`, which does not exist"));
        }
        found
    }

    /// A required, non-empty text whose placeholders are all known.
    pub(crate) fn text(&mut self, place: &str, field: &str, text: &str) -> Text {
        if text.trim().is_empty() {
            self.err(place, format!("{field} is empty"));
        }
        for name in placeholders(text) {
            if !PLACEHOLDERS.contains(&name) {
                self.err(
                    place,
                    format!(
                        "{field} uses the unknown placeholder {{{name}}}; known: {}",
                        PLACEHOLDERS.join(", ")
                    ),
                );
            }
        }
        if text.matches('{').count() != text.matches('}').count() {
            self.err(place, format!("{field} has unbalanced braces"));
        }
        text.to_string().into()
    }

    pub(crate) fn date(&mut self, place: &str, field: &str, text: &str) -> Option<DateSpec> {
        DateSpec::parse(text)
            .map_err(|e| {
                let hint = match e {
                    DateError::Format => "write YYYY-MM-DD, or YYYY-MM for a month",
                    DateError::NotReal => "no such day",
                };
                self.err(place, format!("{field} \"{text}\" is not a date ({hint})"));
            })
            .ok()
    }

    fn span(&mut self, place: &str, from: &Option<String>, before: &Option<String>) -> Span {
        let from = from.as_deref().and_then(|t| self.date(place, "from", t));
        let before = before
            .as_deref()
            .and_then(|t| self.date(place, "before", t));
        if let (Some(f), Some(b)) = (from, before) {
            if f.date >= b.date {
                self.err(
                    place,
                    format!(
                        "from ({}) must be earlier than before ({})",
                        f.long(),
                        b.long()
                    ),
                );
            }
        }
        Span { from, before }
    }

    pub(crate) fn sources(
        &mut self,
        place: &str,
        index: &HashMap<String, u16>,
        ids: &[String],
        required: bool,
    ) -> List<SourceId> {
        if required && ids.is_empty() {
            self.err(place, "names no source; every fact needs at least one");
        }
        ids.iter()
            .filter_map(|id| self.lookup(place, "sources", index, id).map(SourceId))
            .collect::<Vec<_>>()
            .into()
    }

    pub(crate) fn sourced(
        &mut self,
        place: &str,
        index: &HashMap<String, u16>,
        s: &RawSourced,
        required: bool,
    ) -> Sourced {
        Sourced {
            text: self.text(place, "text", &s.text),
            sources: self.sources(place, index, &s.sources, required),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn condition(
        &mut self,
        place: &str,
        c: &RawCondition,
        raw_questions: &[RawQuestion],
        questions: &[Question],
        sources: &HashMap<String, u16>,
        councils: &HashMap<String, u16>,
        council_question: Option<QuestionId>,
    ) -> Condition {
        let kinds = [
            c.answer.is_some(),
            c.from.is_some() || c.before.is_some(),
            c.council.is_some(),
        ];
        if kinds.iter().filter(|k| **k).count() != 1 {
            self.err(
                place,
                "a condition needs exactly one of: answer with is; from and/or before; council",
            );
        }
        let test = if let Some(qid) = &c.answer {
            let qi = raw_questions.iter().position(|q| &q.id == qid);
            if qi.is_none() {
                self.err(
                    place,
                    format!("answer names the question `{qid}`, which does not exist"),
                );
            }
            if c.is.is_empty() {
                self.err(place, "`is` must list at least one option");
            }
            let qi = qi.unwrap_or(MISSING as usize);
            let any_of: Vec<OptionId> =
                c.is.iter()
                    .filter_map(|oid| {
                        let q = questions.get(qi)?;
                        let found = q.options.iter().position(|o| o.id == oid.as_str());
                        if found.is_none() {
                            self.err(
                                place,
                                format!(
                                    "`is` names `{oid}`, which is not an option of question `{}`",
                                    q.id
                                ),
                            );
                        }
                        found.map(|o| OptionId(o as u16))
                    })
                    .collect();
            Test::Answer {
                question: QuestionId(qi as u16),
                any_of: any_of.into(),
            }
        } else if let Some(fact) = &c.council {
            if council_question.is_none() {
                self.err(
                    place,
                    "council conditions need a question with options_from_councils = true",
                );
            }
            let _ = councils;
            Test::Council(match fact.as_str() {
                "in-naas" => CouncilFact::InNaas,
                "joins-later" => CouncilFact::JoinsLater,
                "join-date-unclear" => CouncilFact::JoinDateUnclear,
                "join-date-unknown" => CouncilFact::JoinDateUnknown,
                other => {
                    self.err(place, format!("council `{other}` is not one of: in-naas, joins-later, join-date-unclear, join-date-unknown"));
                    CouncilFact::InNaas
                }
            })
        } else {
            Test::Date(self.span(place, &c.from, &c.before))
        };
        if !c.is.is_empty() && c.answer.is_none() {
            self.err(place, "`is` only goes with `answer`");
        }
        let council_reason = matches!(test, Test::Council(_));
        let because = match &c.because {
            Some(text) => Some(Sourced {
                text: self.text(place, "because", text),
                // A council condition's reason is backed by the council's phase sources.
                sources: self.sources(place, sources, &c.sources, !council_reason),
            }),
            None => {
                if !c.sources.is_empty() {
                    self.err(
                        place,
                        "sources are given but there is no `because` text for them to back",
                    );
                }
                None
            }
        };
        if c.quotes_later && because.is_none() {
            self.err(
                place,
                "quotes_later marks a `because` text, and there is none",
            );
        }
        Condition {
            test,
            because,
            quotes_later: c.quotes_later,
        }
    }

    /// Checks that the spans, taken in order, cover every date once: no gaps, no overlaps.
    fn covers_every_date<'a>(&mut self, what: &str, spans: impl Iterator<Item = (&'a Text, Span)>) {
        let mut expected_from: Option<Date> = None;
        let mut last: Option<Span> = None;
        for (i, (id, span)) in spans.enumerate() {
            let from = span.from.map(|f| f.date);
            if i == 0 && from.is_some() {
                self.err(
                    &format!("{what}: `{id}`"),
                    "the first period must have no `from`, so that every date is covered",
                );
            }
            if i > 0 && from != expected_from {
                self.err(
                    &format!("{what}: `{id}`"),
                    "must start where the previous period ends (`from` equal to its `before`)",
                );
            }
            expected_from = span.before.map(|b| b.date);
            last = Some(span);
        }
        if let Some(span) = last {
            if span.before.is_some() {
                self.err(
                    what,
                    "the last period must have no `before`, so that every date is covered",
                );
            }
        }
    }
}

/// The names inside `{...}` in a text.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}
