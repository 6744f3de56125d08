//! The GOV.UK summary list: answers as key and value, each with an optional "Change" link.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct SummaryRow {
    pub key: AttrValue,
    pub value: AttrValue,
    /// Where "Change" goes; no link when None.
    pub change: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct SummaryListProps {
    pub rows: Rc<[SummaryRow]>,
}

#[component]
pub fn SummaryList(props: &SummaryListProps) -> Html {
    let actions = props.rows.iter().any(|r| r.change.is_some());
    html! {
        <dl class="govuk-summary-list">
            { for props.rows.iter().map(|row| html! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ row.key.clone() }</dt>
                    <dd class="govuk-summary-list__value">{ row.value.clone() }</dd>
                    if actions {
                        <dd class="govuk-summary-list__actions">
                            if let Some(href) = &row.change {
                                <a class="govuk-link" href={href.clone()}>
                                    { "Change" }
                                    <span class="govuk-visually-hidden">{ format!(" {}", row.key.to_lowercase()) }</span>
                                </a>
                            }
                        </dd>
                    }
                </div>
            }) }
        </dl>
    }
}
