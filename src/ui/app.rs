//! The root component: holds the state, follows the address fragment, and frames the current page.

use std::rc::Rc;

use yew::prelude::*;

use crate::address::{Address, Page};
use crate::date::Date;
use crate::policy::Policy;
use crate::ui::browser;
use crate::ui::components::Layout;
use crate::ui::pages;
use crate::ui::state::{Action, State};

#[derive(Properties)]
pub struct AppProps {
    pub policy: Rc<Policy>,
    pub today: Date,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.policy, &other.policy) && self.today == other.today
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| State::new(props.policy.clone(), props.today, &browser::fragment()));

    // Follow the fragment: links, back and forward, bookmarks and hand-edited addresses.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                browser::on_fragment_change(move |f| dispatcher.dispatch(Action::Fragment(f)));
            move || drop(listener)
        });
    }
    // Keep the fragment canonical (for example after a half-finished result link moved on to a
    // question), without adding a history entry.
    {
        let canonical = state.fragment();
        use_effect_with(canonical, |canonical| {
            let now = browser::fragment();
            let at_start = now.is_empty() || now == "#" || now == "#/";
            if now != *canonical && !(at_start && canonical == "#/") {
                browser::replace(canonical);
            }
        });
    }

    let current: Rc<State> = Rc::new((*state).clone());
    let home = state.href(&Address::start());
    let about = state.href(&state.address.to(Page::About));
    html! {
        <Layout {home} {about}>
            <div key={current.fragment()}>{ pages::view(&current) }</div>
        </Layout>
    }
}
