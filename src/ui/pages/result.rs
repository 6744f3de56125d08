//! The result: the outcome, why (each rule with its sources), what happens next or instead, whom to ask, the answers given, print and start again.

use naas_core::journey::view::{Item, Screen};
use naas_core::policy::OutcomeKind;
use naas_core::text::capitalise;
use yew::prelude::*;

use super::local::{lead_contact, offers, save_panel};
use crate::ui::browser;
use crate::ui::components::{back_link, source_links, summary_list};
use crate::ui::state::{Action, State};

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let view = &state.view;
    let Screen::Result(verdict) = &view.screen else {
        return html! {};
    };
    let policy = state.policy;
    let sourced_list = |items: &[Item]| {
        html! {
            <ul class="govuk-list govuk-list--bullet app-sourced">
                { for items.iter().map(|item| html! {
                    <li>
                        <p class="govuk-body">{ item.text.clone() }</p>
                        { source_links(policy, item.sources) }
                    </li>
                }) }
            </ul>
        }
    };
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <>
            { back_link(super::back(state)) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <span class="govuk-caption-l">{ format!("Your result for {}", view.date.long()) }</span>
                    <h1 class="govuk-heading-l" tabindex="-1">{ verdict.title.clone() }</h1>
                    if let Some(outcome) = verdict.outcome {
                        <p class="govuk-body"><strong class={classes!("govuk-tag", tag_class(outcome.kind))}>{ kind_label(outcome.kind) }</strong></p>
                        <p class="govuk-body-l" id="result-summary">{ verdict.summary.clone() }</p>
                        { status_today(state) }
                        if let Some(ask) = &verdict.ask {
                            <div class="govuk-inset-text" id="who-to-ask">
                                <h2 class="govuk-heading-s">{ "Who to ask" }</h2>
                                <p class="govuk-body">{ capitalise(ask) }</p>
                            </div>
                        }
                        { lead_contact(&state.config) }
                        <h2 class="govuk-heading-m" id="why">{ "Why" }</h2>
                        <ol class="govuk-list govuk-list--number app-reasons">
                            { for verdict.reasons.iter().map(|r| html! {
                                <li>
                                    <p class="govuk-body">{ r.text.clone() }</p>
                                    { source_links(policy, &r.sources) }
                                </li>
                            }) }
                        </ol>
                        if !verdict.next.is_empty() {
                            <h2 class="govuk-heading-m">{ "What happens next" }</h2>
                            { sourced_list(&verdict.next) }
                        }
                        if !verdict.instead.is_empty() {
                            <h2 class="govuk-heading-m">{ "What you can do instead" }</h2>
                            { sourced_list(&verdict.instead) }
                        }
                    } else {
                        <p class="govuk-body-l">{ "The rules do not cover this combination of answers. Ask your employer's NAAS lead or principal social worker." }</p>
                    }
                    { offers(&state.config) }
                    <h2 class="govuk-heading-m">{ "Prepare" }</h2>
                    <p class="govuk-body">
                        <a class="govuk-link" href={view.links.readiness.clone()} id="to-readiness">
                            { "Check how ready you are: rate yourself against the post-qualifying standards and get an action plan" }
                        </a>
                    </p>
                    <h2 class="govuk-heading-m">{ "Good to know" }</h2>
                    { sourced_list(&verdict.notes) }
                    <h2 class="govuk-heading-m">{ "Your answers" }</h2>
                    { summary_list(&super::summary_rows(&verdict.rows)) }
                    <p class="govuk-body">
                        <a class="govuk-link" href={verdict.change.clone()}>{ "Change your answers" }</a>
                    </p>
                    { save_panel(state, actions) }
                    <div class="govuk-button-group app-no-print">
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={onprint}>{ "Print or save this result" }</button>
                        <a class="govuk-link" href={view.links.start_again.clone()}>{ "Start again" }</a>
                    </div>
                </div>
            </div>
        </>
    }
}

/// When the date checked is not today and NAAS's status has changed since, today's status, so a
/// past result is never read as advice for now.
fn status_today(state: &State) -> Html {
    let Some(now) = state.view.status_today else {
        return html! {};
    };
    html! {
        <div class="govuk-inset-text" id="status-now">
            <p class="govuk-body"><strong>{ format!("Status today, {}: ", state.today.long()) }</strong>{ now.value.text.to_string() }</p>
            { source_links(state.policy, &now.sources) }
        </div>
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
