//! Council configuration: what a deploying organisation may set without rebuilding, checked into safe values and a list of problems.
//!
//! The caller first holds the raw text to the limits with [`bound`] (size, and nesting depth, so
//! nothing hostile reaches the decoder), then parses the JSON (the browser's `JSON.parse` and
//! serde-wasm-bindgen in the app, serde_json in tests) into [`Json`], one small generic value, and
//! [`Config::apply`] checks each setting on its own: one bad setting falls back to its default
//! without losing the others. Decoding into one generic type, rather than a serde type per
//! setting, keeps the WebAssembly small and lets every message name the setting in plain words.

use std::borrow::Cow;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::date::Date;
use crate::policy::{CouncilId, Policy};
use crate::text::{thousands, visible_within, HIDDEN};

/// The settings a council can make, all optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The organisation's name, shown in the header.
    pub organisation: Option<String>,
    pub lead: Option<Lead>,
    pub preparation: Vec<Offer>,
    /// Councils to list first in the council question, in this order.
    pub councils_first: Vec<CouncilId>,
    /// The council that is the organisation itself (the `preselect` setting): listed first in
    /// the council question and marked as "your organisation", but never chosen in advance, so
    /// that nobody's answer is made for them.
    pub ours: Option<CouncilId>,
    pub theme: Option<Theme>,
    /// A fixed date to check the rules for; the date question is then not asked.
    pub as_at: Option<Date>,
    /// Whether to show the page without its own header and footer, for a host page's frame.
    /// `None` until the app decides: unset, it is embedded when it runs inside a frame.
    pub embedded: Option<bool>,
    /// The origins ("https://intranet.anytown.gov.uk") of pages allowed to embed the checker and
    /// be told its height. The checker's own origin always is.
    pub parent_origins: Vec<String>,
    /// The accessibility statement's contact and dates, for a council that adopts it.
    pub accessibility: Option<Statement>,
    /// Where to report a problem with a page (the `feedback` setting): an https page or a mailto
    /// address, checked as safe; the pages add the page's own address to it.
    pub feedback: Option<String>,
}

/// What a council puts in the accessibility statement it adopts: how to reach it, and when it
/// prepared and last reviewed the statement.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Statement {
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A page of its own for accessibility requests (https only).
    pub url: Option<String>,
    pub prepared: Option<Date>,
    pub reviewed: Option<Date>,
    /// How far the council's copy complies with WCAG 2.2 AA, as it states it.
    pub compliance: Option<Compliance>,
    /// What is not accessible, each in a sentence: given with a compliance other than full.
    pub not_accessible: Vec<String>,
    /// When it last tested the checker, how, and who did.
    pub tested: Option<Date>,
    pub tested_how: Option<String>,
    pub tested_by: Option<String>,
    /// How many working days it takes to answer a request.
    pub response_days: Option<u32>,
    /// The council's own accessibility statement (https), where the footer's link then goes.
    pub statement_url: Option<String>,
}

/// A compliance status, in the words the accessibility regulations' model statement uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compliance {
    Full,
    Partial,
    None,
}

/// The organisation's NAAS lead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lead {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A local preparation offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub title: String,
    pub description: Option<String>,
    pub link: Option<String>,
}

/// Header colours, checked for contrast.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// "#rrggbb": the header background.
    pub brand: String,
    /// "#rrggbb": the header text.
    pub brand_text: String,
}

/// A JSON value, as any JSON parser gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    /// Keys in the order written.
    Object(Vec<(String, Json)>),
}

/// The settings a configuration may use, in the order the notice lists them.
pub const KNOWN: &[&str] = &[
    "organisation",
    "naasLead",
    "preparation",
    "councils",
    "theme",
    "asAt",
    "embedded",
    "parentOrigins",
    "accessibility",
    "feedback",
];

/// The most a configuration text may hold, in bytes: many times a full real configuration, and
/// small enough to read in an instant.
pub const MAX_BYTES: usize = 64 * 1024;
/// How deep a configuration may nest objects and lists (the deepest real setting is 3 levels).
/// Deeper values are refused before decoding, which would otherwise recurse once per level and
/// could exhaust the WebAssembly's stack.
pub const MAX_DEPTH: usize = 8;

/// Text limits: long enough for any real name or description, short enough to keep a page sane.
const MAX_NAME: usize = 120;
const MAX_TEXT: usize = 600;
const MAX_OFFERS: usize = 12;
const MAX_ORIGINS: usize = 10;
/// WCAG 2.2 AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

impl Config {
    /// Checks each setting of a configuration object; a bad one is left at its default and
    /// described in the problems. `name` says where the configuration came from.
    pub fn from_json(policy: &Policy, name: &str, json: &Json) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        config.apply(policy, name, json, &mut problems);
        (config, problems)
    }

    /// Refuses a fixed date (`asAt`) after `today`: the checker speaks of the rules as they
    /// stand or stood, never of a day to come, so the date question is asked instead. Called
    /// once every configuration text is applied.
    /// The accessibility statement's dates are held the same way: a statement cannot have been
    /// prepared or reviewed on a day still to come.
    pub fn hold_to(&mut self, today: Date, problems: &mut Vec<String>) {
        if let Some(date) = self.as_at.filter(|d| *d > today) {
            self.as_at = None;
            problems.push(format!(
                "the setting \u{201c}asAt\u{201d} is {}, after today, so it is not used: the checker can only check the rules as they stand today or stood on an earlier date",
                date.long()
            ));
        }
        if let Some(statement) = &mut self.accessibility {
            for (name, day) in [
                ("prepared", &mut statement.prepared),
                ("reviewed", &mut statement.reviewed),
                ("tested", &mut statement.tested),
            ] {
                if let Some(date) = day.take_if(|d| *d > today) {
                    problems.push(format!(
                        "accessibility: {name} is {}, after today, so it is not used",
                        date.long()
                    ));
                }
            }
        }
    }

    /// Applies a configuration object's settings over these, adding any problems. A setting
    /// whose value is `null` is left as it was (as [`bound`] leaves one it refused).
    pub fn apply(&mut self, policy: &Policy, name: &str, json: &Json, problems: &mut Vec<String>) {
        let Json::Object(entries) = json else {
            problems.push(format!(
                "{name} must be a JSON object, like {{ \"organisation\": \"Anytown Council\" }}"
            ));
            return;
        };
        // Only known settings are remembered, so thousands of unknown keys still take linear time.
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in entries {
            if seen.contains(&key.as_str()) {
                problems.push(format!(
                    "the setting \u{201c}{}\u{201d} is given twice",
                    visible(key)
                ));
                continue;
            }
            if let Some(known) = KNOWN.iter().find(|k| **k == key) {
                seen.push(known);
            }
            if *value == Json::Null && seen.contains(&key.as_str()) {
                continue;
            }
            let result = match key.as_str() {
                "organisation" => text(value, MAX_NAME).map(|t| self.organisation = Some(t)),
                "naasLead" => lead(value).map(|l| self.lead = Some(l)),
                // Each bad offer, or origin, is named; the good ones still apply.
                "preparation" => offers(value).map(|(o, bad)| {
                    self.preparation = o;
                    problems.extend(bad.into_iter().map(|b| format!("preparation: {b}")));
                }),
                "councils" => councils(policy, value).map(|(first, ours)| {
                    self.councils_first = first;
                    self.ours = ours;
                }),
                "theme" => theme(value).map(|t| self.theme = Some(t)),
                "asAt" => text(value, 10)
                    .and_then(|d| {
                        Date::parse(&d).map_err(|_| {
                            format!(
                                "\u{201c}{}\u{201d} is not a real date in the form YYYY-MM-DD",
                                visible(&d)
                            )
                        })
                    })
                    .map(|d| self.as_at = Some(d)),
                "embedded" => match value {
                    Json::Bool(b) => {
                        self.embedded = Some(*b);
                        Ok(())
                    }
                    _ => Err("must be true or false, without quotes".into()),
                },
                "parentOrigins" => origins(value).map(|(o, bad)| {
                    self.parent_origins = o;
                    problems.extend(bad.into_iter().map(|b| format!("parentOrigins: {b}")));
                }),
                "accessibility" => statement(value).map(|s| self.accessibility = Some(s)),
                "feedback" => feedback(value).map(|f| self.feedback = Some(f)),
                other => {
                    problems.push(format!(
                        "\u{201c}{}\u{201d} is not a setting; the settings are: {}",
                        visible(other),
                        KNOWN.join(", ")
                    ));
                    continue;
                }
            };
            if let Err(problem) = result {
                problems.push(format!("{key}: {problem}"));
            }
        }
    }
}

/// The fields of an object that may hold only `allowed` keys.
fn fields<'a>(value: &'a Json, allowed: &[&str]) -> Result<&'a [(String, Json)], String> {
    let Json::Object(entries) = value else {
        return Err(format!("must be an object with {}", allowed.join(", ")));
    };
    match entries.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(format!(
            "\u{201c}{}\u{201d} is not one of {}",
            visible(k),
            allowed.join(", ")
        )),
        None => Ok(entries),
    }
}

fn field<'a>(entries: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    entries
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
        .filter(|v| **v != Json::Null)
}

/// The lead's contacts, with every problem among them named at once (joined by "; ").
fn lead(value: &Json) -> Result<Lead, String> {
    let f = fields(value, &["name", "email", "phone"])?;
    let mut problems = Vec::new();
    let mut get = |key: &str, max: usize| match field(f, key).map(|v| text(v, max)).transpose() {
        Ok(v) => v,
        Err(e) => {
            problems.push(format!("{key} {e}"));
            None
        }
    };
    let (name, email, phone) = (get("name", MAX_NAME), get("email", 254), get("phone", 40));
    let lead = check_lead(Lead { name, email, phone }, &mut problems);
    if problems.is_empty() {
        lead
    } else {
        Err(problems.join("; "))
    }
}

/// The offers, each good one kept and each bad one named (a value that is not a list of at most
/// [`MAX_OFFERS`] is refused whole).
fn offers(value: &Json) -> Result<(Vec<Offer>, Vec<String>), String> {
    let Json::List(items) = value else {
        return Err("must be a list of offers, each with a title".into());
    };
    if items.len() > MAX_OFFERS {
        return Err(format!("at most {MAX_OFFERS} offers, not {}", items.len()));
    }
    Ok(partition(items.iter().enumerate().map(|(i, item)| {
        let at = |problem: String| format!("offer {}: {problem}", i + 1);
        let f = fields(item, &["title", "description", "link"]).map_err(at)?;
        let title = field(f, "title").ok_or_else(|| at("needs a title".into()))?;
        let link = match field(f, "link")
            .map(|l| text(l, MAX_TEXT))
            .transpose()
            .map_err(at)?
        {
            Some(l) if safe_link(&l) => Some(lowercase_scheme(&l)),
            Some(l) => {
                return Err(at(format!(
                    "the link \u{201c}{}\u{201d} must start with https://, mailto: or tel:",
                    visible(&l)
                )))
            }
            None => None,
        };
        Ok(Offer {
            title: text(title, MAX_NAME).map_err(|e| at(format!("title {e}")))?,
            description: field(f, "description")
                .map(|d| text(d, MAX_TEXT))
                .transpose()
                .map_err(|e| at(format!("description {e}")))?,
            link,
        })
    })))
}

/// Splits results into the good values and the problems, keeping the order of each.
fn partition<T>(items: impl Iterator<Item = Result<T, String>>) -> (Vec<T>, Vec<String>) {
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for item in items {
        match item {
            Ok(value) => good.push(value),
            Err(problem) => bad.push(problem),
        }
    }
    (good, bad)
}

fn councils(policy: &Policy, value: &Json) -> Result<(Vec<CouncilId>, Option<CouncilId>), String> {
    let f = fields(value, &["first", "preselect"])?;
    let id = |v: &Json| {
        let name = text(v, 60)?;
        council(policy, &name).ok_or_else(|| {
            format!(
                "\u{201c}{}\u{201d} is not a council in the list",
                visible(&name)
            )
        })
    };
    let first = match field(f, "first") {
        Some(Json::List(items)) => items.iter().map(id).collect::<Result<Vec<_>, _>>()?,
        Some(_) => return Err("first must be a list of council ids".into()),
        None => Vec::new(),
    };
    let preselect = field(f, "preselect").map(id).transpose()?;
    Ok((first, preselect))
}

fn statement(value: &Json) -> Result<Statement, String> {
    let f = fields(
        value,
        &[
            "email",
            "phone",
            "url",
            "prepared",
            "reviewed",
            "compliance",
            "nonAccessible",
            "tested",
            "testedHow",
            "testedBy",
            "responseDays",
            "statementUrl",
        ],
    )?;
    // The contact is checked as a lead's is.
    let contact = Lead {
        name: Some(String::new()),
        email: field(f, "email")
            .map(|e| text(e, 254))
            .transpose()
            .map_err(|e| format!("email {e}"))?,
        phone: field(f, "phone")
            .map(|p| text(p, 40))
            .transpose()
            .map_err(|e| format!("phone {e}"))?,
    };
    let mut problems = Vec::new();
    let contact = check_lead(contact, &mut problems)?;
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    let https = |key: &str| -> Result<Option<String>, String> {
        match field(f, key).map(|u| text(u, MAX_TEXT)).transpose()? {
            Some(u)
                if safe_link(&u)
                    && u.get(..8)
                        .is_some_and(|s| s.eq_ignore_ascii_case("https://")) =>
            {
                Ok(Some(format!("https://{}", &u[8..])))
            }
            Some(u) => Err(format!(
                "the {key} \u{201c}{}\u{201d} must start with https://",
                visible(&u)
            )),
            None => Ok(None),
        }
    };
    let (url, statement_url) = (https("url")?, https("statementUrl")?);
    let compliance = match field(f, "compliance").map(|c| text(c, 20)).transpose()? {
        Some(c) => Some(match c.as_str() {
            "full" => Compliance::Full,
            "partial" => Compliance::Partial,
            "none" => Compliance::None,
            _ => {
                return Err(format!(
                    "compliance \u{201c}{}\u{201d} must be \"full\", \"partial\" or \"none\"",
                    visible(&c)
                ))
            }
        }),
        None => None,
    };
    let not_accessible = match field(f, "nonAccessible") {
        Some(Json::List(items)) if items.len() <= MAX_OFFERS => items
            .iter()
            .map(|i| text(i, MAX_TEXT))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("nonAccessible: each item {e}"))?,
        Some(_) => {
            return Err(format!(
                "nonAccessible must be a list of at most {MAX_OFFERS} sentences"
            ))
        }
        None => Vec::new(),
    };
    match (compliance, not_accessible.is_empty()) {
        (Some(Compliance::Partial | Compliance::None), true) => {
            return Err("a compliance of \"partial\" or \"none\" needs nonAccessible, a list of what is not accessible".into())
        }
        (Some(Compliance::Full) | None, false) => {
            return Err("nonAccessible is for a compliance of \"partial\" or \"none\"".into())
        }
        _ => {}
    }
    let words = |key: &str| {
        field(f, key)
            .map(|t| text(t, MAX_TEXT))
            .transpose()
            .map_err(|e| format!("{key} {e}"))
    };
    let (tested_how, tested_by) = (words("testedHow")?, words("testedBy")?);
    let response_days = match field(f, "responseDays") {
        Some(Json::Number(n)) if n.fract() == 0.0 && (1.0..=60.0).contains(n) => Some(*n as u32),
        Some(_) => {
            return Err("responseDays must be a whole number of working days, from 1 to 60".into())
        }
        None => None,
    };
    let date = |key: &str| -> Result<Option<Date>, String> {
        field(f, key)
            .map(|d| {
                let d = text(d, 10)?;
                Date::parse(&d).map_err(|_| {
                    format!(
                        "{key} \u{201c}{}\u{201d} is not a real date in the form YYYY-MM-DD",
                        visible(&d)
                    )
                })
            })
            .transpose()
    };
    let (prepared, reviewed, tested) = (date("prepared")?, date("reviewed")?, date("tested")?);
    if let (Some(p), Some(r)) = (prepared, reviewed) {
        if r < p {
            return Err("reviewed must not be earlier than prepared".into());
        }
    }
    Ok(Statement {
        email: contact.email,
        phone: contact.phone,
        url,
        prepared,
        reviewed,
        compliance,
        not_accessible,
        tested,
        tested_how,
        tested_by,
        response_days,
        statement_url,
    })
}

/// Where to report a problem: an https page (a form) or a mailto address, nothing else.
fn feedback(value: &Json) -> Result<String, String> {
    let link = text(value, MAX_TEXT)?;
    let lower = link.to_ascii_lowercase();
    let mailto = lower.strip_prefix("mailto:");
    let ok = safe_link(&link)
        && (lower.starts_with("https://")
            || mailto.is_some_and(|m| {
                let to = m.split('?').next().unwrap_or_default();
                to.split('@').count() == 2 && to.split('@').all(|part| !part.is_empty())
            }));
    if ok {
        Ok(lowercase_scheme(&link))
    } else {
        Err(format!(
            "the link \u{201c}{}\u{201d} must be an https:// page or a mailto: address, like mailto:naas@anytown.gov.uk",
            visible(&link)
        ))
    }
}

fn theme(value: &Json) -> Result<Theme, String> {
    let f = fields(value, &["brand", "brandText"])?;
    let brand = field(f, "brand").ok_or("needs a brand colour")?;
    // Longer than a colour can be, so that check_theme names the setting and quotes the value.
    let brand_text = field(f, "brandText").map(|t| text(t, 64)).transpose()?;
    check_theme(
        &text(brand, 64)?,
        brand_text.as_deref().unwrap_or("#ffffff"),
    )
}

/// Checks a raw configuration text against [`MAX_BYTES`] and [`MAX_DEPTH`] before anything
/// decodes it. Too large, or too deep outside any one setting, and it is refused whole (`Err`, a
/// problem naming `name`). Otherwise the text to decode, in which each top-level setting nested
/// too deeply is replaced by `null` (so [`Config::apply`] leaves it at its default) and named in
/// the problems, so the rest of the settings still apply.
///
/// It reads the text as JSON does, counting brackets outside strings; text that is not JSON may
/// be read wrongly, but then the parser refuses it, and it never nests deeper than counted.
pub fn bound<'a>(name: &str, text: &'a str) -> Result<(Cow<'a, str>, Vec<String>), String> {
    if text.len() > MAX_BYTES {
        return Err(format!(
            "{name} is {} KB, more than the {} KB a configuration may be, so none of its settings are used",
            thousands(text.len().div_ceil(1024)),
            MAX_BYTES / 1024
        ));
    }
    let too_deep = || {
        format!(
            "{name} nests lists or objects more than {MAX_DEPTH} levels deep, so none of its settings are used"
        )
    };
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut top_object = false;
    // The top-level setting being read: where its key starts and ends, where its value starts,
    // and the deepest level inside it.
    let (mut key, mut value, mut member_deepest) = ((0, 0), None::<usize>, 0usize);
    let mut string_start = 0;
    let mut cuts: Vec<(usize, usize, String)> = Vec::new();
    let (mut keys, mut twice): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    // Inside a setting whose value is an object (naasLead, theme, accessibility): its keys, and
    // whether the next string there is one; each key given twice, with its setting.
    let (mut inner_keys, mut inner_key_next): (Vec<&str>, bool) = (Vec::new(), false);
    let mut inner_twice: Vec<(&str, &str)> = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if depth == 2 && inner_key_next {
                    let name = &text[string_start..i];
                    if inner_keys.contains(&name) {
                        inner_twice.push((&text[key.0..key.1], name));
                    } else {
                        inner_keys.push(name);
                    }
                }
                if depth == 1 && top_object && value.is_none() {
                    key = (string_start, i);
                    // JSON.parse keeps only the last of a key given twice: say so, rather
                    // than let the first be dropped without a word.
                    // Only settings are tracked (an unknown key is reported anyway), so this
                    // stays linear however many keys there are.
                    let name = &text[string_start..i];
                    if keys.contains(&name) {
                        twice.push(name);
                    } else if KNOWN.contains(&name) {
                        keys.push(name);
                    }
                }
            }
            continue;
        }
        let end_of_member = match b {
            b'"' => {
                in_string = true;
                string_start = i + 1;
                false
            }
            b'{' | b'[' => {
                depth += 1;
                if depth == 1 {
                    top_object = b == b'{';
                }
                if depth == 2 {
                    inner_keys.clear();
                    inner_key_next = b == b'{' && top_object;
                }
                if value.is_some() {
                    member_deepest = member_deepest.max(depth);
                } else if depth > MAX_DEPTH {
                    return Err(too_deep());
                }
                false
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                depth == 0
            }
            b':' if depth == 1 && top_object => {
                value = Some(i + 1);
                member_deepest = 0;
                false
            }
            b':' if depth == 2 => {
                inner_key_next = false;
                false
            }
            b',' if depth == 2 => {
                // In an object, a key comes next; in a list, never.
                inner_key_next = !inner_keys.is_empty();
                false
            }
            b',' => depth == 1,
            _ => false,
        };
        if let (true, Some(start)) = (end_of_member, value) {
            if member_deepest > MAX_DEPTH {
                let setting = visible(&text[key.0..key.1]);
                cuts.push((start, i, setting));
            }
            value = None;
        }
    }
    if value.is_some() && member_deepest > MAX_DEPTH {
        return Err(too_deep());
    }
    let mut problems: Vec<String> = twice
        .iter()
        .map(|k| {
            format!(
                "the setting \u{201c}{}\u{201d} is given twice in {name}; only the last is used",
                visible(k)
            )
        })
        .chain(inner_twice.iter().map(|(setting, k)| {
            format!(
                "the setting \u{201c}{}\u{201d} has \u{201c}{}\u{201d} twice in {name}; only the last is used",
                visible(setting),
                visible(k)
            )
        }))
        .collect();
    if cuts.is_empty() {
        return Ok((Cow::Borrowed(text), problems));
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (start, end, setting) in cuts {
        out.push_str(&text[from..start]);
        out.push_str(" null");
        from = end;
        problems.push(format!(
            "{setting}: nests lists or objects more than {MAX_DEPTH} levels deep"
        ));
    }
    out.push_str(&text[from..]);
    Ok((Cow::Owned(out), problems))
}

/// Whether the text fetched for `naas-config.json` is a web page rather than settings: a host
/// may answer a missing file with its home page or an error page (HTML, which JSON can never
/// start with). That means the council has no settings file, so nothing is reported.
pub fn is_page(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .starts_with('<')
}

/// The problem for a configuration text that is not JSON; `detail` is the parser's message,
/// which may quote the text.
pub fn not_json(name: &str, detail: &str) -> String {
    format!("{name} is not valid JSON ({})", visible_within(detail, 120))
}

/// Whether a link is safe to put in the page: https, mailto or tel only, with nothing invisible in it.
pub fn safe_link(link: &str) -> bool {
    let lower = link.trim().to_ascii_lowercase();
    let rest = ["https://", "mailto:", "tel:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    match rest {
        Some(rest) => {
            !rest.is_empty()
                && !link.chars().any(|c| {
                    c.is_whitespace()
                        || c.is_control()
                        || HIDDEN.contains(&c)
                        || c == '"'
                        || c == '<'
                        || c == '>'
                })
        }
        None => false,
    }
}

/// The link with its scheme in lowercase ("Https://x" is "https://x"), so every page treats it
/// as the scheme it is.
fn lowercase_scheme(link: &str) -> String {
    match link.split_once(':') {
        Some((scheme, rest)) => format!("{}:{rest}", scheme.to_ascii_lowercase()),
        None => link.to_string(),
    }
}

/// The origins of pages allowed to embed the checker: "https://" or "http://", a host name, and
/// an optional port, with nothing after.
fn origins(value: &Json) -> Result<(Vec<String>, Vec<String>), String> {
    let Json::List(items) = value else {
        return Err("must be a list of origins, like [\"https://intranet.anytown.gov.uk\"]".into());
    };
    if items.len() > MAX_ORIGINS {
        return Err(format!(
            "at most {MAX_ORIGINS} origins, not {}",
            items.len()
        ));
    }
    Ok(partition(items.iter().map(|item| {
            let given = text(item, 200)?;
            let origin = given.trim_end_matches('/').to_ascii_lowercase();
            let host = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            let ok = host.is_some_and(|host| {
                let (name, port) = host.split_once(':').unwrap_or((host, "80"));
                !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                    && port.chars().all(|c| c.is_ascii_digit())
                    && port.parse::<u16>().is_ok_and(|p| p > 0)
            });
            // A browser writes an origin without its scheme's default port and without a
            // trailing dot, so an entry written with either would never match one.
            let (name, port) = host.map_or(("", None), |h| match h.split_once(':') {
                Some((name, port)) => (name, Some(port)),
                None => (h, None),
            });
            let default_port = match port {
                Some("443") if origin.starts_with("https://") => Some("443"),
                Some("80") if origin.starts_with("http://") => Some("80"),
                _ => None,
            };
            if let (true, Some(port)) = (ok, default_port) {
                Err(format!(
                    "\u{201c}{}\u{201d} names its scheme's default port, :{port}, which a browser leaves out of an origin, so it would never match: leave :{port} out",
                    visible(&given)
                ))
            } else if ok && name.ends_with('.') {
                Err(format!(
                    "\u{201c}{}\u{201d} ends its host with a dot, which a browser's origin does not have, so it would never match: leave the dot out",
                    visible(&given)
                ))
            } else if ok {
                Ok(origin)
            } else {
                Err(format!(
                    "\u{201c}{}\u{201d} is not an origin like https://intranet.anytown.gov.uk (a scheme and a host, with no path)",
                    visible(&given)
                ))
            }
        })))
}

/// The contrast ratio of two "#rrggbb" colours, as WCAG defines it (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Reads "#rgb" or "#rrggbb".
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let bytes = hex.as_bytes();
    match bytes.len() {
        3 => Some([
            digit(bytes[0])? * 17,
            digit(bytes[1])? * 17,
            digit(bytes[2])? * 17,
        ]),
        6 => {
            let pair = |i: usize| Some(digit(bytes[i])? * 16 + digit(bytes[i + 1])?);
            Some([pair(0)?, pair(2)?, pair(4)?])
        }
        _ => None,
    }
}

fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// `x` to the power 2.4, for `x` in (0, 1]: x² times the fifth root of x², found by Newton's
/// method from above. The WebAssembly then carries no general `powf` (about 1 KB gzipped).
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0f64;
    for _ in 0..64 {
        let next = (4.0 * y + a / (y * y * y * y)) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    a * y
}

fn check_theme(brand: &str, brand_text: &str) -> Result<Theme, String> {
    let colour = |name: &str, value: &str| {
        parse_colour(value).ok_or_else(|| {
            format!(
                "{name} \u{201c}{}\u{201d} is not a colour like #1d70b8",
                visible(value)
            )
        })
    };
    let (b, t) = (colour("brand", brand)?, colour("brandText", brand_text)?);
    let ratio = contrast(b, t);
    if ratio < MIN_CONTRAST {
        // Tenths by integer arithmetic: float formatting would add kilobytes to the WebAssembly.
        let tenths = (ratio * 10.0) as u32;
        return Err(format!(
            "the text colour {brand_text} on {brand} has a contrast of {}.{} to 1, below the 4.5 to 1 that WCAG requires",
            tenths / 10,
            tenths % 10
        ));
    }
    let hex = |c: [u8; 3]| format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
    Ok(Theme {
        brand: hex(b),
        brand_text: hex(t),
    })
}

fn check_lead(lead: Lead, problems: &mut Vec<String>) -> Result<Lead, String> {
    let name = lead.name;
    let email = lead.email.and_then(|e| {
        let e = e.trim().to_string();
        let ok = e.len() <= 254
            && e.split('@').count() == 2
            && e.split('@').all(|part| !part.is_empty())
            && safe_link(&format!("mailto:{e}"));
        if !ok {
            problems.push(format!(
                "email \u{201c}{}\u{201d} is not an email address",
                visible(&e)
            ));
        }
        ok.then_some(e)
    });
    let phone = lead.phone.and_then(|p| {
        let p = p.trim().to_string();
        let (number, extension) = split_extension(&p);
        let digits = number.chars().filter(|c| c.is_ascii_digit()).count();
        let ok = (6..=20).contains(&digits)
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || " +()-".contains(c))
            && extension.is_none_or(|e| {
                (1..=6).contains(&e.len()) && e.chars().all(|c| c.is_ascii_digit())
            });
        if !ok {
            problems.push(format!(
                "phone \u{201c}{}\u{201d} is not a phone number",
                visible(&p)
            ));
        }
        ok.then_some(p)
    });
    if problems.is_empty() && name.is_none() && email.is_none() && phone.is_none() {
        return Err("give at least a name, an email or a phone number".into());
    }
    Ok(Lead { name, email, phone })
}

/// A phone number as written, and its extension if it has one ("01234 567890 ext. 12",
/// "extension 12", "x12"): the extension's digits, or what follows the marker when it is not
/// digits, for the caller to refuse.
fn split_extension(phone: &str) -> (&str, Option<&str>) {
    let lower = phone.to_ascii_lowercase();
    match lower.find("ext").or_else(|| lower.find('x')) {
        Some(at) => {
            let rest = phone[at..]
                .trim_start_matches(|c: char| c.is_ascii_alphabetic() || ". :".contains(c));
            (phone[..at].trim_end(), Some(rest.trim()))
        }
        None => (phone, None),
    }
}

/// The `tel:` address of a checked phone number: its digits (and a leading +), then, for an
/// extension, a pause (",") and the extension, which a phone dials once the call connects.
///
/// An international number written with its national trunk zero in brackets, as UK numbers
/// often are ("+44 (0)1632 960123"), dials without it: the zero is for calls from within the
/// country only.
pub fn tel(phone: &str) -> String {
    let (number, extension) = split_extension(phone);
    let mut out = String::from("tel:");
    let international = number.trim_start().starts_with('+');
    let number = if international {
        out.push('+');
        number.replacen("(0)", "", 1)
    } else {
        number.to_string()
    };
    out.extend(number.chars().filter(|c| c.is_ascii_digit()));
    if let Some(extension) = extension {
        out.push(',');
        out.push_str(extension);
    }
    out
}

/// A council's id in the policy, by its id in the policy file.
fn council(policy: &Policy, id: &str) -> Option<CouncilId> {
    let q = policy.council_question?;
    let o = policy.option_by_id(q, id)?;
    policy.choice(q, o).council
}

/// A text value of at most `max` characters.
fn text(value: &Json, max: usize) -> Result<String, String> {
    let Json::Text(value) = value else {
        return Err("must be text in quotes".into());
    };
    let value = value.trim();
    if value.is_empty() {
        Err("must not be empty".into())
    } else if value.chars().count() > max {
        Err(format!("must be at most {max} characters"))
    } else if value.chars().any(|c| c.is_control()) {
        Err("must not contain control characters".into())
    } else if value
        .chars()
        .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    {
        // Embeddings, overrides and isolates: they could show a name reversed or out of place.
        Err("must not contain characters that change the direction of the text".into())
    } else {
        Ok(value.to_string())
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Text(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
        Ok(Json::Text(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            entries.push((key, value));
        }
        Ok(Json::Object(entries))
    }
}

/// A short, printable version of untrusted text for a message: no control or hidden characters.
fn visible(text: &str) -> String {
    visible_within(text, 60)
}
