//! Native micro-benchmark of the engine: every answer combination on every date where the policy changes (and the day before), plus a spread of dates.
//!
//! `cargo run --release --example bench_engine` prints the median time of the exhaustive walk (total, per journey,
//! per `evaluate` call), of replaying each finished journey, and of parsing and checking the policy file (which the
//! app does at build time, not in the browser).
//! `-- --journeys` prints every journey instead, one a line (`2019-10-05 role=frontline ... -> practitioner`), so
//! bench/build.mjs can check that the comparison pages follow the same flow; `-- --policy-json` prints the policy
//! file as JSON, the data the comparison pages are built from.

use std::hint::black_box;
use std::time::{Duration, Instant};

use naas_core::date::Date;
use naas_core::engine::{self, Answers, Step};
use naas_core::policy::{Policy, SHIPPED_TOML};

/// How many times each measurement is repeated; the median is reported.
const RUNS: usize = 21;

fn main() {
    if std::env::args().any(|a| a == "--policy-json") {
        let value: toml::Value =
            toml::from_str(SHIPPED_TOML).expect("the shipped policy is valid TOML");
        println!(
            "{}",
            serde_json::to_string(&value).expect("TOML values convert to JSON")
        );
        return;
    }
    let policy = naas_core::shipped().0;
    let dates = dates(policy);
    let mut walk = Walk::default();
    for date in &dates {
        walk.from(policy, Answers::new(*date), &mut Vec::new());
    }

    if std::env::args().any(|a| a == "--journeys") {
        for line in &walk.lines {
            println!("{line}");
        }
        return;
    }

    let exhaustive = median(|| {
        let mut count = Count::default();
        for date in &dates {
            count.from(policy, Answers::new(*date));
        }
        black_box(count);
    });
    let calls = median(|| {
        for answers in &walk.states {
            black_box(engine::evaluate(policy, black_box(answers)).ok());
        }
    });
    let replays = median(|| {
        for answers in &walk.finished {
            black_box(engine::replay(policy, black_box(answers)));
        }
    });
    let load = median(|| {
        black_box(Policy::from_toml(black_box(SHIPPED_TOML)).expect("the policy validates"));
    });

    let journeys = walk.finished.len();
    let evaluations = walk.states.len();
    println!(
        "engine: {} dates ({} boundaries and the day before each, and a spread), {journeys} journeys, {evaluations} evaluate calls; median of {RUNS} runs",
        dates.len(),
        policy.boundaries().len(),
    );
    println!(
        "  exhaustive walk          {:>10} total   {:>10} per journey",
        ms(exhaustive),
        us(exhaustive / journeys as u32)
    );
    println!(
        "  evaluate                 {:>10} total   {:>10} per call",
        ms(calls),
        us(calls / evaluations as u32)
    );
    println!(
        "  replay a finished journey{:>10} total   {:>10} per journey",
        ms(replays),
        us(replays / journeys as u32)
    );
    println!(
        "  parse and check the policy{:>10} (done at build time; the app gets static data)",
        ms(load)
    );
}

/// Every boundary, the day before each, and the 15th of every third month from 2014 to 2028.
fn dates(policy: &Policy) -> Vec<Date> {
    let mut dates: Vec<Date> = policy
        .boundaries()
        .into_iter()
        .flat_map(|d| [d.previous_day(), d])
        .collect();
    for year in 2014..=2028 {
        for month in [1, 4, 7, 10] {
            dates.extend(Date::new(year, month, 15));
        }
    }
    dates.sort();
    dates.dedup();
    dates
}

/// The walk done once, remembering every state evaluated and every finished journey.
#[derive(Default)]
struct Walk {
    states: Vec<Answers>,
    finished: Vec<Answers>,
    lines: Vec<String>,
}

impl Walk {
    fn from(&mut self, policy: &Policy, answers: Answers, path: &mut Vec<String>) {
        self.states.push(answers.clone());
        match engine::evaluate(policy, &answers) {
            Ok(Step::Ask(q)) => {
                let question = &policy.question(q).id;
                for o in policy.option_ids(q) {
                    path.push(format!("{question}={}", policy.choice(q, o).id));
                    self.from(policy, answers.clone().with(q, o), path);
                    path.pop();
                }
            }
            step => {
                let rule = match step {
                    Ok(Step::Decided(d)) => &*policy.rule(d.rule).id,
                    _ => "gap",
                };
                let mut line = answers.date.iso();
                for answer in path.iter() {
                    line.push(' ');
                    line.push_str(answer);
                }
                self.lines.push(format!("{line} -> {rule}"));
                self.finished.push(answers);
            }
        }
    }
}

/// The timed walk: the same recursion, keeping only counts.
#[derive(Default, Debug)]
struct Count {
    journeys: usize,
}

impl Count {
    fn from(&mut self, policy: &Policy, answers: Answers) {
        match engine::evaluate(policy, &answers) {
            Ok(Step::Ask(q)) => {
                for o in policy.option_ids(q) {
                    self.from(policy, answers.clone().with(q, o));
                }
            }
            step => {
                black_box(step.ok());
                self.journeys += 1;
            }
        }
    }
}

fn median(mut run: impl FnMut()) -> Duration {
    run();
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn us(d: Duration) -> String {
    format!("{:.3} µs", d.as_secs_f64() * 1e6)
}
