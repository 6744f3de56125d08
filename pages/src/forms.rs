//! The question pages as HTML: GOV.UK radios, checkboxes and the date input, the error summary and error messages, written from a description of the form; the app handles their events.
//!
//! A form is data ([`Form`]): its fields, what is selected or typed, and its error. The app's
//! form component renders it here, listens for submit, change, input and click on the one
//! element around it, and reads the values from the page when the user presses Continue.

use naas_core::typed_date::{Field, InputError};

use crate::html::{Html, Markup};

/// A question page with one form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// Where the back link goes; no back link when None.
    pub back: Option<String>,
    /// Markup between the back link and the question (for example why it is asked again).
    pub note: Option<Markup>,
    pub question: Question,
    /// Markup after the question, inside the form (for example that none of it can be done now).
    pub after: Option<Markup>,
    /// The button's label.
    pub submit: &'static str,
    /// The button's style: GOV.UK's secondary button when true.
    pub secondary: bool,
}

/// What is wrong with the answer given, and the field to fix (the error summary links to it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
    /// For a date input: which of day, month and year to mark.
    pub marks: [bool; 3],
}

/// The question: its legend is the page's h1 (a plain legend for a form that is not the page's
/// main question, such as the plan's reminder).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub name: String,
    pub caption: Option<String>,
    pub heading: String,
    /// Whether the legend is the page's h1.
    pub page_heading: bool,
    pub hint: Option<String>,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One answer. `filter`: the label of a box that narrows the grouped items by name.
    Radios {
        items: Vec<Item>,
        selected: Option<String>,
        small: bool,
        filter: Option<String>,
        /// A date input revealed under the item with this value while it is selected.
        reveal: Option<(String, DateInput)>,
    },
    /// Any number of answers; an item after a divider excludes the others ("None of these").
    Checkboxes {
        items: Vec<Item>,
        checked: Vec<String>,
    },
    /// A date on its own (as the reminder asks for one).
    Date(DateInput),
}

/// One radio or checkbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
    /// An "or" divider before this item.
    pub divider: bool,
    /// A heading over this item and those after it, until the next (a council's phase).
    pub group: Option<String>,
}

/// A GOV.UK date input: day, month and year, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateInput {
    /// The fields' ids start with this: `{id}-day`, `{id}-month`, `{id}-year`.
    pub id: String,
    pub legend: String,
    pub hint: String,
    pub typed: [String; 3],
}

const PARTS: [(&str, &str, &str); 3] = [
    ("day", "Day", "govuk-input--width-2"),
    ("month", "Month", "govuk-input--width-3"),
    ("year", "Year", "govuk-input--width-4"),
];

/// The page: back link, error summary, note, and the form with its question and button.
pub fn render(form: &Form, error: Option<&Problem>) -> Markup {
    let mut h = Html::new();
    if let Some(back) = &form.back {
        h.raw("<a href=\"")
            .text(back)
            .raw("\" class=\"govuk-back-link\">Back</a><div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
    }
    if let Some(problem) = error {
        error_summary(&mut h, problem);
    }
    if let Some(note) = &form.note {
        h.markup(note);
    }
    h.raw("<form novalidate>");
    question(&mut h, &form.question, error);
    if let Some(after) = &form.after {
        h.markup(after);
    }
    if form.secondary {
        h.raw("<button type=\"submit\" class=\"govuk-button govuk-button--secondary\">");
    } else {
        h.raw("<button type=\"submit\" class=\"govuk-button\">");
    }
    h.text(form.submit).raw("</button></form>");
    if form.back.is_some() {
        h.raw("</div></div>");
    }
    h.finish()
}

/// The GOV.UK error summary. Its link moves focus to the field (`data-focus`): the address's
/// fragment holds the page, so it must not navigate.
pub fn error_summary(h: &mut Html, problem: &Problem) {
    h.raw("<div class=\"govuk-error-summary\" tabindex=\"-1\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\"><li><a href=\"#")
        .text(&problem.field)
        .raw("\" data-focus=\"")
        .text(&problem.field)
        .raw("\">")
        .text(&problem.message)
        .raw("</a></li></ul></div></div></div>");
}

/// The question in its fieldset, with its hint, error message and fields.
pub fn question(h: &mut Html, q: &Question, error: Option<&Problem>) {
    let name = q.name.as_str();
    let own_error = error.filter(|e| {
        e.field == name
            || e.field.starts_with(&format!("{name}-"))
                && !matches!(
                    q.kind,
                    Kind::Radios {
                        reveal: Some(_),
                        ..
                    }
                )
    });
    let radio_error = error.filter(|e| e.field == name);
    let shown_error = match q.kind {
        Kind::Radios { .. } => radio_error,
        _ => own_error,
    };
    h.raw("<div class=\"govuk-form-group");
    if shown_error.is_some() {
        h.raw(" govuk-form-group--error");
    }
    h.raw("\"><fieldset class=\"govuk-fieldset\"");
    let described: Vec<String> = [
        q.hint.as_ref().map(|_| format!("{name}-hint")),
        shown_error.map(|_| format!("{name}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !described.is_empty() {
        h.raw(" aria-describedby=\"")
            .text(&described.join(" "))
            .raw("\"");
    }
    if matches!(q.kind, Kind::Date(_)) {
        h.raw(" role=\"group\"");
    }
    if q.page_heading {
        h.raw("><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\">");
        if let Some(caption) = &q.caption {
            h.element("span", "govuk-caption-l", caption);
        }
        h.raw("<h1 class=\"govuk-fieldset__heading\" tabindex=\"-1\">")
            .text(&q.heading)
            .raw("</h1></legend>");
    } else {
        h.raw("><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\"><h2 class=\"govuk-fieldset__heading\">")
            .text(&q.heading)
            .raw("</h2></legend>");
    }
    if let Some(hint) = &q.hint {
        h.raw("<div id=\"")
            .text(name)
            .raw("-hint\" class=\"govuk-hint\">")
            .text(hint)
            .raw("</div>");
    }
    if let Some(e) = shown_error {
        error_message(h, name, &e.message);
    }
    match &q.kind {
        Kind::Radios {
            items,
            selected,
            small,
            filter,
            reveal,
        } => {
            if let Some(label) = filter {
                h.raw("<div class=\"govuk-form-group app-filter\"><label class=\"govuk-label\" for=\"")
                    .text(name)
                    .raw("-filter\">")
                    .text(label)
                    .raw("</label><input class=\"govuk-input\" id=\"")
                    .text(name)
                    .raw("-filter\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"")
                    .text(name)
                    .raw("-filter-status\" data-filter-for=\"")
                    .text(name)
                    .raw("\"><p class=\"govuk-hint app-filter__status\" id=\"")
                    .text(name)
                    .raw("-filter-status\" role=\"status\"></p></div>");
            }
            if *small {
                h.raw("<div class=\"govuk-radios govuk-radios--small\">");
            } else {
                h.raw("<div class=\"govuk-radios\">");
            }
            let mut grouped = false;
            for (i, item) in items.iter().enumerate() {
                if item.divider {
                    grouped = false;
                    h.raw("<div class=\"govuk-radios__divider\">or</div>");
                }
                if let Some(group) = &item.group {
                    grouped = true;
                    h.raw("<p class=\"govuk-body app-radios__group\">")
                        .text(group)
                        .raw("</p>");
                }
                let id = item_id(name, i);
                let checked = selected.as_deref() == Some(item.value.as_str());
                let revealed = reveal.as_ref().filter(|(value, _)| *value == item.value);
                h.raw("<div class=\"govuk-radios__item\"");
                if grouped {
                    h.raw(" data-name=\"")
                        .text(&item.label.to_ascii_lowercase())
                        .raw("\"");
                }
                h.raw("><input class=\"govuk-radios__input\" id=\"")
                    .text(&id)
                    .raw("\" name=\"")
                    .text(name)
                    .raw("\" type=\"radio\" value=\"")
                    .text(&item.value)
                    .raw("\"");
                if checked {
                    h.raw(" checked");
                }
                if item.hint.is_some() {
                    h.raw(" aria-describedby=\"").text(&id).raw("-item-hint\"");
                }
                if revealed.is_some() {
                    h.raw(" aria-controls=\"conditional-")
                        .text(&id)
                        .raw("\" data-reveal=\"conditional-")
                        .text(&id)
                        .raw("\"");
                } else if reveal.is_some() {
                    h.raw(" data-conceal=\"conditional-")
                        .text(&item_id(
                            name,
                            items
                                .iter()
                                .position(|it| reveal.as_ref().is_some_and(|(v, _)| *v == it.value))
                                .unwrap_or(0),
                        ))
                        .raw("\"");
                }
                h.raw("><label class=\"govuk-label govuk-radios__label\" for=\"")
                    .text(&id)
                    .raw("\">")
                    .text(&item.label)
                    .raw("</label>");
                if let Some(hint) = &item.hint {
                    h.raw("<div id=\"")
                        .text(&id)
                        .raw("-item-hint\" class=\"govuk-hint govuk-radios__hint\">")
                        .text(hint)
                        .raw("</div>");
                }
                h.raw("</div>");
                if let Some((_, input)) = revealed {
                    h.raw("<div class=\"govuk-radios__conditional\" id=\"conditional-")
                        .text(&id)
                        .raw("\"");
                    if !checked {
                        h.raw(" hidden");
                    }
                    h.raw(">");
                    let prefix = format!("{}-", input.id);
                    date_input(h, input, error.filter(|e| e.field.starts_with(&prefix)));
                    // Said when the fields appear, for those who cannot see them appear: the
                    // radio's aria-expanded, as GOV.UK's own radios have it, is not valid ARIA.
                    h.raw("</div><div class=\"govuk-visually-hidden\" role=\"status\" id=\"conditional-")
                        .text(&id)
                        .raw("-status\" data-shown=\"")
                        .text(&input.legend)
                        .raw(": day, month and year fields shown below the option\"></div>");
                }
            }
            h.raw("</div>");
        }
        Kind::Checkboxes { items, checked } => {
            h.raw("<div class=\"govuk-checkboxes\">");
            for (i, item) in items.iter().enumerate() {
                if item.divider {
                    h.raw("<div class=\"govuk-checkboxes__divider\">or</div>");
                }
                let id = item_id(name, i);
                h.raw("<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"")
                    .text(&id)
                    .raw("\" name=\"")
                    .text(name)
                    .raw("\" type=\"checkbox\" value=\"")
                    .text(&item.value)
                    .raw("\"");
                if checked.contains(&item.value) {
                    h.raw(" checked");
                }
                if item.divider {
                    h.raw(" data-exclusive");
                }
                h.raw("><label class=\"govuk-label govuk-checkboxes__label\" for=\"")
                    .text(&id)
                    .raw("\">")
                    .text(&item.label)
                    .raw("</label></div>");
            }
            h.raw("</div>");
        }
        Kind::Date(input) => {
            date_fields(h, input, own_error);
        }
    }
    h.raw("</fieldset></div>");
}

/// A date input in a fieldset of its own, for a date asked under a radio.
fn date_input(h: &mut Html, input: &DateInput, error: Option<&Problem>) {
    h.raw("<div class=\"govuk-form-group");
    if error.is_some() {
        h.raw(" govuk-form-group--error");
    }
    h.raw("\"><fieldset class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"")
        .text(&input.id)
        .raw("-hint");
    if error.is_some() {
        h.raw(" ").text(&input.id).raw("-error");
    }
    h.raw("\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">")
        .text(&input.legend)
        .raw("</legend><div id=\"")
        .text(&input.id)
        .raw("-hint\" class=\"govuk-hint\">")
        .text(&input.hint)
        .raw("</div>");
    if let Some(e) = error {
        error_message(h, &input.id, &e.message);
    }
    date_fields(h, input, error);
    h.raw("</fieldset></div>");
}

/// The day, month and year fields, the ones an error marks in red.
fn date_fields(h: &mut Html, input: &DateInput, error: Option<&Problem>) {
    h.raw("<div class=\"govuk-date-input\" id=\"")
        .text(&input.id)
        .raw("\">");
    for (i, (part, label, width)) in PARTS.iter().enumerate() {
        let marked = error.is_some_and(|e| e.marks[i]);
        h.raw("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"")
            .text(&input.id)
            .raw("-")
            .text(part)
            .raw("\">")
            .text(label)
            .raw("</label><input class=\"govuk-input govuk-date-input__input ")
            .text(width);
        if marked {
            h.raw(" govuk-input--error");
        }
        h.raw("\" id=\"")
            .text(&input.id)
            .raw("-")
            .text(part)
            .raw("\" name=\"")
            .text(&input.id)
            .raw("-")
            .text(part)
            .raw("\" type=\"text\"");
        if *part != "month" {
            h.raw(" inputmode=\"numeric\"");
        }
        h.raw(" value=\"")
            .text(&input.typed[i])
            .raw("\"></div></div>");
    }
    h.raw("</div>");
}

fn error_message(h: &mut Html, id: &str, message: &str) {
    h.raw("<p id=\"")
        .text(id)
        .raw("-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error: </span>")
        .text(message)
        .raw("</p>");
}

/// The id of a form's `index`-th item: the first takes the field's name, which the error summary
/// links to; the others `{name}-2`, `{name}-3` and so on.
pub fn item_id(name: &str, index: usize) -> String {
    if index == 0 {
        name.to_string()
    } else {
        format!("{name}-{}", index + 1)
    }
}

/// The problem for a date typed into the date input `prefix`: the core's message, linking to the
/// field to fix and marking the fields it names (all three for the date as a whole).
pub fn date_problem(prefix: &str, error: &InputError) -> Problem {
    Problem {
        field: format!("{prefix}-{}", error.field().name()),
        message: error.message().to_string(),
        marks: [Field::Day, Field::Month, Field::Year].map(|f| error.marks(f)),
    }
}
