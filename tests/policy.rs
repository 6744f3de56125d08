//! Validation of the policy data: the shipped file loads, every path through it ends in one sourced outcome, and broken files report every problem.

use std::collections::HashSet;

use naas_checker::date::Date;
use naas_checker::engine::{self, Answers, Step};
use naas_checker::policy::{Policy, SHIPPED_TOML};

fn shipped() -> Policy {
    Policy::shipped_native().unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("the shipped policy has problems:\n{}", list.join("\n"))
    })
}

#[test]
fn the_data_compiled_into_the_app_says_the_same_as_the_toml() {
    assert_eq!(Policy::shipped(), &shipped());
}

/// The dates to try: every boundary in the policy, the day before each, and a spread across
/// the whole timeline from before the pilots to after the early career standards.
fn dates(policy: &Policy) -> Vec<Date> {
    let mut dates: Vec<Date> = policy
        .boundaries()
        .into_iter()
        .flat_map(|d| [d.previous_day(), d])
        .collect();
    for year in 2014..=2028 {
        for month in [1, 4, 7, 10] {
            dates.push(Date::new(year, month, 15).unwrap());
        }
    }
    dates.sort();
    dates.dedup();
    dates
}

struct Walk<'p> {
    policy: &'p Policy,
    asked: HashSet<&'p str>,
    outcomes: HashSet<&'p str>,
    rules: HashSet<&'p str>,
    journeys: usize,
}

impl Walk<'_> {
    /// Follows every option of every question the engine asks, from these answers on.
    fn from(&mut self, answers: Answers, depth: usize) {
        let policy = self.policy;
        assert!(
            depth <= policy.questions.len(),
            "a journey asked more questions than exist: a loop"
        );
        let step = engine::evaluate(policy, &answers).unwrap_or_else(|_| {
            let given: Vec<String> = answers
                .iter()
                .map(|(q, o)| format!("{}={}", policy.question(q).id, policy.choice(q, o).id))
                .collect();
            panic!("no rule decides {} {}", answers.date.iso(), given.join(" "))
        });
        match step {
            Step::Ask(q) => {
                assert!(
                    answers.get(q).is_none(),
                    "question {} asked twice",
                    policy.question(q).id
                );
                self.asked.insert(&policy.question(q).id);
                for o in policy.option_ids(q) {
                    self.from(answers.clone().with(q, o), depth + 1);
                }
            }
            Step::Decided(decision) => {
                self.journeys += 1;
                let outcome = policy.outcome(decision.outcome);
                self.outcomes.insert(&outcome.id);
                self.rules.insert(&policy.rule(decision.rule).id);
                assert!(
                    !decision.reasons.is_empty(),
                    "rule {} gave no reason",
                    policy.rule(decision.rule).id
                );
                let facts = engine::facts(policy, &answers);
                let shown = decision
                    .reasons
                    .iter()
                    .map(|r| {
                        assert!(!r.sources.is_empty(), "reason without source: {}", r.text);
                        r.text.clone()
                    })
                    .chain([facts.fill(&outcome.title), facts.fill(&outcome.summary)])
                    .chain(
                        outcome
                            .next
                            .iter()
                            .chain(&outcome.instead)
                            .map(|s| facts.fill(&s.text)),
                    );
                for text in shown {
                    assert!(
                        !text.contains('{'),
                        "outcome {} shows an unfilled placeholder: {text}",
                        outcome.id
                    );
                }
            }
        }
    }
}

#[test]
fn every_combination_of_answers_on_every_date_ends_in_one_sourced_outcome() {
    let policy = shipped();
    let mut walk = Walk {
        policy: &policy,
        asked: HashSet::new(),
        outcomes: HashSet::new(),
        rules: HashSet::new(),
        journeys: 0,
    };
    let dates = dates(&policy);
    for date in &dates {
        walk.from(Answers::new(*date), 0);
        // Every question's text can be shown on this date.
        let facts = engine::facts(&policy, &Answers::new(*date));
        for q in &policy.questions {
            assert!(
                !facts.fill(&q.title).contains('{'),
                "{} on {date}: {}",
                q.id,
                q.title
            );
        }
    }
    assert!(
        walk.journeys > 1000,
        "only {} journeys walked",
        walk.journeys
    );
    for q in &policy.questions {
        assert!(
            walk.asked.contains(&*q.id),
            "question {} is never asked",
            q.id
        );
    }
    for o in &policy.outcomes {
        assert!(
            walk.outcomes.contains(&*o.id),
            "outcome {} is never reached",
            o.id
        );
    }
    for r in &policy.rules {
        assert!(
            walk.rules.contains(&*r.id),
            "rule {} never decides: an earlier rule always wins",
            r.id
        );
    }
}

#[test]
fn every_date_has_one_status_and_one_regulator() {
    let policy = shipped();
    for date in dates(&policy) {
        assert!(
            engine::status_at(&policy, date).is_some(),
            "no status on {date}"
        );
        assert!(
            engine::facts(&policy, &Answers::new(date))
                .regulator
                .is_some(),
            "no regulator on {date}"
        );
    }
}

#[test]
fn every_option_and_outcome_has_its_text() {
    let policy = shipped();
    for q in &policy.questions {
        assert!(
            !q.title.trim().is_empty() && !q.summary.trim().is_empty(),
            "{}",
            q.id
        );
        for o in &q.options {
            assert!(!o.label.trim().is_empty(), "{}.{}", q.id, o.id);
        }
    }
    for o in &policy.outcomes {
        assert!(
            !o.title.trim().is_empty() && !o.summary.trim().is_empty(),
            "{}",
            o.id
        );
    }
}

#[test]
fn a_broken_policy_reports_every_problem_with_the_id_at_fault() {
    let broken = SHIPPED_TOML
        .replace(
            "outcome = \"practitioner\"",
            "outcome = \"practitioner-typo\"",
        )
        .replace("is = [\"adult-services\"]", "is = [\"adults\"]")
        .replace("phase = \"by-july-2021\"", "phase = \"phase-three\"")
        .replace("label = \"Cafcass\"", "label = \"\"")
        .replace(
            "\"govuk-naas-guidance\", \"cc-2016-03-11\"",
            "\"govuk-naas-guidance\", \"nowhere\"",
        )
        .replace(
            "from = \"2020-03-17\"\nbefore = \"2021-06\"\nbecause",
            "from = \"2020-03-32\"\nbefore = \"2021-06\"\nbecause",
        );
    let errors = Policy::from_toml(&broken).expect_err("the broken policy must not load");
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let expect = [
        ("rule `practitioner`", "practitioner-typo"),
        ("rule `adult-services`", "adults"),
        ("council `plymouth`", "phase-three"),
        ("option `cafcass`", "label is empty"),
        ("rule `agency`", "nowhere"),
        ("rule `assessments-paused`", "2020-03-32"),
    ];
    for (place, detail) in expect {
        assert!(
            text.iter().any(|t| t.contains(place) && t.contains(detail)),
            "no error naming {place} and {detail} in:\n{}",
            text.join("\n")
        );
    }
    // The unknown outcome also leaves the real "practitioner" outcome with no rule.
    assert!(text
        .iter()
        .any(|t| t.contains("outcome `practitioner`") && t.contains("no rule")));
}

#[test]
fn a_policy_with_a_syntax_error_says_where() {
    let errors = Policy::from_toml("[meta]\ntitle = \"x\"\nversion = 1\n").expect_err("must fail");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().contains("version"), "{}", errors[0]);
}

#[test]
fn unknown_keys_are_refused_rather_than_ignored() {
    let broken = SHIPPED_TOML.replacen(
        "[[councils]]\nid = \"bury\"",
        "[[councils]]\nid = \"bury\"\nphse = \"x\"",
        1,
    );
    let errors = Policy::from_toml(&broken).expect_err("a misspelt key must not pass silently");
    assert!(errors[0].to_string().contains("phse"), "{}", errors[0]);
}
