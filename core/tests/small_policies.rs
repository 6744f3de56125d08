//! The engine and the journey on small policies written inline, for rules the shipped data does not exercise: which of two open questions is asked, and which answers are asked again after a change.

use naas_core::date::Date;
use naas_core::engine::{self, Answers, Step};
use naas_core::journey::view::Screen;
use naas_core::journey::{Context, Journey, Page, When};
use naas_core::policy::Policy;
use naas_core::readiness::Readiness;

/// Four questions (one listing the councils, one naming the chosen council) and two rules.
/// The first rule lists its conditions out of question order on purpose.
const POLICY: &str = r#"
[meta]
title = "Small"
version = "2026-01-01"
compiled = "2026-01-01"
checked = "2026-01-01"
horizon = "2026-01-01"

[[sources]]
id = "s"
title = "A source"
publisher = "A publisher"
date = "n.d."
published = "unknown"
url = "https://example.org/"

[[timeline]]
id = "naas"
kind = "assessment"
name = "The assessment"
scope = "Everyone."
from = "2018-07"
before = "2022-04"
sources = ["s"]

[[regulators]]
id = "r"
name = "the Regulator"
sources = ["s"]

[[statuses]]
id = "always"
text = "Always the same."
sources = ["s"]

[[phases]]
id = "one"
label = "phase one"
from = "2018-07"
exact = true
sources = ["s"]

[[councils]]
id = "a"
name = "Aville"
phase = "one"

[[councils]]
id = "b"
name = "Beeton"
phase = "one"

[[questions]]
id = "first"
title = "First, on {date}?"
summary = "First"
error = "Select one"

[[questions.options]]
id = "yes"
label = "Yes"

[[questions.options]]
id = "no"
label = "No"

[[questions]]
id = "second"
title = "Second?"
summary = "Second"
error = "Select one"

[[questions.options]]
id = "yes"
label = "Yes"

[[questions.options]]
id = "no"
label = "No"

[[questions]]
id = "council"
title = "Which council?"
summary = "Council"
error = "Select one"
options_from_councils = true

[[questions]]
id = "still"
title = "Were you still at {council}?"
summary = "Still there"
error = "Select one"

[[questions.options]]
id = "yes"
label = "Yes"

[[questions.options]]
id = "no"
label = "No"

[[rules]]
id = "all-yes"
outcome = "done"

[[rules.when]]
answer = "second"
is = ["yes"]
because = "Second was yes."
sources = ["s"]

[[rules.when]]
answer = "first"
is = ["yes"]

[[rules.when]]
council = "in-naas"

[[rules.when]]
answer = "still"
is = ["yes"]

[[rules]]
id = "otherwise"
outcome = "other"

[[rules.when]]
answer = "first"
is = ["yes", "no"]
because = "Anything else."
sources = ["s"]

[[outcomes]]
id = "done"
kind = "eligible"
title = "Done"
summary = "All yes."

[[outcomes]]
id = "other"
kind = "not-in-scope"
title = "Other"
summary = "Not all yes."
"#;

const READINESS: &str = r#"
role_question = "first"
naas_period = "naas"

[not_covered]
text = "Not covered."
sources = ["s"]

[cpd]
as_of = "2025-09-01"
prompts = ["A prompt"]
prompt_sources = ["s"]

[naas_closed]
text = "Closed."
sources = ["s"]

[[scale]]
id = "low"
label = "Low"
hint = "Not yet."
develop = true

[[scale]]
id = "high"
label = "High"
hint = "Yes."
develop = false

[[sets]]
id = "set"
name = "Setters"
label = "The set"
title = "The set of statements"
assessed = true
roles = ["yes"]
note = "A note."
sources = ["s"]

[sets.headings_note]
text = "Whose headings."
sources = ["s"]

[[statements]]
id = "x1"
set = "set"
number = 1
heading = "A heading"
status = "confirmed"
status_sources = ["s"]
summary = "A summary."

[[statements.guidance]]
text = "Some guidance."
sources = ["s"]

[[checks]]
id = "c"
label = "A check"
advice = "Some advice."
sources = ["s"]
"#;

fn data() -> (&'static Policy, &'static Readiness) {
    let policy: &'static Policy = Box::leak(Box::new(
        Policy::from_toml(POLICY).unwrap_or_else(|e| panic!("{e:?}")),
    ));
    let readiness = Readiness::from_toml(READINESS, policy).unwrap_or_else(|e| panic!("{e:?}"));
    (policy, Box::leak(Box::new(readiness)))
}

fn context() -> Context<'static> {
    let (policy, readiness) = data();
    Context {
        policy,
        readiness,
        today: Date::parse("2026-12-01").unwrap(),
        fixed: None,
    }
}

#[test]
fn of_two_open_questions_a_rule_needs_the_earliest_is_asked() {
    let (policy, _) = data();
    let ask = |answers: &Answers| match engine::evaluate(policy, answers) {
        Ok(Step::Ask(q)) => policy.question(q).id.to_string(),
        other => panic!("{other:?}"),
    };
    let date = Date::parse("2019-10-05").unwrap();
    // The rule lists "second" before "first"; the question order decides.
    assert_eq!(ask(&Answers::new(date)), "first");
    let first = policy.question_by_id("first").unwrap();
    let yes = policy.option_by_id(first, "yes").unwrap();
    assert_eq!(ask(&Answers::new(date).with(first, yes)), "second");
}

#[test]
fn the_start_page_counts_the_most_questions_from_the_rules() {
    let (policy, _) = data();
    assert_eq!(policy.meta.most_questions, 4);
}

/// A journey at check your answers with every answer "yes" and the council Aville.
fn all_yes(cx: &Context) -> Journey {
    let journey = cx.begin(&Journey::start());
    let mut journey = cx.choose_date(&journey, When::On(Date::parse("2019-10-05").unwrap()));
    for answer in ["yes", "yes", "a", "yes"] {
        let Page::Question(q) = journey.page else {
            panic!("expected a question, at {journey:?}")
        };
        let o = cx.policy.option_by_id(q, answer).unwrap();
        journey = cx.answer(&journey, q, o);
    }
    assert_eq!(journey.page, Page::CheckAnswers);
    journey
}

#[test]
fn another_council_asks_again_the_question_that_names_it_and_keeps_the_rest() {
    let cx = context();
    let council = cx.policy.question_by_id("council").unwrap();
    let still = cx.policy.question_by_id("still").unwrap();
    let check = all_yes(&cx);

    // The same council again: nothing to confirm, straight back.
    let same = cx.change(&check, Page::Question(council));
    let a = cx.policy.option_by_id(council, "a").unwrap();
    assert_eq!(cx.answer(&same, council, a).page, Page::CheckAnswers);

    // Another council: "Were you still at Beeton?" is asked, with "yes" selected.
    let b = cx.policy.option_by_id(council, "b").unwrap();
    let next = cx.answer(&same, council, b);
    assert_eq!(next.page, Page::Question(still));
    let view = cx.view(next.clone());
    let Screen::Question(asked) = &view.screen else {
        panic!()
    };
    assert_eq!(asked.title, "Were you still at Beeton?");
    assert!(asked.confirming);
    assert_eq!(asked.selected, cx.policy.option_by_id(still, "yes"));
    let yes = cx.policy.option_by_id(still, "yes").unwrap();
    let back = cx.answer(&next, still, yes);
    assert_eq!(back.page, Page::CheckAnswers);
    assert!(back.to_confirm.is_empty() && back.chosen.len() == 4);
}

#[test]
fn another_date_asks_again_only_the_questions_that_name_it() {
    let cx = context();
    let check = all_yes(&cx);
    let date = cx.change(&check, Page::Date);
    let next = cx.choose_date(&date, When::On(Date::parse("2020-01-01").unwrap()));
    let ids = |choices: &naas_core::engine::Choices| -> Vec<String> {
        choices
            .iter()
            .map(|(q, _)| cx.policy.question(q).id.to_string())
            .collect()
    };
    assert_eq!(ids(&next.to_confirm), ["first"]);
    assert_eq!(ids(&next.chosen), ["second", "council", "still"]);
    assert_eq!(
        next.page,
        Page::Question(cx.policy.question_by_id("first").unwrap())
    );
}

/// Issue 21.5, on a small policy: a reason shown for dates before its only source was published
/// is refused by the audit, naming the rule; marked as quoting a later source, it is allowed.
#[test]
fn the_audit_refuses_a_reason_older_than_its_sources_unless_it_says_it_quotes_later() {
    let later = POLICY.replacen("published = \"unknown\"", "published = \"2030-01-01\"", 1);
    let policy = Policy::from_toml(&later).unwrap_or_else(|e| panic!("{e:?}"));
    let problems: Vec<String> = engine::explore::audit(&policy)
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect();
    for rule in ["all-yes", "otherwise"] {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("rule `{rule}`"))
                    && p.contains("published after the date it is shown for")),
            "{rule}: {problems:?}"
        );
    }
    let marked = later.replace(
        "sources = [\"s\"]\n\n[[rules.when]]\nanswer = \"first\"",
        "sources = [\"s\"]\nquotes_later = true\n\n[[rules.when]]\nanswer = \"first\"",
    );
    let marked = marked.replace(
        "because = \"Anything else.\"\nsources = [\"s\"]",
        "because = \"Anything else.\"\nsources = [\"s\"]\nquotes_later = true",
    );
    let policy = Policy::from_toml(&marked).unwrap_or_else(|e| panic!("{e:?}"));
    let problems: Vec<String> = engine::explore::audit(&policy)
        .problems
        .iter()
        .map(|p| p.to_string())
        .filter(|p| p.contains("published after"))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}
