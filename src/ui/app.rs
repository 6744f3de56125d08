//! The root component: holds the state, follows the address fragment, keeps saved answers, titles each page and moves focus to it.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::components::layout;
use crate::ui::pages;
use crate::ui::state::{Action, State};
use naas_core::address::{Address, Page};
use naas_core::saved::{self, Saved};

#[derive(Properties)]
pub struct AppProps {
    /// The state to start from (see `ui::start`).
    pub initial: Rc<State>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.initial, &other.initial)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| (*props.initial).clone());

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
    // Keep the answers on this device only while the user has opted in.
    {
        let (on, page, today) = (state.saved.on, state.address.page, state.today);
        use_effect_with((on, fragment.clone()), move |(on, fragment)| {
            if !*on {
                browser::storage_remove(saved::STORAGE_KEY);
            } else if !matches!(page, Page::Start | Page::About) {
                let record = saved::encode(&Saved {
                    saved: today,
                    fragment: fragment.clone(),
                });
                browser::storage_set(saved::STORAGE_KEY, &record);
            }
        });
    }

    let actions = {
        let dispatcher = state.dispatcher();
        Callback::from(move |a: Action| dispatcher.dispatch(a))
    };
    let current: Rc<State> = Rc::new((*state).clone());
    let home = state.href(&Address::start());
    let about = state.href(&state.address.to(Page::About));
    // Keyed by address, so a form's own state starts afresh on every page.
    let content = html! { <div key={fragment}>{ pages::view(&current, &actions) }</div> };
    layout(home, about, &state.config, content)
}
