//! Prints one address for every outcome of the shipped policy ("outcome-id<TAB>#/result?..."), found by walking the engine, for the accessibility suite to visit.

use naas_core::address;
use naas_core::date::Date;
use naas_core::engine::{self, Answers, Step};
use naas_core::journey::{Journey, Page, When};
use naas_core::policy::Policy;

fn main() {
    let policy = naas_core::shipped().0;
    let mut found: Vec<Option<String>> = vec![None; policy.outcomes.len()];
    let mut dates: Vec<Date> = policy
        .boundaries()
        .into_iter()
        .flat_map(|d| [d.previous_day(), d])
        .collect();
    dates.push(Date::parse("2019-10-05").expect("a real date"));
    for date in dates {
        walk(policy, Answers::new(date), &mut found);
    }
    for (i, address) in found.iter().enumerate() {
        let id = &policy.outcomes[i].id;
        match address {
            Some(a) => println!("{id}\t{a}"),
            None => panic!("no journey reaches the outcome {id}"),
        }
    }
}

fn walk(policy: &'static Policy, answers: Answers, found: &mut [Option<String>]) {
    match engine::evaluate(policy, &answers) {
        Ok(Step::Ask(q)) => {
            for o in policy.option_ids(q) {
                walk(policy, answers.clone().with(q, o), found);
            }
        }
        Ok(Step::Decided(d)) => {
            let slot = &mut found[d.outcome.index()];
            if slot.is_none() {
                let mut at = Journey::at(Page::Result);
                at.when = When::On(answers.date);
                at.chosen = answers.chosen.clone();
                *slot = Some(address::format(policy, naas_core::shipped().1, &at));
            }
        }
        Err(_) => {}
    }
}
