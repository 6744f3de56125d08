//! The result: the outcome, why (each rule with its sources), what happens next or instead, whom to ask, the answers given, print and start again.

use std::rc::Rc;

use yew::prelude::*;

use super::{use_page, PageProps};
use crate::address::{Address, Page};
use crate::engine::{self, Step};
use crate::flow;
use crate::policy::{OutcomeKind, Sourced};
use crate::text::capitalise;
use crate::ui::browser;
use crate::ui::components::{BackLink, SourceLinks, SummaryList};

#[component]
pub fn ResultPage(props: &PageProps) -> Html {
    let state = &props.state;
    let answers = state.address.answers(state.today);
    let journey = state.journey();
    let decision = match journey.step {
        Ok(Step::Decided(d)) => Some(d),
        _ => None,
    };
    let outcome = decision.as_ref().map(|d| state.policy.outcome(d.outcome));
    let facts = engine::facts(&state.policy, &answers);
    let heading = outcome.map_or_else(
        || "We could not decide from these answers".to_string(),
        |o| facts.fill(&o.title),
    );
    use_page(heading.clone(), false);

    let policy = &state.policy;
    let sourced_list = |items: &[Sourced]| {
        html! {
            <ul class="govuk-list govuk-list--bullet app-sourced">
                { for items.iter().map(|item| html! {
                    <li>
                        <p class="govuk-body">{ facts.fill(&item.text) }</p>
                        <SourceLinks policy={policy.clone()} sources={Rc::from(item.sources.as_slice())} />
                    </li>
                }) }
            </ul>
        }
    };
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    let back = state.href(&flow::back(policy, &state.address, state.today));
    html! {
        <>
            <BackLink href={back} />
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <span class="govuk-caption-l">{ format!("Your result for {}", answers.date.long()) }</span>
                    <h1 class="govuk-heading-l" tabindex="-1">{ heading }</h1>
                    if let Some(outcome) = outcome {
                        <p class="govuk-body"><strong class={classes!("govuk-tag", tag_class(outcome.kind))}>{ kind_label(outcome.kind) }</strong></p>
                        <p class="govuk-body-l" id="result-summary">{ facts.fill(&outcome.summary) }</p>
                        if let Some(ask) = &outcome.ask {
                            <div class="govuk-inset-text" id="who-to-ask">
                                <h2 class="govuk-heading-s">{ "Who to ask" }</h2>
                                <p class="govuk-body">{ capitalise(&facts.fill(ask)) }</p>
                            </div>
                        }
                    } else {
                        <p class="govuk-body-l">{ "The rules do not cover this combination of answers. Ask your employer's NAAS lead or principal social worker." }</p>
                    }
                    if let Some(decision) = &decision {
                        <h2 class="govuk-heading-m" id="why">{ "Why" }</h2>
                        <ol class="govuk-list govuk-list--number app-reasons">
                            { for decision.reasons.iter().map(|r| html! {
                                <li>
                                    <p class="govuk-body">{ r.text.clone() }</p>
                                    <SourceLinks policy={policy.clone()} sources={Rc::from(r.sources.as_slice())} />
                                </li>
                            }) }
                        </ol>
                    }
                    if let Some(outcome) = outcome.filter(|o| !o.next.is_empty()) {
                        <h2 class="govuk-heading-m">{ "What happens next" }</h2>
                        { sourced_list(&outcome.next) }
                    }
                    if let Some(outcome) = outcome.filter(|o| !o.instead.is_empty()) {
                        <h2 class="govuk-heading-m">{ "What you can do instead" }</h2>
                        { sourced_list(&outcome.instead) }
                    }
                    <h2 class="govuk-heading-m">{ "Good to know" }</h2>
                    { sourced_list(&policy.always) }
                    <h2 class="govuk-heading-m">{ "Your answers" }</h2>
                    <SummaryList rows={super::answer_rows(state, false)} />
                    <p class="govuk-body">
                        <a class="govuk-link" href={state.href(&state.address.to(Page::Check))}>{ "Change your answers" }</a>
                    </p>
                    <div class="govuk-button-group app-no-print">
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={onprint}>{ "Print or save this result" }</button>
                        <a class="govuk-link" href={state.href(&Address::at(Page::When))}>{ "Start again" }</a>
                    </div>
                </div>
            </div>
        </>
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
