//! Prints the whole address for a journey given by intent (the date, the answers that matter, and maybe the outcome wanted), the rest filled in by asking the engine, for the end-to-end tests.
//!
//! ```sh
//! cargo run --quiet -p naas-tools --example address -- "date=2019-10-05&council=leeds"
//! #/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds
//! cargo run --quiet -p naas-tools --example address -- "date=2019-10-05" --outcome supervisor --page check
//! cargo run --quiet -p naas-tools --example address -- "date=2019-10-05&employer=agency" --page q/council
//! ```
//!
//! `--page` is `result` (the default), `check`, or `q/<question>`: the question's page, with the
//! answers before it on a journey that asks it. The date may be `today`, a day or a month, as in
//! an address. Uses [`explore::complete`], as the Rust tests do, so a question added to the rules
//! fills itself in here too.

use std::process::ExitCode;

use naas_core::address;
use naas_core::date::Date;
use naas_core::engine::explore;
use naas_core::journey::{Journey, Page, When};
use naas_core::policy::{OptionId, OutcomeId, Policy, QuestionId};

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(address) => {
            println!("{address}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("address: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let (policy, readiness) = naas_core::shipped();
    let mut intent_text = None;
    let mut outcome = None;
    let mut page = "result".to_string();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--outcome" => outcome = Some(args.next().ok_or("--outcome needs an outcome id")?),
            "--page" => {
                page = args
                    .next()
                    .ok_or("--page needs result, check or q/<question>")?
            }
            _ if intent_text.is_none() => intent_text = Some(arg),
            _ => return Err(format!("unexpected argument `{arg}`")),
        }
    }
    let intent_text = intent_text.ok_or("give the intent, as \"date=2019-10-05&council=leeds\"")?;
    let given = address::parse(policy, readiness, &format!("#/result?{intent_text}")).map_err(
        |errors| {
            let said: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            format!("`{intent_text}`: {}", said.join("; "))
        },
    )?;
    let date = match given.when {
        When::On(date) | When::InMonth(date) => date,
        When::Today => naas_tools::currency::today(),
        When::Unset => return Err(format!("`{intent_text}` gives no date")),
    };
    let want = match &outcome {
        Some(id) => Some(
            policy
                .outcome_by_id(id)
                .ok_or_else(|| format!("there is no outcome `{id}`"))?,
        ),
        None => None,
    };
    let intent: Vec<(QuestionId, OptionId)> = given.chosen.iter().collect();
    let (at, path) = match page.as_str() {
        "result" => (Page::Result, explore::complete(policy, date, &intent, want)),
        "check" => (
            Page::CheckAnswers,
            explore::complete(policy, date, &intent, want),
        ),
        other => {
            let id = other
                .strip_prefix("q/")
                .ok_or_else(|| format!("there is no page `{other}`"))?;
            let q = policy
                .question_by_id(id)
                .ok_or_else(|| format!("there is no question `{id}`"))?;
            (Page::Question(q), asking(policy, date, &intent, want, q))
        }
    };
    let path = path.ok_or_else(|| {
        let to = outcome.map_or("an outcome".to_string(), |o| format!("`{o}`"));
        format!(
            "no journey on {} with `{intent_text}` shows the page `{page}` and ends in {to}",
            date.iso()
        )
    })?;
    let mut journey = Journey::at(at);
    journey.when = given.when;
    journey.chosen = path.into_iter().collect();
    Ok(address::format(policy, readiness, &journey))
}

/// The answers before `question` on the first journey that asks it: with the intent's answer to
/// it if it gives one, else with each of its options in turn.
fn asking(
    policy: &Policy,
    date: Date,
    intent: &[(QuestionId, OptionId)],
    want: Option<OutcomeId>,
    question: QuestionId,
) -> Option<Vec<(QuestionId, OptionId)>> {
    let options: Vec<OptionId> = match intent.iter().find(|(q, _)| *q == question) {
        Some(&(_, o)) => vec![o],
        None => policy.option_ids(question).collect(),
    };
    options.into_iter().find_map(|o| {
        let mut with = intent.to_vec();
        if !with.iter().any(|(q, _)| *q == question) {
            with.push((question, o));
        }
        let mut path = explore::complete(policy, date, &with, want)?;
        let at = path.iter().position(|(q, _)| *q == question)?;
        path.truncate(at);
        Some(path)
    })
}
