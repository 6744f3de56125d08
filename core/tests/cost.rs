//! What one navigation costs the engine: the README's figure for the replays and rule evaluations a view takes, measured over every page of a sample of journeys, and kept true by this test.

use naas_core::date::Date;
use naas_core::engine::cost::{self, Cost};
use naas_core::journey::{Context, Page};

/// The most replays and evaluations one view may take (README, Architecture): measured on
/// 8 December 2026 as 3 to 10 replays and 3 to 41 evaluations (a few microseconds each).
const MOST: Cost = Cost {
    replays: 10,
    evaluations: 41,
};

#[test]
fn one_view_costs_at_most_what_the_readme_says() {
    let (policy, readiness) = naas_core::shipped();
    let cx = Context {
        policy,
        readiness,
        today: Date::parse("2026-12-08").unwrap(),
        fixed: None,
    };
    let addresses = [
        "#/",
        "#/date",
        "#/q/role?date=2019-10-05",
        "#/q/council?date=2019-10-05&role=frontline&registration=yes&employer=local-authority",
        "#/check?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds",
        "#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds",
        "#/result?date=2021-07-10&role=practice-supervisor&registration=yes&employer=agency",
        "#/result?date=today&role=frontline",
        "#/result?date=2016-06-01",
        "#/readiness?date=2019-10-05&role=practice-supervisor",
        "#/readiness/plan?set=leader&l1=partly&l2=confident&l3=confident&l4=confident&l5=confident&l6=confident",
        "#/about?date=2019-10-05&role=frontline",
    ];
    let mut most = Cost::default();
    let mut pages = 0;
    for address in addresses {
        let journey = cx.read(address).expect("a sample address reads");
        let (view, spent) = cost::of(|| cx.view(journey));
        pages += 1;
        assert!(
            spent.replays <= MOST.replays && spent.evaluations <= MOST.evaluations,
            "{address} ({:?}) cost {spent:?}, more than the README's {MOST:?}",
            view.journey.page
        );
        most.replays = most.replays.max(spent.replays);
        most.evaluations = most.evaluations.max(spent.evaluations);
        assert!(view.journey.page != Page::Start || address == "#/");
    }
    eprintln!("{pages} views: at most {most:?}");
    // The figure is a bound, not a wish: the costliest view comes close to it.
    assert!(
        most.replays * 2 > MOST.replays,
        "the README's bound is loose: {most:?}"
    );
}
