//! Saved answers across two or three tabs, as a model-based property: random interleavings of opening, moving on, saving, clearing, continuing, reloading and hearing of other tabs' changes, with what storage holds and what each tab says checked after every step.
//!
//! The tabs are the core's `Keeper`s over one simulated storage. Each change to storage is
//! reported to every other tab later, as the browser's `storage` event is, so a tab can act on
//! what it last heard while another tab has already changed it. The user of a tab decides what
//! to press from what the page said a moment before pressing.

use naas_core::date::Date;
use naas_core::journey::{Context, Page};
use naas_core::saved::{self, Device, Found, Keeper, Notice, Outcome, Press, Shown, Store};
use proptest::prelude::*;

/// Pages a tab can be at: the start and about pages, and answers of three kinds.
const PLACES: &[&str] = &[
    "#/",
    "#/about",
    "#/date",
    "#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds",
    "#/result?date=2021-07-10&role=frontline&registration=yes&employer=local-authority&council=plymouth",
    "#/check?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds",
];

/// Records another version of the checker, or a damaged one, could leave behind.
const FOREIGN: &[&str] = &[
    "naas-checker saved answers v2\nsaved 2026-11-22\n#/result",
    "naas-checker saved answers v1\nsaved 2026-11-22\n#/result?date=2099-01-01&role=frontline",
    "naas-checker saved answers v1\nsaved 2026-11-22\n#/q/role?role=wizard",
];

#[derive(Clone, Debug)]
enum Step {
    /// A new tab opens at a place (at most three are open).
    Open(usize),
    /// The user of a tab goes to a place (a link, back or forward).
    Go(usize, usize),
    /// The user follows "Continue where you left off", if the tab offers it, having read the
    /// page `lag` milliseconds before.
    Continue(usize, f64),
    /// The user follows "Start again" from a result or a plan.
    StartAgain(usize),
    /// The user presses a button, having read the page `lag` milliseconds before.
    Press(usize, Press, f64),
    /// The tab hears of one change another tab made.
    Hear(usize),
    /// The tab is reloaded.
    Reload(usize),
    /// Storage fills up, or frees again.
    Full(bool),
    /// Another version of the checker writes its own record.
    Foreign(usize),
    /// Time passes.
    Wait(f64),
}

fn step() -> impl Strategy<Value = Step> {
    let tab = 0..3usize;
    prop_oneof![
        1 => (0..PLACES.len()).prop_map(Step::Open),
        4 => (tab.clone(), 0..PLACES.len()).prop_map(|(t, p)| Step::Go(t, p)),
        2 => (tab.clone(), 0.0..900.0f64).prop_map(|(t, lag)| Step::Continue(t, lag)),
        1 => tab.clone().prop_map(Step::StartAgain),
        4 => (tab.clone(), prop_oneof![Just(Press::Save), Just(Press::Clear)], 0.0..900.0f64)
            .prop_map(|(t, p, lag)| Step::Press(t, p, lag)),
        5 => tab.clone().prop_map(Step::Hear),
        1 => tab.prop_map(Step::Reload),
        1 => any::<bool>().prop_map(Step::Full),
        1 => (0..FOREIGN.len()).prop_map(Step::Foreign),
        2 => prop_oneof![Just(50.0), Just(400.0), Just(1500.0)].prop_map(Step::Wait),
    ]
}

struct Storage {
    text: Option<String>,
    full: bool,
}

impl Device for Storage {
    fn get(&self) -> Option<String> {
        self.text.clone()
    }
    fn set(&mut self, text: &str) -> bool {
        if self.full {
            return false;
        }
        self.text = Some(text.to_string());
        true
    }
    fn remove(&mut self) {
        self.text = None;
    }
}

struct Tab {
    keeper: Keeper,
    fragment: String,
    /// Changes made elsewhere this tab has not heard of yet.
    unheard: usize,
    /// What the page said of the saved record, and since when a change heard from another tab
    /// made it say so: the user reads it from here.
    said: Vec<(f64, Option<String>)>,
    /// When the user last went to a page here: they read it from then on.
    looked: f64,
    /// When a press here was last taken.
    pressed: Option<f64>,
    /// The user chose to keep this tab's answers (pressed "Save", continued the saved answers,
    /// or opened the tab at them), and nothing has undone that choice since.
    chose: bool,
}

struct World<'a> {
    cx: Context<'a>,
    today: Date,
    storage: Storage,
    tabs: Vec<Tab>,
    now: f64,
}

impl World<'_> {
    /// A place's address as the checker writes it, and whether it holds answers.
    fn place(&self, i: usize) -> (String, bool) {
        let view = self
            .cx
            .view(self.cx.read(PLACES[i]).expect("a place reads"));
        (self.cx.href(&view.journey), saved::holds(view.journey.page))
    }

    fn holds(&self, fragment: &str) -> bool {
        saved::holds(self.cx.read(fragment).map_or(Page::Start, |j| j.page))
    }

    /// The answers storage holds, read as this version reads them.
    fn stored(&self) -> Option<String> {
        match saved::read(self.storage.text.as_deref(), &self.cx) {
            Found::Answers(record) => Some(record),
            _ => None,
        }
    }

    /// Does what tab `t`'s storage effect does after it renders, until nothing is due, and
    /// tells every other tab of each change (later, when they hear of it).
    fn effects(&mut self, t: usize) -> Result<(), TestCaseError> {
        for _ in 0..4 {
            let before = self.storage.text.clone();
            let stored_before = self.stored();
            let cx = self.cx;
            let tab = &self.tabs[t];
            let (fragment, holds) = (tab.fragment.clone(), self.holds(&tab.fragment));
            let Some(outcome) = tab.keeper.carry_out(
                &mut self.storage,
                |text| saved::read(text, &cx),
                &tab.fragment,
                self.today,
            ) else {
                return Ok(());
            };
            if self.storage.text != before {
                // Only an explicit choice writes answers, and only over what the tab knew of.
                if matches!(outcome, Outcome::Written(..)) {
                    prop_assert!(tab.chose, "tab {t} wrote its answers without being asked");
                    prop_assert_eq!(&stored_before, &tab.keeper.record);
                }
                for (i, other) in self.tabs.iter_mut().enumerate() {
                    if i != t {
                        other.unheard += 1;
                    }
                }
            }
            let cleared = outcome == Outcome::Cleared;
            self.tabs[t]
                .keeper
                .stored(outcome, self.now, &fragment, holds);
            if cleared {
                // Clearing also clears the answers on screen: back to the start page.
                let (start, _) = self.place(0);
                self.tabs[t].fragment = start;
                self.tabs[t].chose = false;
            }
        }
        prop_assert!(false, "tab {t}'s storage effect never settled");
        Ok(())
    }

    fn open(&mut self, fragment: String, holds: bool) -> Result<usize, TestCaseError> {
        let found = saved::read(self.storage.text.as_deref(), &self.cx);
        let unopenable = matches!(found, Found::Unopenable { .. });
        let keeper = Keeper::open(found, &fragment, holds);
        let chose = holds && self.stored().as_deref() == Some(&*fragment);
        self.tabs.push(Tab {
            keeper,
            fragment,
            unheard: 0,
            said: Vec::new(),
            looked: self.now,
            pressed: None,
            chose,
        });
        let t = self.tabs.len() - 1;
        self.effects(t)?;
        if unopenable {
            // Removed once, and said so.
            prop_assert!(self.storage.text.is_none());
            let removed = matches!(self.tabs[t].keeper.notice, Some(Notice::Removed { .. }));
            prop_assert!(removed, "no notice of the removed record");
        }
        Ok(t)
    }

    fn apply(&mut self, step: &Step) -> Result<(), TestCaseError> {
        let open = self.tabs.len();
        match *step {
            Step::Open(p) if open < 3 => {
                let (fragment, holds) = self.place(p);
                self.open(fragment, holds)?;
            }
            Step::Open(_) => {}
            Step::Go(t, p) if t < open => {
                let (fragment, holds) = self.place(p);
                self.go(t, fragment, holds)?;
            }
            Step::Continue(t, lag) if t < open => {
                if let Some(record) = self.tabs[t].keeper.record.clone() {
                    // The link to the saved answers is an explicit choice to carry on with them,
                    // taken only if they are the answers the user read of.
                    if self.press(t, Press::Continue, lag)? {
                        self.go(t, record, true)?;
                        self.tabs[t].chose = true;
                    }
                }
            }
            Step::StartAgain(t) if t < open => {
                self.tabs[t].keeper.start_again();
                self.tabs[t].chose = false;
                let (fragment, holds) = self.place(2);
                self.go(t, fragment, holds)?;
            }
            Step::Press(t, press, lag) if t < open => {
                self.press(t, press, lag)?;
            }
            Step::Hear(t) if t < open && self.tabs[t].unheard > 0 => {
                let found = saved::read(self.storage.text.as_deref(), &self.cx);
                let tab = &mut self.tabs[t];
                tab.unheard -= 1;
                let holds =
                    saved::holds(self.cx.read(&tab.fragment).map_or(Page::Start, |j| j.page));
                tab.keeper.elsewhere(found, self.now, &tab.fragment, holds);
                if self.stored().is_some_and(|s| s != self.tabs[t].fragment) {
                    // Other answers are saved now: keeping these takes a new choice.
                    self.tabs[t].chose = false;
                }
                self.effects(t)?;
            }
            Step::Reload(t) if t < open => {
                let tab = self.tabs.remove(t);
                let holds = self.holds(&tab.fragment);
                let new = self.open(tab.fragment, holds)?;
                let tab = self.tabs.remove(new);
                self.tabs.insert(t, tab);
            }
            Step::Full(full) => self.storage.full = full,
            Step::Foreign(f) => {
                self.storage.text = Some(FOREIGN[f].to_string());
                for tab in &mut self.tabs {
                    tab.unheard += 1;
                }
            }
            Step::Wait(ms) => self.now += ms,
            _ => {}
        }
        self.now += 10.0;
        for (t, tab) in self.tabs.iter_mut().enumerate() {
            match tab.said.last_mut() {
                Some((_, said)) if *said == tab.keeper.record => {}
                // What the user did here they know of: only a change heard from elsewhere
                // changes the page under them.
                Some((_, said)) if !matches!(step, Step::Hear(h) if *h == t) => {
                    *said = tab.keeper.record.clone()
                }
                _ => tab.said.push((self.now, tab.keeper.record.clone())),
            }
        }
        Ok(())
    }

    fn go(&mut self, t: usize, fragment: String, holds: bool) -> Result<(), TestCaseError> {
        let tab = &mut self.tabs[t];
        if tab.fragment == fragment {
            return Ok(());
        }
        tab.keeper.navigate(&fragment, holds);
        if !holds {
            tab.chose = false;
        }
        tab.fragment = fragment;
        tab.looked = self.now;
        self.effects(t)
    }

    /// The user presses a button they read `lag` milliseconds ago: it is taken only if the page
    /// still meant then what it means now, and it changes storage only if storage held what
    /// the user read.
    fn press(&mut self, t: usize, press: Press, lag: f64) -> Result<bool, TestCaseError> {
        let holds = self.holds(&self.tabs[t].fragment);
        let tab = &mut self.tabs[t];
        let shown = tab.keeper.shown(&tab.fragment);
        // Which buttons the page shows: "Save" unless saved or saving, "Clear" when something
        // this tab knows of is saved and the page is the start page or says it is saved.
        let offered = match press {
            Press::Save => {
                holds && matches!(shown, Shown::Offer | Shown::Refused | Shown::Elsewhere)
            }
            Press::Clear => {
                tab.keeper.record.is_some()
                    && (!holds || matches!(shown, Shown::Saved | Shown::Refused))
            }
            Press::Continue => tab.keeper.record.is_some(),
        };
        if !offered {
            return Ok(false);
        }
        // A button on a page is pressed after the page appeared.
        let read_at = (self.now - lag).max(tab.looked);
        let read = tab
            .said
            .iter()
            .rev()
            .find(|(since, _)| *since <= read_at)
            .map_or(tab.keeper.record.clone(), |(_, r)| r.clone());
        let before = self.storage.text.clone();
        let record = tab.keeper.record.clone();
        // A press decided before this tab's own last press took effect (the second half of a
        // double click) was decided on a page the user never read.
        let unread = tab.pressed.is_some_and(|p| read_at < p);
        let taken = tab.keeper.press(
            press,
            record.as_deref(),
            self.now,
            &tab.fragment.clone(),
            holds,
        );
        if taken && press == Press::Save {
            tab.chose = true;
        }
        let double = tab.pressed.is_some_and(|p| self.now - p < saved::SETTLE_MS);
        if taken {
            tab.pressed = Some(self.now);
        } else if !double {
            prop_assert_eq!(tab.keeper.notice.clone(), Some(Notice::Changed));
        }
        let stored_before = self.stored();
        self.effects(t)?;
        if self.storage.text != before {
            prop_assert!(taken);
            prop_assert!(
                !unread,
                "tab {} acted on a press meant for the control before",
                t
            );
            prop_assert_eq!(
                stored_before,
                read,
                "tab {} acted on storage that had changed since the user read the page",
                t
            );
        }
        Ok(taken)
    }

    /// After every step: each tab that has heard of every change agrees with storage, and its
    /// messages are true.
    fn check(&self) -> Result<(), TestCaseError> {
        let stored = self.stored();
        let mut keeping = 0;
        for (t, tab) in self.tabs.iter().enumerate() {
            let k = &tab.keeper;
            prop_assert!(
                matches!(k.store, Store::Idle | Store::Refused),
                "tab {t} left storage work undone: {:?}",
                k.store
            );
            if k.keeping && k.store != Store::Refused {
                keeping += 1;
                prop_assert!(
                    self.holds(&tab.fragment),
                    "tab {t} keeps a page without answers"
                );
            }
            if tab.unheard > 0 {
                continue;
            }
            prop_assert_eq!(&k.record, &stored, "tab {} disagrees with storage", t);
            let holds = self.holds(&tab.fragment);
            if holds {
                let shown = k.shown(&tab.fragment);
                let truth = match (&stored, shown) {
                    (Some(s), Shown::Saved) => *s == tab.fragment,
                    (Some(s), Shown::Elsewhere) => *s != tab.fragment,
                    (None, Shown::Offer) => true,
                    // Only while the browser refuses: nothing of these answers is saved.
                    (s, Shown::Refused) => s.as_deref() != Some(&*tab.fragment),
                    _ => false,
                };
                prop_assert!(truth, "tab {t} says {shown:?} with {stored:?} stored");
            }
            match k.notice {
                Some(Notice::Cleared | Notice::ClearedElsewhere) => {
                    prop_assert!(
                        stored.is_none(),
                        "tab {t} says cleared, with answers stored"
                    )
                }
                Some(Notice::SavedElsewhere) => prop_assert!(stored.is_some()),
                _ => {}
            }
        }
        // One set of answers is saved, so at most one tab can keep writing its own (two tabs
        // at the same saved answers both keep them, until one moves on; tabs whose writes the
        // browser refuses have saved nothing, and the first to write turns the others away).
        if keeping > 1 {
            let at: Vec<&str> = self
                .tabs
                .iter()
                .filter(|t| t.keeper.keeping && t.keeper.store != Store::Refused)
                .map(|t| &*t.fragment)
                .collect();
            prop_assert!(
                at.windows(2).all(|w| w[0] == w[1]) || self.tabs.iter().any(|t| t.unheard > 0),
                "tabs at different answers all keep theirs: {at:?}"
            );
        }
        Ok(())
    }
}

fn run(start: Option<usize>, steps: &[Step]) -> Result<(), TestCaseError> {
    let (policy, readiness) = naas_core::shipped();
    let today = Date::parse("2026-12-08").unwrap();
    let mut world = World {
        cx: Context {
            policy,
            readiness,
            today,
            fixed: None,
        },
        today,
        storage: Storage {
            text: start.map(|f| FOREIGN[f].to_string()),
            full: false,
        },
        tabs: Vec::new(),
        now: 0.0,
    };
    world.open(world.place(0).0, false)?;
    world.check()?;
    for step in steps {
        world.apply(step)?;
        world.check()?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn tabs_agree_with_storage_and_only_a_choice_saves(
        start in proptest::option::of(0..FOREIGN.len()),
        steps in proptest::collection::vec(step(), 1..60),
    ) {
        run(start, &steps)?;
    }
}

/// "Start now" from the start page while answers are saved: the new answers are not written
/// over them, and the tab says other answers are saved until the user saves these instead.
#[test]
fn starting_again_leaves_saved_answers_alone() {
    let steps = [
        Step::Go(0, 3),
        Step::Press(0, Press::Save, 0.0),
        Step::Go(0, 0),
        Step::Go(0, 2),
        Step::Go(0, 4),
    ];
    run(None, &steps).unwrap();
}

/// The races found by hand, each as a sequence.
#[test]
fn the_races_found_by_hand_hold() {
    // Two tabs at the saved answers; one clears while the other moves on before hearing of it.
    run(
        None,
        &[
            Step::Go(0, 3),
            Step::Press(0, Press::Save, 0.0),
            Step::Open(3),
            Step::Press(0, Press::Clear, 0.0),
            Step::Go(1, 5),
            Step::Hear(1),
            Step::Hear(0),
        ],
    )
    .unwrap();
    // "Clear" read, but another tab's save arrived just before the press.
    run(
        None,
        &[
            Step::Go(0, 3),
            Step::Press(0, Press::Save, 0.0),
            Step::Open(4),
            Step::Wait(1500.0),
            Step::Press(1, Press::Save, 0.0),
            Step::Hear(0),
            Step::Press(0, Press::Clear, 200.0),
        ],
    )
    .unwrap();
    // Two tabs press "Save these answers instead" at once.
    run(
        None,
        &[
            Step::Go(0, 3),
            Step::Press(0, Press::Save, 0.0),
            Step::Go(0, 5),
            Step::Open(4),
            Step::Wait(1500.0),
            Step::Press(1, Press::Save, 0.0),
            Step::Press(0, Press::Save, 0.0),
            Step::Hear(0),
            Step::Hear(1),
        ],
    )
    .unwrap();
}
