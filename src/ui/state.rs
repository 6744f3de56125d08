//! The app's one state: the data, today's date, the council's settings, the view of the current address (computed once per navigation) and the answers kept on this device (what storage has to do, and what other tabs saved); changed only through actions.

use std::rc::Rc;

use naas_core::config::Config;
use naas_core::date::Date;
use naas_core::journey::view::View;
use naas_core::journey::{Context, Journey, Page, Return};
use naas_core::policy::Policy;
use naas_core::readiness::Readiness;
use naas_core::saved::{self, Found, Keeper, Outcome, Press, Shown};
use yew::Reducible;

/// What every page needs to know.
#[derive(Clone, Debug)]
pub struct State {
    pub policy: &'static Policy,
    pub readiness: &'static Readiness,
    /// The browser's date.
    pub today: Date,
    pub config: Rc<Config>,
    /// Problems with the council's settings, shown on the start and about pages.
    pub config_problems: Rc<[String]>,
    /// The current page, computed from the address once when it changes.
    pub view: Rc<View<'static>>,
    /// The current address, in its canonical form.
    pub fragment: Rc<str>,
    /// Problems with the link the user arrived by, shown on the start page.
    pub link_problems: Rc<[String]>,
    /// What this tab knows and does of the answers saved on this device.
    pub saved: Keeper,
    /// The readiness page a "Change" from the plan came back from, so the plan can show the
    /// user the rating they changed rather than its top.
    pub changed: Option<Page>,
}

pub enum Action {
    /// The fragment changed (a link, back, forward, or the user editing it).
    Fragment(String),
    /// A save panel or start page button, pressed at a time (ms) with the saved record the page showed.
    Press(Press, Option<Rc<str>>, f64),
    /// What storage said when the tab did what was due, at a time (ms).
    Stored(Outcome, f64),
    /// Another tab or window changed the saved answers: what storage holds now, at a time (ms).
    Elsewhere(Found, f64),
    /// "Start again" was followed: the saved answers stay as they are.
    StartAgain,
}

impl State {
    pub fn new(
        policy: &'static Policy,
        readiness: &'static Readiness,
        today: Date,
        (config, config_problems): (Config, Vec<String>),
        found: Found,
        fragment: &str,
    ) -> State {
        let config = Rc::new(config);
        let cx = Context {
            policy,
            readiness,
            today,
            fixed: config.as_at,
        };
        let view = cx.view(Journey::start());
        let mut state = State {
            policy,
            readiness,
            today,
            fragment: cx.href(&view.journey).into(),
            view: Rc::new(view),
            config,
            config_problems: config_problems.into(),
            link_problems: Rc::from([]),
            saved: Keeper::default(),
            changed: None,
        };
        state.read(fragment);
        // A tab writes over the saved answers only when opened at them (a reload, say): one
        // opened at a shared link, a bookmark or the start page saves its own only when asked.
        state.saved = Keeper::open(found, &state.fragment, state.holds());
        state
    }

    /// What the save panel says about the answers on screen.
    pub fn shown(&self) -> Shown {
        self.saved.shown(&self.fragment)
    }

    /// Whether the page shows answers (which a tab keeping its answers writes).
    fn holds(&self) -> bool {
        saved::holds(self.view.journey.page)
    }

    /// What the journey is read against.
    pub fn cx(&self) -> Context<'static> {
        Context {
            policy: self.policy,
            readiness: self.readiness,
            today: self.today,
            fixed: self.config.as_at,
        }
    }

    /// The address of a journey.
    pub fn href(&self, journey: &Journey) -> String {
        self.cx().href(journey)
    }

    /// Reads a fragment into the view of its page. A bad one leaves the start page and a
    /// message, never a blank page.
    fn read(&mut self, fragment: &str) {
        let cx = self.cx();
        let journey = match cx.read(fragment) {
            Ok(journey) => {
                self.link_problems = Rc::from([]);
                journey
            }
            Err(problems) => {
                self.link_problems = problems.iter().map(|p| p.to_string()).collect();
                Journey::start()
            }
        };
        let view = cx.view(journey);
        self.fragment = cx.href(&view.journey).into();
        self.view = Rc::new(view);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Fragment(fragment) => {
                if *fragment == *self.fragment {
                    return self;
                }
                next.read(&fragment);
                let was = &self.view.journey;
                next.changed = (was.back_to == Return::Plan
                    && next.view.journey.page == Page::Plan)
                    .then_some(was.page);
                let holds = next.holds();
                next.saved.navigate(&next.fragment, holds);
            }
            Action::Press(press, seen, at) => {
                let holds = next.holds();
                next.saved
                    .press(press, seen.as_deref(), at, &next.fragment, holds);
            }
            Action::Stored(outcome, at) => {
                if outcome == Outcome::Cleared {
                    // Clearing also clears the answers on screen: back to the start.
                    next.read("#/");
                }
                let holds = next.holds();
                next.saved.stored(outcome, at, &next.fragment, holds);
            }
            Action::Elsewhere(found, at) => {
                let holds = next.holds();
                next.saved.elsewhere(found, at, &next.fragment, holds);
            }
            Action::StartAgain => next.saved.start_again(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use naas_core::saved::{Notice, Store};

    const LEEDS: &str = "#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds";
    const PLYMOUTH: &str = "#/result?date=2021-07-10&role=frontline&registration=yes&employer=local-authority&council=plymouth";

    /// A tab opened at `fragment`, with `found` in storage.
    fn tab(found: Found, fragment: &str) -> Rc<State> {
        Rc::new(State::new(
            crate::shipped::policy(),
            crate::shipped::readiness(),
            Date::parse("2026-11-22").unwrap(),
            Default::default(),
            found,
            fragment,
        ))
    }

    #[test]
    fn says_saved_only_once_the_browser_accepts_the_answers() {
        let state = tab(Found::Nothing, LEEDS);
        assert_eq!(state.shown(), Shown::Offer);
        let state = state.reduce(Action::Press(Press::Save, None, 0.0));
        assert_eq!(
            (state.shown(), &state.saved.store),
            (Shown::Saving, &Store::Write)
        );
        let here = state.fragment.to_string();
        let refused = state
            .clone()
            .reduce(Action::Stored(Outcome::Written(here.clone(), false), 0.0));
        assert_eq!(refused.shown(), Shown::Refused);
        let accepted = state.reduce(Action::Stored(Outcome::Written(here, true), 0.0));
        assert_eq!(accepted.shown(), Shown::Saved);
    }

    #[test]
    fn start_again_from_saved_answers_writes_nothing_until_asked() {
        let saved = Found::Answers(LEEDS.into());
        let start = tab(saved.clone(), "#/");
        assert!(!start.saved.keeping);
        let elsewhere = start.reduce(Action::Fragment(PLYMOUTH.into()));
        assert_eq!(
            (elsewhere.shown(), &elsewhere.saved.store),
            (Shown::Elsewhere, &Store::Idle)
        );
        // Reloading the saved answers' page carries on saving them.
        assert!(tab(saved, LEEDS).saved.keeping);
    }

    #[test]
    fn clearing_here_leaves_for_the_start_page_once_storage_has_cleared() {
        let state = tab(Found::Answers(LEEDS.into()), LEEDS).reduce(Action::Press(
            Press::Clear,
            Some(LEEDS.into()),
            5000.0,
        ));
        assert_eq!(state.saved.store, Store::Clear);
        assert_eq!(&*state.fragment, LEEDS, "nothing is cleared yet");
        let cleared = state.reduce(Action::Stored(Outcome::Cleared, 5000.0));
        assert_eq!(&*cleared.fragment, "#/");
        assert_eq!(cleared.saved.notice, Some(Notice::Cleared));
    }

    #[test]
    fn an_unopenable_record_is_removed_with_a_notice() {
        let state = tab(
            Found::Unopenable {
                text: "old".into(),
                what: "Your saved answers".into(),
                why: "why".into(),
            },
            "#/",
        );
        assert_eq!(state.saved.store, Store::Discard("old".into()));
        assert!(matches!(state.saved.notice, Some(Notice::Removed { .. })));
    }
}
