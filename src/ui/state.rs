//! The app's one state: the data, today's date, the council's settings, the view of the current address (computed once per navigation) and the saving choice; changed only through actions.

use std::rc::Rc;

use naas_core::address;
use naas_core::config::Config;
use naas_core::date::Date;
use naas_core::journey::view::View;
use naas_core::journey::{Context, Journey, Page, Return};
use naas_core::policy::Policy;
use naas_core::readiness::Readiness;
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

/// The user's choice about keeping answers on this device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saving {
    /// The user opted in: every new address is saved until they clear it.
    pub on: bool,
    /// Saved answers found at start, offered on the start page.
    pub resume: Option<Rc<str>>,
    /// A message about saved answers (removed because unreadable, or cleared).
    pub notice: Option<Rc<str>>,
}

pub enum Action {
    /// The fragment changed (a link, back, forward, or the user editing it).
    Fragment(String),
    /// Keep answers on this device from now on.
    SaveOn,
    /// Forget saved answers, and start again.
    Clear,
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
        state
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
        let journey = match address::parse(self.policy, self.readiness, fragment) {
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
            }
            Action::SaveOn => {
                next.saved.on = true;
                next.saved.notice = None;
            }
            Action::Clear => {
                // Clearing also clears the answers on screen: back to the start.
                next.read("#/");
                next.saved = Saving {
                    on: false,
                    resume: None,
                    notice: Some("Your saved answers have been cleared from this device.".into()),
                };
            }
        }
        Rc::new(next)
    }
}
