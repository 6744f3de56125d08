//! The app's one state: the policy, today's date and the current address, changed only by reading a new fragment.

use std::rc::Rc;

use yew::Reducible;

use crate::address::{self, Address};
use crate::date::Date;
use crate::engine::{self, Journey};
use crate::flow;
use crate::policy::Policy;
use crate::readiness::Readiness;

/// What every page needs to know.
#[derive(Clone, Debug)]
pub struct State {
    pub policy: &'static Policy,
    pub readiness: &'static Readiness,
    pub today: Date,
    pub address: Address,
    /// Problems with the link the user arrived by, shown on the start page.
    pub link_problems: Rc<[String]>,
}

pub enum Action {
    /// The fragment changed (a link, back, forward, or the user editing it).
    Fragment(String),
}

impl State {
    pub fn new(
        policy: &'static Policy,
        readiness: &'static Readiness,
        today: Date,
        fragment: &str,
    ) -> State {
        let mut state = State {
            policy,
            readiness,
            today,
            address: Address::start(),
            link_problems: Rc::from([]),
        };
        state.read(fragment);
        state
    }

    /// Reads a fragment. A bad one leaves the start page and a message, never a blank page.
    fn read(&mut self, fragment: &str) {
        match address::parse(self.policy, self.readiness, fragment) {
            Ok(address) => {
                self.address = flow::settle(self.policy, self.readiness, address, self.today);
                self.link_problems = Rc::from([]);
            }
            Err(problems) => {
                self.address = Address::start();
                self.link_problems = problems.iter().map(|p| p.to_string()).collect();
            }
        }
    }

    /// The journey the current answers make.
    pub fn journey(&self) -> Journey {
        engine::replay(self.policy, &self.address.answers(self.today))
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
        self.href(&flow::back(
            self.policy,
            self.readiness,
            &self.address,
            self.today,
        ))
    }
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        // One policy is loaded per app, so compare it by identity rather than by content.
        std::ptr::eq(self.policy, other.policy)
            && std::ptr::eq(self.readiness, other.readiness)
            && self.today == other.today
            && self.address == other.address
            && self.link_problems == other.link_problems
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Fragment(fragment) => {
                if fragment == self.fragment() {
                    return self;
                }
                let mut next = (*self).clone();
                next.read(&fragment);
                Rc::new(next)
            }
        }
    }
}
