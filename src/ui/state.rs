//! The app's one state: the data, today's date, the council's settings, the current address and the saving choice; changed only through actions.

use std::rc::Rc;

use yew::Reducible;

use naas_core::address::{self, Address, Page};
use naas_core::config::Config;
use naas_core::date::Date;
use naas_core::engine::{self, Answers, Journey};
use naas_core::flow;
use naas_core::policy::Policy;
use naas_core::readiness::Readiness;

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
    pub address: Address,
    /// Problems with the link the user arrived by, shown on the start page.
    pub link_problems: Rc<[String]>,
    pub saved: Saving,
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
        let mut state = State {
            policy,
            readiness,
            today,
            config: Rc::new(config),
            config_problems: config_problems.into(),
            address: Address::start(),
            link_problems: Rc::from([]),
            saved,
        };
        state.read(fragment);
        state
    }

    /// Reads a fragment. A bad one leaves the start page and a message, never a blank page.
    fn read(&mut self, fragment: &str) {
        match address::parse(self.policy, self.readiness, fragment) {
            Ok(mut address) => {
                if self.config.as_at.is_some() {
                    // The council fixed the date: a date in a link does not apply.
                    address.date = None;
                    if address.page == Page::When {
                        address = self.past_date_question(&address);
                    }
                }
                self.address =
                    flow::settle(self.policy, self.readiness, address, self.default_date());
                self.link_problems = Rc::from([]);
            }
            Err(problems) => {
                self.address = Address::start();
                self.link_problems = problems.iter().map(|p| p.to_string()).collect();
            }
        }
    }

    /// The date the rules are checked for unless the user chooses one: the council's fixed date, or today.
    pub fn default_date(&self) -> Date {
        self.config.as_at.unwrap_or(self.today)
    }

    /// The date being checked.
    pub fn date(&self) -> Date {
        self.address.date.unwrap_or(self.default_date())
    }

    /// Whether the date is fixed by the council, so the date question is not asked.
    pub fn date_fixed(&self) -> bool {
        self.config.as_at.is_some()
    }

    pub fn answers(&self) -> Answers {
        self.address.answers(self.default_date())
    }

    /// The journey the current answers make.
    pub fn journey(&self) -> Journey {
        engine::replay(self.policy, &self.answers())
    }

    /// The canonical fragment for the current address.
    pub fn fragment(&self) -> String {
        self.href(&self.address)
    }

    pub fn href(&self, address: &Address) -> String {
        address::format(self.policy, self.readiness, address)
    }

    /// Where the back link on the current page goes.
    pub fn back(&self) -> String {
        let back = flow::back(
            self.policy,
            self.readiness,
            &self.address,
            self.default_date(),
        );
        if back.page == Page::When && self.date_fixed() {
            return self.href(&back.to(Page::Start));
        }
        self.href(&back)
    }

    /// With a fixed date, the page that follows the date question, keeping no date of its own.
    fn past_date_question(&self, from: &Address) -> Address {
        let mut next = flow::after_date(self.policy, from, self.default_date());
        next.date = None;
        next
    }

    /// Where "Start now" goes: the date question, or the first question when the date is fixed.
    pub fn begin(&self) -> String {
        if self.date_fixed() {
            self.href(&self.past_date_question(&self.address))
        } else {
            self.href(&self.address.to(Page::When))
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
            && self.address == other.address
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
                if fragment == self.fragment() {
                    return self;
                }
                next.read(&fragment);
                next.saved.notice = None;
            }
            Action::SaveOn => {
                next.saved.on = true;
                next.saved.notice = None;
            }
            Action::Clear => {
                // Clearing also leaves the answers on screen: back to the start.
                next.address = Address::start();
                next.link_problems = Rc::from([]);
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
