//! The engine's journeys as intent, one line each: a date, the answers that matter to the line, and the outcome it must reach; the engine fills in the rest.
//!
//! `engine.rs` runs each table against the shipped policy, and `intent.rs` runs all of them
//! against the shipped policy and a copy with a made-up question on the way, where every line
//! still reaches its outcome. A line names an answer only where the answer is what the line is
//! about (the role for a role's outcome, the council for a site, the employer for an agency);
//! "today" is 2026-12-01, any date after NAAS closed and before 1 April 2027.

pub type Table = &'static [(&'static str, &'static str)];

pub const AT_NAAS_SITES: Table = &[
    ("2018-10-01 role=frontline council=leeds", "practitioner"),
    (
        "2018-08-01 role=practice-supervisor council=leeds",
        "supervisor",
    ),
    (
        "2019-10-05 employer=childrens-trust council=barnsley",
        "practitioner",
    ),
    (
        "2021-07-01 role=frontline council=plymouth",
        "unclear-site-date",
    ),
    ("2021-07-07 role=frontline council=plymouth", "practitioner"),
    (
        "2021-11-30 role=practice-supervisor council=leeds",
        "supervisor",
    ),
];

/// Phase two: "not yet" before 2019, when it was planned to run; unclear until the sources show
/// its councils as having joined (26 July 2019), a NAAS site from then.
pub const BEFORE_THEY_JOINED: Table = &[
    ("2018-10-01 council=barnsley", "not-yet"),
    (
        "2018-12-31 role=practice-supervisor council=walsall",
        "not-yet",
    ),
    (
        "2019-01-01 role=practice-supervisor council=walsall",
        "unclear-site-date",
    ),
    ("2019-07-25 council=walsall", "unclear-site-date"),
    ("2019-07-26 council=walsall", "practitioner"),
    ("2018-10-01 council=not-listed", "not-yet-phase-one"),
    ("2019-10-01 council=not-listed", "unclear-not-listed"),
    (
        "2019-10-01 employer=childrens-trust council=dont-know",
        "unclear-council",
    ),
];

pub const ROUTES: Table = &[
    ("2020-02-10 role=asye", "route-asye"),
    (
        "2021-09-01 role=principal-social-worker employer=childrens-trust",
        "route-psw",
    ),
    ("2019-06-01 role=asye", "unclear-route-early"),
    (
        "2020-01-30 role=principal-social-worker employer=childrens-trust",
        "unclear-route-early",
    ),
];

pub const OUTSIDE_THE_ROLLOUT: Table = &[
    ("2018-06-30", "not-started"),
    ("2015-01-01", "not-started"),
    ("2020-03-17", "paused"),
    ("2020-06-01", "paused"),
    ("2021-05-31", "paused"),
    ("2021-07-01 council=leeds", "practitioner"),
    ("2022-01-14", "closed"),
    ("2022-02-01", "closed"),
    ("2022-02-28", "closed"),
];

/// Issue 11.4: assessments had been cancelled before DfE announced the end of NAAS (date
/// unknown), so the weeks before it are unclear, never "you could take the assessment"; who was
/// out of scope stays out of scope.
pub const EARLY_JANUARY_2022: Table = &[
    ("2021-12-01 role=frontline", "unclear-assessments-cancelled"),
    (
        "2021-12-01 role=asye employer=childrens-trust",
        "unclear-assessments-cancelled",
    ),
    (
        "2021-12-01 role=practice-supervisor employer=agency",
        "unclear-assessments-cancelled",
    ),
    ("2022-01-01 role=frontline", "unclear-assessments-cancelled"),
    (
        "2022-01-01 role=asye employer=childrens-trust",
        "unclear-assessments-cancelled",
    ),
    (
        "2022-01-01 role=practice-supervisor employer=agency",
        "unclear-assessments-cancelled",
    ),
    ("2022-01-05 role=frontline", "unclear-assessments-cancelled"),
    (
        "2022-01-05 role=asye employer=childrens-trust",
        "unclear-assessments-cancelled",
    ),
    (
        "2022-01-05 role=practice-supervisor employer=agency",
        "unclear-assessments-cancelled",
    ),
    ("2022-01-13 role=frontline", "unclear-assessments-cancelled"),
    (
        "2022-01-13 role=asye employer=childrens-trust",
        "unclear-assessments-cancelled",
    ),
    (
        "2022-01-13 role=practice-supervisor employer=agency",
        "unclear-assessments-cancelled",
    ),
    (
        "2022-01-05 role=frontline registration=no",
        "not-in-scope-unregistered",
    ),
    ("2022-01-05 role=adult-services", "not-in-scope-adult"),
];

/// Issue 11.5 and 21: after NAAS closed, the role decides what applies, and for someone in the
/// ASYE, from 18 February 2026 until September 2027, whether their ASYE runs across a change.
pub const AFTER_NAAS_CLOSED: Table = &[
    ("2026-12-01 role=frontline", "now-practitioner"),
    ("2027-03-31 role=frontline", "now-practitioner"),
    ("2027-04-01 role=frontline", "now-practitioner-ecs"),
    ("2028-12-31 role=frontline", "now-practitioner-ecs"),
    ("2022-04-01 role=asye", "now-asye-then"),
    ("2026-02-17 role=asye", "now-asye-then"),
    // Before 1 April 2027: an ASYE that ends before then is clear; one that runs across a change
    // of 2027 is unclear (no source gives a rule).
    ("2026-02-18 role=asye asye-april=yes", "now-asye"),
    ("2026-12-01 role=asye asye-april=yes", "now-asye"),
    ("2027-03-31 role=asye asye-april=yes", "now-asye"),
    (
        "2026-02-18 role=asye asye-april=no",
        "unclear-asye-transition",
    ),
    (
        "2026-12-01 role=asye asye-april=no",
        "unclear-asye-transition",
    ),
    (
        "2026-12-01 role=asye asye-april=not-sure",
        "unclear-asye-transition",
    ),
    (
        "2027-03-31 role=asye asye-april=no",
        "unclear-asye-transition",
    ),
    // From 1 April 2027: clear only for an ASYE that began then or later and ends before
    // September 2027.
    (
        "2027-04-01 role=asye asye-end=yes asye-start=yes",
        "now-asye-ecs",
    ),
    (
        "2027-08-31 role=asye asye-end=yes asye-start=yes",
        "now-asye-ecs",
    ),
    (
        "2027-04-01 role=asye asye-end=yes asye-start=no",
        "unclear-asye-transition",
    ),
    (
        "2027-08-31 role=asye asye-end=yes asye-start=not-sure",
        "unclear-asye-transition",
    ),
    (
        "2027-04-01 role=asye asye-end=no",
        "unclear-asye-transition",
    ),
    (
        "2027-08-31 role=asye asye-end=not-sure",
        "unclear-asye-transition",
    ),
    // From September 2027 anyone still in an ASYE began it before the programme replaced it.
    ("2027-09-01 role=asye", "unclear-asye-after"),
    ("2027-09-30 role=asye", "unclear-asye-after"),
    ("2027-10-01 role=asye", "unclear-asye-after"),
    ("2026-12-01 role=practice-supervisor", "now-supervisor"),
    ("2026-12-01 role=practice-leader", "now-leader"),
    ("2026-12-01 role=principal-social-worker", "now-other"),
    ("2026-12-01 role=other", "now-other"),
    ("2026-12-01 role=adult-services", "now-adult"),
    ("2022-04-01 role=adult-services", "now-adult"),
    ("2022-03-31", "closed"),
    ("2026-12-01 role=student", "now-student"),
];

pub const OUT_OF_SCOPE: Table = &[
    ("2019-10-01 role=adult-services", "not-in-scope-adult"),
    ("2019-10-01 role=student", "not-in-scope-student"),
    (
        "2019-10-01 role=frontline registration=no",
        "not-in-scope-unregistered",
    ),
    (
        "2019-10-01 employer=outside-england",
        "not-in-scope-outside-england",
    ),
];

/// Issue 11.2: registration decides before the role's own rules. The first two lines failed when
/// "another role" and "practice leader" were decided first.
pub const REGISTRATION_FIRST: Table = &[
    (
        "2019-10-01 role=other registration=no",
        "not-in-scope-unregistered",
    ),
    (
        "2019-10-01 role=practice-leader registration=no",
        "not-in-scope-unregistered",
    ),
    (
        "2019-10-01 role=other registration=not-sure",
        "unclear-registration",
    ),
    (
        "2019-10-01 role=practice-leader registration=not-sure",
        "unclear-registration",
    ),
];

pub const NOT_SETTLED: Table = &[
    ("2019-10-01 role=other registration=yes", "unclear-role"),
    (
        "2019-10-01 role=practice-leader registration=yes",
        "unclear-practice-leader",
    ),
    (
        "2019-10-01 role=frontline registration=not-sure",
        "unclear-registration",
    ),
    ("2019-10-01 employer=voluntary", "unclear-voluntary"),
    (
        "2019-10-01 role=practice-supervisor employer=cafcass",
        "unclear-cafcass",
    ),
];

/// Issue 11.3: an agency social worker is told whether the council that placed them was a NAAS
/// site on the date, while no published rule covered agency staff.
pub const AGENCY: Table = &[
    ("2019-10-05 employer=agency council=leeds", "agency-at-site"),
    (
        "2019-10-05 role=practice-supervisor employer=agency council=walsall",
        "agency-at-site",
    ),
    (
        "2018-12-01 employer=agency council=walsall",
        "agency-not-yet",
    ),
    (
        "2019-05-01 employer=agency council=walsall",
        "agency-site-date-unclear",
    ),
    (
        "2021-07-01 employer=agency council=plymouth",
        "agency-site-date-unclear",
    ),
    (
        "2019-10-05 employer=agency council=not-listed",
        "unclear-agency",
    ),
    (
        "2019-10-05 employer=agency council=dont-know",
        "unclear-agency",
    ),
    (
        "2020-02-10 role=asye employer=agency council=bury",
        "agency-at-site",
    ),
];

/// Fact review (brief 8.4 and 0): phase one began in July 2018, the month and not the day.
pub const JULY_2018: Table = &[
    ("2018-07-01 council=leeds", "unclear-site-date"),
    ("2018-07-31 council=leeds", "unclear-site-date"),
    ("2018-08-01 council=leeds", "practitioner"),
];

/// Fact review (brief 8.4): centres reopened in June 2021, the month and not the day.
pub const JUNE_2021: Table = &[
    (
        "2021-06-01 role=frontline employer=local-authority",
        "unclear-reopening",
    ),
    (
        "2021-06-30 role=frontline employer=local-authority",
        "unclear-reopening",
    ),
    ("2021-07-01 council=leeds", "practitioner"),
];

/// Fact review (brief 8.3): unclear from 1 December 2021 until the announcement of January 2022.
pub const WEEKS_BEFORE_THE_ANNOUNCEMENT: Table = &[
    ("2021-11-30 council=leeds", "practitioner"),
    (
        "2021-12-01 role=frontline employer=local-authority",
        "unclear-assessments-cancelled",
    ),
    (
        "2021-12-31 role=frontline employer=local-authority",
        "unclear-assessments-cancelled",
    ),
    (
        "2022-01-13 role=frontline employer=local-authority",
        "unclear-assessments-cancelled",
    ),
];

/// Fact review (brief 1, 8.3): the programme closed in March 2022, day unknown.
pub const MARCH_2022: Table = &[
    ("2022-03-01", "closed"),
    ("2022-03-31", "closed"),
    ("2022-04-01 role=frontline", "now-practitioner"),
];

/// Fact review (brief 8.2): phase two's councils are unclear through 2019 until 26 July.
pub const PHASE_TWO: Table = &[
    ("2018-12-31 council=barnsley", "not-yet"),
    ("2019-01-01 council=barnsley", "unclear-site-date"),
    ("2019-03-01 council=barnsley", "unclear-site-date"),
    ("2019-03-18 council=barnsley", "unclear-site-date"),
    ("2019-07-25 council=barnsley", "unclear-site-date"),
    ("2019-08-01 council=barnsley", "practitioner"),
];

/// Fact review: the council is never asked of principal social workers or social workers in the
/// ASYE, and their result says why.
pub const COUNCIL_NOT_ASKED: Table = &[
    (
        "2019-10-05 role=asye employer=local-authority",
        "unclear-route-early",
    ),
    (
        "2019-10-05 role=principal-social-worker employer=childrens-trust",
        "unclear-route-early",
    ),
    (
        "2020-02-10 role=asye employer=local-authority",
        "route-asye",
    ),
    (
        "2021-09-01 role=principal-social-worker employer=local-authority",
        "route-psw",
    ),
];

/// Fact review (brief 9.2 item 5): Lancashire's join date is unknown, on every date.
pub const LANCASHIRE: Table = &[
    ("2018-10-01 council=lancashire", "unclear-site-date-unknown"),
    (
        "2018-10-01 role=practice-supervisor employer=childrens-trust council=lancashire",
        "unclear-site-date-unknown",
    ),
    (
        "2018-10-01 employer=agency council=lancashire",
        "agency-site-date-unknown",
    ),
    ("2019-08-01 council=lancashire", "unclear-site-date-unknown"),
    (
        "2019-08-01 role=practice-supervisor employer=childrens-trust council=lancashire",
        "unclear-site-date-unknown",
    ),
    (
        "2019-08-01 employer=agency council=lancashire",
        "agency-site-date-unknown",
    ),
    ("2020-01-15 council=lancashire", "unclear-site-date-unknown"),
    (
        "2020-01-15 role=practice-supervisor employer=childrens-trust council=lancashire",
        "unclear-site-date-unknown",
    ),
    (
        "2020-01-15 employer=agency council=lancashire",
        "agency-site-date-unknown",
    ),
    ("2021-10-01 council=lancashire", "unclear-site-date-unknown"),
    (
        "2021-10-01 role=practice-supervisor employer=childrens-trust council=lancashire",
        "unclear-site-date-unknown",
    ),
    (
        "2021-10-01 employer=agency council=lancashire",
        "agency-site-date-unknown",
    ),
];

/// Every table above.
pub const ALL: &[Table] = &[
    AT_NAAS_SITES,
    BEFORE_THEY_JOINED,
    ROUTES,
    OUTSIDE_THE_ROLLOUT,
    EARLY_JANUARY_2022,
    AFTER_NAAS_CLOSED,
    OUT_OF_SCOPE,
    REGISTRATION_FIRST,
    NOT_SETTLED,
    AGENCY,
    JULY_2018,
    JUNE_2021,
    WEEKS_BEFORE_THE_ANNOUNCEMENT,
    MARCH_2022,
    PHASE_TWO,
    COUNCIL_NOT_ASKED,
    LANCASHIRE,
];
