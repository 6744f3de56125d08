//! The root component: holds the state, follows the address fragment, titles each page and moves focus to it.

use std::rc::Rc;

use yew::prelude::*;

use crate::address::{Address, Page};
use crate::date::Date;
use crate::policy::Policy;
use crate::readiness::Readiness;
use crate::ui::browser;
use crate::ui::components::layout;
use crate::ui::pages;
use crate::ui::state::{Action, State};

#[derive(Properties)]
pub struct AppProps {
    pub policy: &'static Policy,
    pub readiness: &'static Readiness,
    pub today: Date,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.policy, other.policy)
            && std::ptr::eq(self.readiness, other.readiness)
            && self.today == other.today
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        State::new(
            props.policy,
            props.readiness,
            props.today,
            &browser::fragment(),
        )
    });

    // Follow the fragment: links, back and forward, bookmarks and hand-edited addresses.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                browser::on_fragment_change(move |f| dispatcher.dispatch(Action::Fragment(f)));
            move || drop(listener)
        });
    }
    let fragment = state.fragment();
    let heading = pages::heading(&state);
    // On every new page: keep the fragment canonical (for example after a half-finished result
    // link moved on to a question) without adding a history entry, title the page, and move
    // focus to its h1 as GOV.UK pages do.
    use_effect_with((fragment.clone(), heading), |(fragment, heading)| {
        let now = browser::fragment();
        let at_start = now.is_empty() || now == "#" || now == "#/";
        if now != *fragment && !(at_start && fragment == "#/") {
            browser::replace(fragment);
        }
        browser::set_title(&pages::title(heading, false));
        browser::focus("main h1", false);
    });

    let current: Rc<State> = Rc::new((*state).clone());
    let home = state.href(&Address::start());
    let about = state.href(&state.address.to(Page::About));
    // Keyed by address, so a form's own state starts afresh on every page.
    let content = html! { <div key={fragment}>{ pages::view(&current) }</div> };
    layout(home, about, content)
}
