//! The policy data as a whole: every path through the shipped rules ends in one sourced outcome, the walk finds what is wrong with a broken policy, and broken files report every problem.

mod common;

use common::policy as shipped;
use naas_core::engine::explore;
use naas_core::policy::{Policy, SHIPPED_TOML};

#[test]
fn every_combination_of_answers_on_every_date_ends_in_one_sourced_outcome() {
    let policy = shipped();
    let audit = explore::audit(&policy);
    let problems: Vec<String> = audit.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        problems.is_empty(),
        "the walk found problems (run `cargo run --bin policy -- check`):\n{}",
        problems.join("\n")
    );
    let walked = explore::dates(&policy);
    assert_eq!(audit.dates, walked.len());
    for boundary in policy.boundaries() {
        assert!(
            walked.contains(&boundary) && walked.contains(&boundary.previous_day()),
            "every boundary and the day before: {}",
            boundary.iso()
        );
    }
    // Dates that may be still to come for a user are walked too, up to the horizon, so that
    // their texts are checked in the future tense.
    assert!(walked.contains(&policy.meta.horizon));
    assert!(walked.contains(&policy.meta.checked.next_day()));
    assert!(walked.iter().all(|d| *d <= policy.meta.horizon));
    assert!(
        audit.journeys > 1000,
        "only {} journeys walked",
        audit.journeys
    );
    assert_eq!(audit.questions, policy.questions.len());
    assert_eq!(audit.rules, policy.rules.len());
    assert_eq!(audit.outcomes, policy.outcomes.len());
}

/// Runs the audit on the shipped policy changed by `edit`, which must still validate, and
/// checks that each expected problem is reported, naming its place and a detail.
fn audit_finds(edit: impl Fn(&str) -> String, expected: &[(&str, &str)]) {
    let text = edit(SHIPPED_TOML);
    assert_ne!(text, SHIPPED_TOML, "the edit changed nothing");
    let policy = Policy::from_toml(&text).unwrap_or_else(|errors| {
        panic!("the edited policy must validate, so that the walk is what finds its problems: {errors:?}")
    });
    let found: Vec<String> = explore::audit(&policy)
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect();
    for (place, detail) in expected {
        assert!(
            found
                .iter()
                .any(|t| t.starts_with(place) && t.contains(detail)),
            "no problem at {place} mentioning {detail:?} in:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_walk_finds_gaps_dead_rules_unreached_outcomes_and_unfilled_placeholders() {
    audit_finds(
        |t| {
            t.replacen(
                "outcome = \"not-in-scope-student\"\n\n[[rules.when]]\nanswer = \"role\"\nis = [\"student\"]",
                "outcome = \"not-in-scope-student\"\n\n[[rules.when]]\nanswer = \"role\"\nis = [\"adult-services\"]",
                1,
            )
                .replacen(
                    "NAAS was for child and family social workers only. In 2016",
                    "In {council}, NAAS was for child and family social workers only. In 2016",
                    1,
                )
        },
        &[
            (
                "journey `role=student registration=yes employer=local-authority`",
                "no rule decides",
            ),
            ("rule `student`", "never decides"),
            ("outcome `not-in-scope-student`", "never reached"),
            ("rule `adult-services`", "placeholder that nothing fills"),
        ],
    );
}

#[test]
fn the_walk_finds_questions_that_are_never_asked() {
    // A question used only by a rule after every journey has already ended.
    audit_finds(
        |t| {
            format!(
                "{t}\n[[questions]]\nid = \"extra\"\ntitle = \"Extra?\"\nsummary = \"Extra\"\nerror = \"Select one\"\n\n[[questions.options]]\nid = \"yes\"\nlabel = \"Yes\"\n\n[[questions.options]]\nid = \"no\"\nlabel = \"No\"\n\n[[rules]]\nid = \"extra\"\noutcome = \"closed\"\n\n[[rules.when]]\nanswer = \"extra\"\nis = [\"yes\"]\nbecause = \"Never shown.\"\nsources = [\"cc-2022-01-14\"]\n"
            )
        },
        &[
            ("question `extra`", "never asked"),
            ("rule `extra`", "never decides"),
        ],
    );
}

/// The shipped rules with the rule `id` moved to just before the rule `before`.
fn move_rule(text: &str, id: &str, before: &str) -> String {
    let start = text
        .find(&format!("[[rules]]\nid = \"{id}\""))
        .expect("the rule");
    let end = start
        + 1
        + text[start + 1..]
            .find("[[rules]]\n")
            .expect("a rule after it");
    let block = &text[start..end];
    let without = format!("{}{}", &text[..start], &text[end..]);
    let at = without
        .find(&format!("[[rules]]\nid = \"{before}\""))
        .expect("the rule to go before");
    format!("{}{block}{}", &without[..at], &without[at..])
}

/// Fact review: the journey asks only what can change the result. With the pause decided after
/// registration and employer (as it once was), both were asked on paused dates though every
/// answer ended in "could not", and "it depends on whether you were registered" was said of a
/// date on which nobody could take part.
#[test]
fn the_walk_finds_questions_no_answer_to_which_can_change_the_result() {
    audit_finds(
        |t| move_rule(t, "assessments-paused", "reopening-unclear"),
        &[
            (
                "question `employer`",
                "no answer to it can change the result",
            ),
            ("outcome `unclear-registration`", "says it is unclear"),
        ],
    );
    // Asking the role on the dates DfE had scrapped NAAS, when nobody could take part.
    audit_finds(
        |t| move_rule(t, "programme-scrapped", "student"),
        &[("question `role`", "no answer to it can change the result")],
    );
}

/// Fact review: no result claims a day the sources do not give. With the closure taken to
/// start on the first of March 2022 (the sources say only "March 2022"), the days of March said
/// "NAAS had closed by that date".
#[test]
fn the_walk_finds_results_that_claim_the_day_of_a_month_only_change() {
    audit_finds(
        |t| t.replace("\"2022-04-01\"", "\"2022-03\""),
        &[(
            "rule `closed-practitioner-then`",
            "decides in March 2022, which the sources give without a day",
        )],
    );
    // Without the rule for June 2021, its days would say "you could have taken it".
    audit_finds(
        |t| {
            t.replacen(
                "before = \"2021-07-01\"\nbecause = \"NAAS assessment centres",
                "before = \"2021-06-02\"\nbecause = \"NAAS assessment centres",
                1,
            )
        },
        &[("rule `practitioner`", "decides in June 2021")],
    );
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
        ("rule `agency-at-site`", "nowhere"),
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

/// Every text a user can see, from both data files, with where it comes from.
fn user_texts() -> Vec<(String, String)> {
    let (p, r) = naas_core::shipped();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |place: String, text: &str| out.push((place, text.to_string()));
    for q in p.questions.iter() {
        let texts = [
            Some(&q.title),
            q.title_now.as_ref(),
            q.hint.as_ref(),
            q.hint_now.as_ref(),
        ];
        for t in texts.into_iter().flatten() {
            add(format!("question {}", q.id), t);
        }
        for o in q.options.iter() {
            add(format!("option {}.{}", q.id, o.id), &o.label);
            if let Some(h) = &o.hint {
                add(format!("option {}.{}", q.id, o.id), h);
            }
        }
    }
    for rule in p.rules.iter() {
        for b in rule.when.iter().filter_map(|c| c.because.as_ref()) {
            add(format!("rule {}", rule.id), &b.text);
        }
    }
    for o in p.outcomes.iter() {
        let texts = [
            Some(&o.title),
            Some(&o.summary),
            o.title_now.as_ref(),
            o.summary_now.as_ref(),
            o.ask.as_ref(),
        ];
        for t in texts.into_iter().flatten() {
            add(format!("outcome {}", o.id), t);
        }
        let items = o.next.iter().chain(o.instead.iter());
        for s in items.chain(o.instead_now.iter().flatten()) {
            add(format!("outcome {}", o.id), &s.text);
        }
    }
    for s in p.statuses.iter() {
        add(format!("status {}", s.id), &s.value.text);
    }
    for n in p.notes.iter() {
        add(format!("note {}", n.id), &n.text);
    }
    for s in r.sets.iter() {
        add(format!("set {}", s.id), &s.note);
        add(format!("set {}", s.id), &s.headings_note.text);
        if let Some(replaced) = &s.replaced {
            add(format!("set {}", s.id), &replaced.by.text);
        }
    }
    for s in r.statements.iter() {
        add(format!("statement {}", s.id), &s.summary);
        for g in s.guidance.iter() {
            add(format!("statement {}", s.id), &g.text);
        }
    }
    for c in r.checks.iter() {
        add(format!("check {}", c.id), &c.label);
        add(format!("check {}", c.id), &c.advice);
    }
    for f in r.assessment.iter().chain(r.support.iter()) {
        add(format!("fact {}", f.id), &f.text);
    }
    add("naas_closed".into(), &r.naas_closed.text);
    out
}

/// Issue 11.4: NAAS has closed, so nothing may tell a user today to book an assessment, get a
/// login or bring photo ID. Those steps are told as what people did at the time.
#[test]
fn nothing_tells_a_user_today_to_book_get_a_login_or_bring_photo_id() {
    const IMPERATIVES: &[&str] = &[
        "Book ",
        "Bring ",
        "Arrive ",
        "Get a login",
        "Ask for reasonable adjustments",
        "Find your ",
    ];
    const PHRASES: &[&str] = &[
        "you book",
        "you get a login",
        "you receive a login",
        "you bring",
        "id to bring",
        "you will get",
        "is 4 hours",
        "are handed in",
    ];
    for (place, text) in user_texts() {
        let sentences = text.split(". ").map(str::trim_start);
        for sentence in sentences {
            for word in IMPERATIVES {
                assert!(
                    !sentence.starts_with(word),
                    "{place}: {text:?} tells the user to {word}"
                );
            }
        }
        let lower = text.to_lowercase();
        for phrase in PHRASES {
            assert!(!lower.contains(phrase), "{place}: {text:?} says {phrase:?}");
        }
    }
}

/// Issue 11.1: statements the fact review found wrong stay out of the shipped text.
#[test]
fn no_text_repeats_what_the_fact_review_found_wrong() {
    const WRONG: &[&str] = &[
        "updated in 2019",
        "In 2019 the standards were updated",
        "joined on 18 March 2019",
        "you could take the assessment",
        "They had to email",
    ];
    for (place, text) in user_texts() {
        for wrong in WRONG {
            assert!(!text.contains(wrong), "{place}: {text:?} says {wrong:?}");
        }
    }
}

/// Issue 21.5: a reason shown for a date earlier than all its sources is refused, unless it says
/// it quotes a later source (and is marked so). Without the mark on the pause's reason, and with
/// GOV.UK's 2018 page dated after the results that cite it, the audit names both.
#[test]
fn the_walk_finds_reasons_older_than_every_source_they_cite() {
    audit_finds(
        |t| {
            t.replacen(
                "so nobody could take an assessment on {date}.\"\nsources = [\"cc-2020-04-27\", \"dfe-blog-2021-07-07\"]\nquotes_later = true",
                "so nobody could take an assessment on {date}.\"\nsources = [\"cc-2020-04-27\", \"dfe-blog-2021-07-07\"]",
                1,
            )
            .replacen(
                "date = \"first published 19 November 2015, updated 18 May 2018\"\npublished = \"2018-05-18\"",
                "date = \"first published 19 November 2015, updated 18 May 2018\"\npublished = \"2024-01-01\"",
                1,
            )
        },
        &[
            (
                "rule `assessments-paused`",
                "published after the date it is shown for",
            ),
            (
                "rule `closed-supervisor-then`",
                "published after the date it is shown for",
            ),
        ],
    );
}
