//! The benchmark's floor: one Yew function component that shows the role question and keeps the choice, and nothing else.
//!
//! It has no rules, dates, addresses, settings, saved answers or other pages, so its size and start-up
//! time are what Yew and wasm-bindgen cost before any of the checker's own code: the least any Yew
//! version of the checker could weigh.

use std::rc::Rc;

use yew::prelude::*;

/// The role question's options, as the plain JavaScript page shows them: value, label and hint.
const OPTIONS: [(&str, &str, &str); 8] = [
    (
        "frontline",
        "Child and family social worker (frontline practitioner)",
        "Working directly with children and families, for example holding cases.",
    ),
    (
        "practice-supervisor",
        "Practice supervisor",
        "Supervising the practice of child and family social workers.",
    ),
    (
        "practice-leader",
        "Practice leader",
        "Leading practice across a service, for example as a head of service.",
    ),
    (
        "principal-social-worker",
        "Principal child and family social worker",
        "",
    ),
    (
        "asye",
        "Newly qualified, in the assessed and supported year in employment (ASYE)",
        "",
    ),
    ("adult-services", "Social worker in adult services", ""),
    ("student", "Student or not yet qualified", ""),
    ("other", "Another role", ""),
];

#[derive(Default, PartialEq)]
struct Answers {
    role: Option<&'static str>,
    asked: u32,
}

enum Action {
    Choose(&'static str),
    Continue,
}

impl Reducible for Answers {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Choose(role) => Answers {
                role: Some(role),
                asked: self.asked,
            }
            .into(),
            Action::Continue => Answers {
                role: None,
                asked: self.asked + 1,
            }
            .into(),
        }
    }
}

#[function_component]
fn Question() -> Html {
    let answers = use_reducer(Answers::default);
    let submit = {
        let answers = answers.dispatcher();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            answers.dispatch(Action::Continue)
        })
    };
    let options = OPTIONS.iter().map(|&(value, label, hint)| {
        let choose = {
            let answers = answers.dispatcher();
            Callback::from(move |_: Event| answers.dispatch(Action::Choose(value)))
        };
        html! {
            <div class="option">
                <input type="radio" id={value} name="role" {value} checked={answers.role == Some(value)} onchange={choose} />
                <label for={value}>{ label }</label>
                if !hint.is_empty() { <p class="hint">{ hint }</p> }
            </div>
        }
    });
    html! {
        <main>
            <form novalidate=true onsubmit={submit}>
                <fieldset>
                    <legend><h1>{ format!("What was your role on 5 October 2019? ({})", answers.asked + 1) }</h1></legend>
                    <p class="hint">{ "Choose the role closest to the work you did on that date." }</p>
                    { for options }
                </fieldset>
                <button type="submit">{ "Continue" }</button>
            </form>
        </main>
    }
}

fn main() {
    yew::Renderer::<Question>::new().render();
}
