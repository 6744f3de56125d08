//! The root component: holds the state, follows the address fragment, keeps saved answers (in step with other tabs), titles each page and moves focus to it.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::components::{layout, FrameLinks};
use crate::ui::pages;
use crate::ui::state::{Action, State};
use naas_core::saved;

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

    // Once rendered, take the place of the start page the build wrote into the HTML.
    use_effect_with((), |_| browser::take_over());
    // Follow the fragment: links, back and forward, bookmarks and hand-edited addresses.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                browser::on_fragment_change(move |f| dispatcher.dispatch(Action::Fragment(f)));
            move || drop(listener)
        });
    }
    let fragment = state.fragment.to_string();
    let title = pages::title_of(&state.view);
    // Where a "Change" from the plan came back from: that rating's own "Change" link.
    let changed = state
        .changed
        .map(|page| state.href(&state.view.journey.to(page)));
    // On every new page: keep the fragment canonical (for example after a half-finished result
    // link moved on to a question) without adding a history entry, title the page, and move
    // focus to its h1 as GOV.UK pages do, or back to the rating just changed on the plan.
    use_effect_with((fragment.clone(), title), move |(fragment, title)| {
        let now = browser::fragment();
        let at_start = now.is_empty() || now == "#" || now == "#/";
        if now != *fragment && !(at_start && fragment == "#/") {
            browser::replace(fragment);
        }
        browser::set_title(&pages::title(title, false));
        match changed {
            Some(href) => browser::reveal_link("ratings", &href),
            None => browser::focus("main h1", false),
        }
    });
    // Do what storage has to do (see `saved::Store`), only if it still holds what this tab
    // last read, and report back, so that the page says "saved" only after the browser has
    // accepted the answers.
    {
        let dispatcher = state.dispatcher();
        let keeper = state.saved.clone();
        let (cx, today) = (state.cx(), state.today);
        use_effect_with(
            (state.saved.store.clone(), fragment.clone()),
            move |(_, fragment)| {
                let mut device = browser::Storage(saved::STORAGE_KEY);
                let read = |text: Option<&str>| saved::read(text, &cx);
                if let Some(outcome) = keeper.carry_out(&mut device, read, fragment, today) {
                    dispatcher.dispatch(Action::Stored(outcome, browser::now_ms()));
                }
            },
        );
    }
    // Follow what other tabs and windows do with the saved answers, so that every tab agrees:
    // on each change, read what storage holds now.
    {
        let dispatcher = state.dispatcher();
        let cx = state.cx();
        use_effect_with((), move |_| {
            let listener = browser::on_storage_change(move |key| {
                if saved::concerns(key.as_deref()) {
                    let found =
                        saved::read(browser::storage_get(saved::STORAGE_KEY).as_deref(), &cx);
                    dispatcher.dispatch(Action::Elsewhere(found, browser::now_ms()));
                }
            });
            move || drop(listener)
        });
    }

    let actions = {
        let dispatcher = state.dispatcher();
        Callback::from(move |a: Action| dispatcher.dispatch(a))
    };
    // Once the saved answers are cleared here, the keyboard's place is on the notice saying so
    // (the button pressed has gone).
    use_effect_with(state.saved.notice.clone(), |notice| {
        if *notice == Some(saved::Notice::Cleared) {
            browser::after_render(|| browser::focus_id("saved-notice"));
        }
    });
    // The saved answers' links ("Continue where you left off", "Start again") are markup:
    // their meaning for the saved answers is read from the link clicked, before it navigates.
    let onclick = {
        let dispatcher = state.dispatcher();
        let seen: Option<Rc<str>> = state.saved.record.as_deref().map(Into::into);
        Callback::from(
            move |e: MouseEvent| match browser::saved_action(&e).as_deref() {
                Some("continue") => dispatcher.dispatch(Action::Press(
                    saved::Press::Continue,
                    seen.clone(),
                    browser::now_ms(),
                )),
                Some("start-again") => dispatcher.dispatch(Action::StartAgain),
                _ => {}
            },
        )
    };
    let current: Rc<State> = Rc::new((*state).clone());
    let links = &state.view.links;
    // Keyed by address, so a form's own state starts afresh on every page.
    let content = html! {
        <div key={fragment} {onclick}>
            { pages::removed_notice(&current) }
            { pages::view(&current, &actions) }
        </div>
    };
    layout(
        FrameLinks {
            home: links.start.clone(),
            about: links.about.clone(),
            accessibility: links.accessibility.clone(),
            here: state.fragment.to_string(),
        },
        &state.config,
        content,
    )
}
