//! The app's one state: the data, today's date, the council's settings, the view of the current address (computed once per navigation) and the answers kept on this device (what storage has to do, and what other tabs saved); changed only through actions.

use std::rc::Rc;

use naas_core::address;
use naas_core::config::Config;
use naas_core::date::Date;
use naas_core::journey::view::View;
use naas_core::journey::{Context, Journey, Page, Return};
use naas_core::policy::Policy;
use naas_core::readiness::Readiness;
use naas_core::saved;
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
    pub saved: Saving,
    /// The readiness page a "Change" from the plan came back from, so the plan can show the
    /// user the rating they changed rather than its top.
    pub changed: Option<Page>,
}

/// Answers kept on this device: what this tab knows of the saved record, whether it keeps its
/// own answers there, and what storage has to do or last said.
///
/// The record is shared by every tab and window of the site in this browser, and holds one set
/// of answers. So at most one tab keeps its answers there: when another tab saves different
/// answers, this one stops writing (and says so) rather than overwriting them on its next page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saving {
    /// The address of the answers saved on this device, as this tab last knew it: read at
    /// start, then updated by its own successful writes and by other tabs' changes.
    pub record: Option<Rc<str>>,
    /// This tab writes each new page's answers to the record: the user opted in here, came back
    /// to saved answers, or went to the saved answers' address.
    pub keeping: bool,
    pub store: Store,
    /// A message about saved answers (removed because unreadable, or cleared).
    pub notice: Option<Rc<str>>,
}

/// What the browser's storage has to do next, or said last. An effect does the work and
/// reports back, so the page says "saved" only once the browser has accepted a write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Store {
    #[default]
    Idle,
    /// Write the current answers.
    Write,
    /// Remove the saved answers.
    Remove,
    /// The browser refused the last write: storage is off or full.
    Refused,
}

/// What the save panel tells the user about the answers on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Nothing is saved: offer to save.
    Offer,
    /// A write is due and has not been confirmed yet.
    Saving,
    /// The record holds exactly these answers.
    Saved,
    /// The browser would not keep them.
    Refused,
    /// Different answers, saved from another tab or window, are kept instead.
    Elsewhere,
}

pub enum Action {
    /// The fragment changed (a link, back, forward, or the user editing it).
    Fragment(String),
    /// Keep these answers on this device from now on (also "Try again" and "Save these answers instead").
    SaveOn,
    /// Forget saved answers, and start again.
    Clear,
    /// The answers at this address were written to storage (true), or the browser refused (false).
    Written(Rc<str>, bool),
    /// The saved answers were removed from storage.
    Removed,
    /// Another tab or window changed the saved answers.
    Elsewhere(saved::Change),
}

impl State {
    pub fn new(
        policy: &'static Policy,
        readiness: &'static Readiness,
        today: Date,
        (config, config_problems): (Config, Vec<String>),
        saved: Saving,
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
            saved,
            changed: None,
        };
        state.read(fragment);
        // A tab opened on other answers (a shared link, a bookmark, a link opened in a new tab)
        // shows them without saving them over the answers kept here; it saves its own only when
        // asked. On a page without answers, or at the saved answers, it keeps saving.
        let holds_answers = !matches!(
            state.view.journey.page,
            Page::Start | Page::About | Page::Accessibility
        );
        if holds_answers && state.saved.record.as_deref() != Some(&*state.fragment) {
            state.saved.keeping = false;
        }
        state.saved.store = state.due();
        state
    }

    /// What the save panel says about the answers on screen.
    pub fn shown(&self) -> Shown {
        let saving = &self.saved;
        if saving.keeping && saving.store == Store::Refused {
            Shown::Refused
        } else if saving.record.as_deref() == Some(&*self.fragment) {
            Shown::Saved
        } else if saving.keeping {
            Shown::Saving
        } else if saving.record.is_some() {
            Shown::Elsewhere
        } else {
            Shown::Offer
        }
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

    /// Whether the current answers are to be written: only while this tab keeps its answers,
    /// and not on the pages that hold none (the start and about pages).
    fn due(&self) -> Store {
        let page = self.view.journey.page;
        if self.saved.keeping && !matches!(page, Page::Start | Page::About | Page::Accessibility) {
            Store::Write
        } else {
            Store::Idle
        }
    }

    /// Follows a change another tab or window made to the saved answers. This tab keeps its
    /// answers only if they are the ones now saved, and never removes what another tab saved.
    fn elsewhere(&mut self, change: saved::Change) {
        let follows =
            |s: &saved::Saved| address::parse(self.policy, self.readiness, &s.fragment).is_ok();
        let saving = &mut self.saved;
        match change {
            saved::Change::Saved(s) if follows(&s) => {
                saving.keeping = *s.fragment == *self.fragment;
                saving.record = Some(s.fragment.into());
                saving.store = Store::Idle;
            }
            // Answers this version cannot follow: they are no longer these, and not ours to read.
            saved::Change::Saved(_) | saved::Change::Unreadable => {
                saving.keeping = false;
                saving.record = None;
                saving.store = Store::Idle;
            }
            saved::Change::Cleared => {
                if saving.record.is_some() || saving.keeping {
                    saving.notice = Some(
                        "Your saved answers were cleared in another tab or window, so these answers are not saved on this device."
                            .into(),
                    );
                }
                saving.keeping = false;
                saving.record = None;
                saving.store = Store::Idle;
            }
        }
    }
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        // One copy of the data is loaded per app, so compare it by identity rather than by content.
        std::ptr::eq(self.policy, other.policy)
            && std::ptr::eq(self.readiness, other.readiness)
            && Rc::ptr_eq(&self.config, &other.config)
            && self.today == other.today
            && self.fragment == other.fragment
            && self.link_problems == other.link_problems
            && self.saved == other.saved
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
                next.saved.notice = None;
                let was = &self.view.journey;
                next.changed = (was.back_to == Return::Plan
                    && next.view.journey.page == Page::Plan)
                    .then_some(was.page);
                // Going to the saved answers (as "Continue where you left off" does) takes
                // them up again in this tab.
                if next.saved.record.as_deref() == Some(&*next.fragment) {
                    next.saved.keeping = true;
                }
                next.saved.store = next.due();
            }
            Action::SaveOn => {
                next.saved.keeping = true;
                next.saved.notice = None;
                next.saved.store = next.due();
            }
            Action::Clear => {
                // Clearing also clears the answers on screen: back to the start.
                next.read("#/");
                next.saved = Saving {
                    record: None,
                    keeping: false,
                    store: Store::Remove,
                    notice: Some("Your saved answers have been cleared from this device.".into()),
                };
            }
            Action::Written(fragment, ok) => {
                let current = fragment == self.fragment;
                if ok {
                    next.saved.record = Some(fragment);
                }
                if current && next.saved.store == Store::Write {
                    next.saved.store = if ok { Store::Idle } else { Store::Refused };
                }
            }
            Action::Removed => {
                if next.saved.store == Store::Remove {
                    next.saved.store = Store::Idle;
                }
            }
            Action::Elsewhere(change) => next.elsewhere(change),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use naas_core::saved::{Change, Saved};

    const LEEDS: &str = "#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds";
    const PLYMOUTH: &str = "#/result?date=2021-07-10&role=frontline&registration=yes&employer=local-authority&council=plymouth";

    fn tab(fragment: &str) -> Rc<State> {
        Rc::new(crate::ui::test_state(
            Date::parse("2026-11-22").unwrap(),
            fragment,
        ))
    }

    /// Another tab saving the answers at `fragment`.
    fn saved_there(fragment: &str) -> Action {
        Action::Elsewhere(Change::Saved(Saved {
            saved: Date::parse("2026-11-22").unwrap(),
            fragment: fragment.into(),
        }))
    }

    /// This tab, opted in and with its answers written.
    fn saving(fragment: &str) -> Rc<State> {
        let state = tab(fragment).reduce(Action::SaveOn);
        let written = state.fragment.clone();
        state.reduce(Action::Written(written, true))
    }

    #[test]
    fn says_saved_only_once_the_browser_accepts_the_answers() {
        let state = tab(LEEDS);
        assert_eq!(
            (state.shown(), state.saved.store),
            (Shown::Offer, Store::Idle)
        );
        let state = state.reduce(Action::SaveOn);
        assert_eq!(
            (state.shown(), state.saved.store),
            (Shown::Saving, Store::Write)
        );
        let here = state.fragment.clone();

        let refused = state.clone().reduce(Action::Written(here.clone(), false));
        assert_eq!(
            (refused.shown(), refused.saved.store),
            (Shown::Refused, Store::Refused)
        );
        // Each new page tries again.
        let next = refused.reduce(Action::Fragment(
            "#/check?date=2019-10-05&role=frontline".into(),
        ));
        assert_eq!(next.saved.store, Store::Write);

        let accepted = state.reduce(Action::Written(here.clone(), true));
        assert_eq!(
            (accepted.shown(), accepted.saved.store),
            (Shown::Saved, Store::Idle)
        );
        assert_eq!(accepted.saved.record, Some(here));
    }

    /// A new tab opened at `fragment` in a browser that has `record` saved (the user opted in
    /// before, so the tab starts out keeping its answers, as `saved_answers` reads them).
    fn new_tab_with_saved(record: &str, fragment: &str) -> Rc<State> {
        let saved = Saving {
            record: Some(record.into()),
            keeping: true,
            ..Saving::default()
        };
        Rc::new(State::new(
            crate::shipped::policy(),
            crate::shipped::readiness(),
            Date::parse("2026-11-22").unwrap(),
            Default::default(),
            saved,
            fragment,
        ))
    }

    #[test]
    fn a_link_opened_in_a_new_tab_shows_its_answers_without_saving_over_the_saved_ones() {
        let b = new_tab_with_saved(LEEDS, PLYMOUTH);
        assert_eq!(b.saved.store, Store::Idle, "nothing is written");
        assert!(!b.saved.keeping);
        assert_eq!(b.shown(), Shown::Elsewhere);
        // Moving on in that tab writes nothing either, until the user asks.
        let b = b.reduce(Action::Fragment(PLYMOUTH.replace("#/result", "#/check")));
        assert_eq!(b.saved.store, Store::Idle);
        assert_eq!(b.reduce(Action::SaveOn).saved.store, Store::Write);
        // Opened at the saved answers, or at the start page, it carries on saving.
        let same = new_tab_with_saved(LEEDS, LEEDS);
        assert!(same.saved.keeping);
        assert_eq!(same.shown(), Shown::Saved);
        let start = new_tab_with_saved(LEEDS, "#/");
        assert!(start.saved.keeping);
    }

    #[test]
    fn a_tab_that_never_opted_in_learns_of_saved_answers_and_never_removes_them() {
        let start = tab("#/").reduce(saved_there(LEEDS));
        assert!(start.saved.record.is_some());
        assert!(!start.saved.keeping);
        // Its own new answers are not written over the saved ones, and nothing is removed.
        let elsewhere = start.clone().reduce(Action::Fragment(PLYMOUTH.into()));
        assert_eq!(
            (elsewhere.shown(), elsewhere.saved.store),
            (Shown::Elsewhere, Store::Idle)
        );
        // Continuing the saved answers takes them up here.
        let record = start.saved.record.clone().unwrap();
        let continued = start.reduce(Action::Fragment(record.to_string()));
        assert_eq!(continued.shown(), Shown::Saved);
        assert!(continued.saved.keeping);
    }

    #[test]
    fn a_tab_stops_keeping_its_answers_when_another_saves_different_ones() {
        let state = saving(LEEDS).reduce(saved_there(PLYMOUTH));
        assert_eq!(
            (state.shown(), state.saved.store),
            (Shown::Elsewhere, Store::Idle)
        );
        let moved = state.clone().reduce(Action::Fragment(
            "#/check?date=2019-10-05&role=frontline".into(),
        ));
        assert_eq!(
            moved.saved.store,
            Store::Idle,
            "no write over the other tab's answers"
        );
        // Unless the user asks.
        let instead = state.reduce(Action::SaveOn);
        assert_eq!(instead.saved.store, Store::Write);
        // The same answers saved elsewhere are these answers saved.
        let same = tab(LEEDS);
        let same = same.clone().reduce(saved_there(&same.fragment));
        assert_eq!(same.shown(), Shown::Saved);
        assert!(same.saved.keeping);
    }

    #[test]
    fn clearing_elsewhere_stops_saving_here_but_keeps_the_answers_on_screen() {
        let state = saving(LEEDS);
        let here = state.fragment.clone();
        let cleared = state.reduce(Action::Elsewhere(Change::Cleared));
        assert_eq!(
            (cleared.shown(), cleared.saved.store),
            (Shown::Offer, Store::Idle)
        );
        assert!(cleared.saved.notice.is_some());
        assert_eq!(cleared.fragment, here);
        let moved = cleared.reduce(Action::Fragment(PLYMOUTH.into()));
        assert_eq!(moved.saved.store, Store::Idle);
        // A tab that knew of nothing saved has nothing to say.
        assert_eq!(
            tab(LEEDS)
                .reduce(Action::Elsewhere(Change::Cleared))
                .saved
                .notice,
            None
        );
    }

    #[test]
    fn what_another_version_saved_is_left_alone() {
        for change in [
            Action::Elsewhere(Change::Unreadable),
            saved_there("#/q/role?role=wizard"),
        ] {
            let state = saving(LEEDS).reduce(change);
            assert_eq!(
                (state.shown(), state.saved.store),
                (Shown::Offer, Store::Idle)
            );
        }
    }

    #[test]
    fn clearing_here_removes_the_saved_answers_and_the_answers_on_screen() {
        let cleared = saving(LEEDS).reduce(Action::Clear);
        assert_eq!(cleared.saved.store, Store::Remove);
        assert_eq!(&*cleared.fragment, "#/");
        assert_eq!(cleared.reduce(Action::Removed).saved.store, Store::Idle);
    }
}
