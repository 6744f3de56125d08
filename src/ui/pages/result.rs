//! The result: the outcome, why (each rule with its sources), what happens next or instead, whom to ask, the answers given, print and start again.

use yew::prelude::*;

use super::local::{lead_contact, offers, save_panel};
use crate::ui::browser;
use crate::ui::components::{back_link, source_links, summary_list};
use crate::ui::state::{Action, State};
use naas_core::address::{Address, Page};
use naas_core::engine::{self, Step};
use naas_core::policy::{Outcome, OutcomeKind, Sourced};
use naas_core::text::capitalise;

const UNDECIDED: &str = "We could not decide from these answers";

/// The outcome these answers reach, if the rules decide one.
fn outcome(state: &State) -> Option<(&'static Outcome, engine::Decision)> {
    match state.journey().step {
        Ok(Step::Decided(d)) => Some((state.policy.outcome(d.outcome), d)),
        _ => None,
    }
}

pub fn heading(state: &State) -> String {
    title(state, outcome(state).map(|(o, _)| o))
}

fn title(state: &State, outcome: Option<&Outcome>) -> String {
    let facts = engine::facts(state.policy, &state.answers());
    let now = state.date() == state.today;
    outcome.map_or_else(|| UNDECIDED.to_string(), |o| facts.fill(o.title_for(now)))
}

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let policy = state.policy;
    let answers = state.answers();
    let facts = engine::facts(policy, &answers);
    let decided = outcome(state);
    let now = answers.date == state.today;
    // The notes that belong with this result (see `Policy::notes_for`).
    let notes: Vec<Sourced> = decided
        .as_ref()
        .map(|(_, d)| {
            policy
                .notes_for(d.outcome, now)
                .map(|n| Sourced {
                    text: n.text.clone(),
                    sources: n.sources.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let sourced_list = |items: &[Sourced]| {
        html! {
            <ul class="govuk-list govuk-list--bullet app-sourced">
                { for items.iter().map(|item| html! {
                    <li>
                        <p class="govuk-body">{ facts.fill(&item.text) }</p>
                        { source_links(policy, &item.sources) }
                    </li>
                }) }
            </ul>
        }
    };
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    let back = state.back();
    html! {
        <>
            { back_link(back) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <span class="govuk-caption-l">{ format!("Your result for {}", answers.date.long()) }</span>
                    <h1 class="govuk-heading-l" tabindex="-1">{ title(state, decided.as_ref().map(|(o, _)| *o)) }</h1>
                    if let Some((outcome, decision)) = &decided {
                        <p class="govuk-body"><strong class={classes!("govuk-tag", tag_class(outcome.kind))}>{ kind_label(outcome.kind) }</strong></p>
                        <p class="govuk-body-l" id="result-summary">{ facts.fill(outcome.summary_for(now)) }</p>
                        { status_now(state) }
                        if let Some(ask) = &outcome.ask {
                            <div class="govuk-inset-text" id="who-to-ask">
                                <h2 class="govuk-heading-s">{ "Who to ask" }</h2>
                                <p class="govuk-body">{ capitalise(&facts.fill(ask)) }</p>
                            </div>
                        }
                        { lead_contact(&state.config) }
                        <h2 class="govuk-heading-m" id="why">{ "Why" }</h2>
                        <ol class="govuk-list govuk-list--number app-reasons">
                            { for decision.reasons.iter().map(|r| html! {
                                <li>
                                    <p class="govuk-body">{ r.text.clone() }</p>
                                    { source_links(policy, &r.sources) }
                                </li>
                            }) }
                        </ol>
                        if !outcome.next.is_empty() {
                            <h2 class="govuk-heading-m">{ "What happens next" }</h2>
                            { sourced_list(&outcome.next) }
                        }
                        if !outcome.instead.is_empty() {
                            <h2 class="govuk-heading-m">{ "What you can do instead" }</h2>
                            { sourced_list(&outcome.instead) }
                        }
                    } else {
                        <p class="govuk-body-l">{ "The rules do not cover this combination of answers. Ask your employer's NAAS lead or principal social worker." }</p>
                    }
                    { offers(&state.config) }
                    <h2 class="govuk-heading-m">{ "Prepare" }</h2>
                    <p class="govuk-body">
                        <a class="govuk-link" href={state.href(&state.address.to(Page::Readiness))} id="to-readiness">
                            { "Check how ready you are: rate yourself against the post-qualifying standards and get an action plan" }
                        </a>
                    </p>
                    if !notes.is_empty() {
                        <h2 class="govuk-heading-m">{ "Good to know" }</h2>
                        { sourced_list(&notes) }
                    }
                    <h2 class="govuk-heading-m">{ "Your answers" }</h2>
                    { summary_list(&super::answer_rows(state, false)) }
                    <p class="govuk-body">
                        <a class="govuk-link" href={state.href(&state.address.to(Page::Check))}>{ "Change your answers" }</a>
                    </p>
                    { save_panel(state, actions) }
                    <div class="govuk-button-group app-no-print">
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={onprint}>{ "Print or save this result" }</button>
                        <a class="govuk-link" href={state.href(&Address::at(Page::When))}>{ "Start again" }</a>
                    </div>
                </div>
            </div>
        </>
    }
}

/// When the date checked is not today and NAAS's status has changed since, today's status, so a
/// past result is never read as advice for now.
fn status_now(state: &State) -> Html {
    let (then, now) = (
        engine::status_at(state.policy, state.date()),
        engine::status_at(state.policy, state.today),
    );
    match (then, now) {
        (Some(then), Some(now)) if then.id != now.id => html! {
            <div class="govuk-inset-text" id="status-now">
                <p class="govuk-body"><strong>{ format!("Status today, {}: ", state.today.long()) }</strong>{ now.value.text.to_string() }</p>
                { source_links(state.policy, &now.sources) }
            </div>
        },
        _ => html! {},
    }
}

fn kind_label(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Eligible => "Could take part",
        OutcomeKind::OtherRoute => "Another route",
        OutcomeKind::NotYet => "Not yet",
        OutcomeKind::Paused => "Paused",
        OutcomeKind::Closed => "Closed",
        OutcomeKind::NotStarted => "Not started",
        OutcomeKind::NotInScope => "Not in scope",
        OutcomeKind::Unclear => "Unclear",
    }
}

fn tag_class(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Eligible => "govuk-tag--green",
        OutcomeKind::OtherRoute => "govuk-tag--teal",
        OutcomeKind::NotYet => "govuk-tag--yellow",
        OutcomeKind::Paused => "govuk-tag--orange",
        OutcomeKind::Closed | OutcomeKind::NotStarted => "govuk-tag--grey",
        OutcomeKind::NotInScope => "govuk-tag--red",
        OutcomeKind::Unclear => "govuk-tag--purple",
    }
}
