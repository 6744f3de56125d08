//! The readiness result: strengths, areas to develop, an action plan with sourced guidance, what the assessment involved, support, and ways to keep the plan.

use yew::prelude::*;

use super::local::{lead_contact, offers, save_panel};
use super::readiness::headings_note;
use super::{use_error_focus, PageProps};
use crate::ui::browser;
use crate::ui::components::{
    back_link, date_input, error_summary, read_date, source_links, summary_list, ErrorItem, Typed,
};
use crate::ui::state::{Action, State};
use naas_core::journey::view::Screen;
use naas_core::readiness::export;

pub const HEADING: &str = "Your readiness profile and action plan";

pub fn view(state: &std::rc::Rc<State>, actions: &Callback<Action>) -> Html {
    let (policy, readiness) = (state.policy, state.readiness);
    let Screen::Plan(plan_view) = &state.view.screen else {
        return html! {};
    };
    let set = readiness.set(plan_view.set);
    let plan = &plan_view.plan;
    let statement_line = |s| {
        let st = readiness.statement(s);
        format!("Statement {}: {}", st.number, st.heading)
    };
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    let ondownload = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export::markdown(
                state.policy,
                state.readiness,
                &state.view.journey.ratings,
                state.today,
            );
            browser::download(
                &format!("naas-action-plan-{}.md", state.today.iso()),
                "text/markdown",
                &text,
            );
        })
    };
    html! {
        <>
        { back_link(super::back(state)) }
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <span class="govuk-caption-l">{ "Readiness self-assessment" }</span>
                <h1 class="govuk-heading-l" tabindex="-1">{ HEADING }</h1>
                <p class="govuk-body-l">
                    { format!("This is a profile of your own ratings against the {}, made on {}. It is not a score and it does not predict whether you would pass.", set.title.to_ascii_lowercase(), state.today.long()) }
                </p>
                <div class="govuk-inset-text">
                    <p class="govuk-body">{ set.note.to_string() }</p>
                    { source_links(policy, &set.sources) }
                </div>
                { headings_note(state, plan_view.set) }

                <h2 class="govuk-heading-m">{ "Strengths" }</h2>
                if plan.strengths.is_empty() {
                    <p class="govuk-body">{ "You did not rate yourself confident on any statement yet." }</p>
                } else {
                    <ul class="govuk-list govuk-list--bullet" id="strengths">
                        { for plan.strengths.iter().map(|s| html! { <li>{ statement_line(*s) }</li> }) }
                    </ul>
                }

                <h2 class="govuk-heading-m">{ "Areas to develop" }</h2>
                if plan.develop.is_empty() {
                    <p class="govuk-body">{ "You rated yourself confident on every statement." }</p>
                } else {
                    <ul class="govuk-list govuk-list--bullet" id="develop">
                        { for plan.develop.iter().map(|(s, l)| html! {
                            <li>{ format!("{} ({})", statement_line(*s), readiness.level(*l).label.to_ascii_lowercase()) }</li>
                        }) }
                    </ul>
                }

                <h2 class="govuk-heading-m">{ "Your action plan" }</h2>
                <div id="action-plan">
                    { for plan.develop.iter().map(|(s, _)| {
                        let st = readiness.statement(*s);
                        html! {
                            <section class="app-plan-item">
                                <h3 class="govuk-heading-s">{ statement_line(*s) }</h3>
                                <ul class="govuk-list govuk-list--bullet app-sourced">
                                    { for st.guidance.iter().map(|g| html! {
                                        <li><p class="govuk-body">{ g.text.to_string() }</p>{ source_links(policy, &g.sources) }</li>
                                    }) }
                                </ul>
                            </section>
                        }
                    }) }
                    if !plan.checks_to_do.is_empty() {
                        <section class="app-plan-item">
                            <h3 class="govuk-heading-s">{ "Practical steps" }</h3>
                            <ul class="govuk-list govuk-list--bullet app-sourced">
                                { for plan.checks_to_do.iter().map(|c| {
                                    let check = readiness.check(*c);
                                    html! { <li><p class="govuk-body">{ check.advice.to_string() }</p>{ source_links(policy, &check.sources) }</li> }
                                }) }
                            </ul>
                        </section>
                    }
                    if plan.develop.is_empty() && plan.checks_to_do.is_empty() {
                        <p class="govuk-body">{ "Nothing to add: keep your examples up to date and talk them through in supervision." }</p>
                    }
                </div>

                <h2 class="govuk-heading-m">{ "What the assessment involved" }</h2>
                { for readiness.assessment.iter().map(|f| html! {
                    <>
                        if let Some(h) = &f.heading {
                            <h3 class="govuk-heading-s">{ h.to_string() }</h3>
                        }
                        <p class="govuk-body">{ f.text.to_string() }</p>
                        { source_links(policy, &f.sources) }
                    </>
                }) }

                <h2 class="govuk-heading-m">{ "Good to know" }</h2>
                <p class="govuk-body">{ readiness.naas_closed.text.to_string() }</p>
                { source_links(policy, &readiness.naas_closed.sources) }

                { offers(&state.config) }
                { lead_contact(&state.config) }
                <h2 class="govuk-heading-m">{ "Where to get support" }</h2>
                <ul class="govuk-list govuk-list--bullet app-sourced">
                    { for readiness.support.iter().map(|s| html! {
                        <li><p class="govuk-body">{ s.text.to_string() }</p>{ source_links(policy, &s.sources) }</li>
                    }) }
                </ul>

                <h2 class="govuk-heading-m">{ "Your ratings" }</h2>
                { summary_list(&super::summary_rows(&plan_view.rows)) }

                <div class="app-no-print">
                    <h2 class="govuk-heading-m">{ "Keep your plan" }</h2>
                    <p class="govuk-body">{ "The plan is made on this device and stays on it: nothing is sent anywhere. The page address holds your ratings, so you can also bookmark it." }</p>
                    <div class="govuk-button-group">
                        <button type="button" class="govuk-button" onclick={ondownload} id="download-plan">{ "Download your action plan" }</button>
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={onprint}>{ "Print or save as PDF" }</button>
                    </div>
                    <ReminderForm state={state.clone()} />
                    { save_panel(state, actions) }
                    <p class="govuk-body">
                        <a class="govuk-link" href={state.view.links.start_again.clone()}>{ "Start again" }</a>
                    </p>
                </div>
            </div>
        </div>
        </>
    }
}

/// Picks a date and downloads a calendar reminder to review the plan then.
#[component]
fn ReminderForm(props: &PageProps) -> Html {
    let state = props.state.clone();
    let typed = use_state(Typed::default);
    let error = use_state(|| None::<ErrorItem>);
    use_error_focus(HEADING.into(), error.is_some());
    let onsubmit = {
        let (typed, error, state) = (typed.clone(), error.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match read_date("remind", &typed) {
                Ok(date) if date <= state.today => error.set(Some(ErrorItem {
                    field: "remind-day".into(),
                    message: "The reminder date must be in the future".into(),
                })),
                Ok(date) => {
                    error.set(None);
                    let ics = export::reminder_ics(
                        state.readiness,
                        &state.view.journey.ratings,
                        date,
                        state.today,
                    );
                    browser::download(
                        &format!("naas-plan-reminder-{}.ics", date.iso()),
                        "text/calendar",
                        &ics,
                    );
                }
                Err(problem) => error.set(Some(problem)),
            }
        })
    };
    html! {
        <form {onsubmit} novalidate=true class="app-reminder">
            if let Some(e) = &*error {
                { error_summary(std::slice::from_ref(e)) }
            }
            { date_input("remind", "Set a reminder to review your plan", "Choose a date for a calendar reminder, for example 15 3 2027. The reminder is a file for your own calendar.", &typed, error.as_ref()) }
            <button type="submit" class="govuk-button govuk-button--secondary">{ "Download a calendar reminder" }</button>
        </form>
    }
}
