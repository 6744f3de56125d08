//! The GOV.UK error summary: a list of problems, each linking to the field at fault.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::browser;

/// One problem and the id of the field it is about.
#[derive(Clone, PartialEq)]
pub struct ErrorItem {
    pub field: AttrValue,
    pub message: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub items: Rc<[ErrorItem]>,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    html! {
        <div class="govuk-error-summary" tabindex="-1">
            <div role="alert">
                <h2 class="govuk-error-summary__title">{ "There is a problem" }</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">
                        { for props.items.iter().map(|item| {
                            // The fragment holds the page's address, so follow the link by moving
                            // focus rather than by changing the fragment.
                            let field = item.field.clone();
                            let onclick = Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                browser::focus_id(&field);
                            });
                            html! {
                                <li><a href={format!("#{}", item.field)} {onclick}>{ item.message.clone() }</a></li>
                            }
                        }) }
                    </ul>
                </div>
            </div>
        </div>
    }
}
