//! Council configuration: what a deploying organisation may set without rebuilding, checked into safe values and a list of problems.
//!
//! Each setting is read on its own, so one bad setting falls back to its default without
//! losing the others. The caller decodes JSON (the browser's `JSON.parse` in the app,
//! serde_json in tests) and hands each top-level entry to [`Config::from_entries`] through the
//! [`Entry`] trait; nothing here touches the browser.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::date::Date;
use crate::policy::{CouncilId, Policy};

/// The settings a council can make, all optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The organisation's name, shown in the header.
    pub organisation: Option<String>,
    pub lead: Option<Lead>,
    pub preparation: Vec<Offer>,
    /// Councils to list first in the council question, in this order.
    pub councils_first: Vec<CouncilId>,
    /// The council chosen in advance in the council question.
    pub preselect: Option<CouncilId>,
    pub theme: Option<Theme>,
    /// A fixed date to check the rules for; the date question is then not asked.
    pub as_at: Option<Date>,
}

/// The organisation's NAAS lead.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

/// A local preparation offer.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
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

/// One top-level setting, as decoded JSON. The app implements it for the browser's values.
pub trait Entry {
    /// Decodes the value as `T`, or says why it cannot be.
    fn decode<T: DeserializeOwned>(&self) -> Result<T, String>;
}

/// The settings a configuration may use, in the order the notice lists them.
pub const KNOWN: &[&str] = &[
    "organisation",
    "naasLead",
    "preparation",
    "councils",
    "theme",
    "asAt",
];

/// Text limits: long enough for any real name or description, short enough to keep a page sane.
const MAX_NAME: usize = 120;
const MAX_TEXT: usize = 600;
const MAX_OFFERS: usize = 12;
/// WCAG 2.2 AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCouncils {
    #[serde(default)]
    first: Vec<String>,
    #[serde(default)]
    preselect: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RawTheme {
    brand: String,
    #[serde(default)]
    brand_text: Option<String>,
}

impl Config {
    /// Checks each setting; a bad one is left at its default and described in the problems.
    pub fn from_entries<E: Entry>(
        policy: &Policy,
        entries: &[(String, E)],
    ) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in entries {
            if seen.contains(&key.as_str()) {
                problems.push(format!(
                    "the setting \u{201c}{}\u{201d} is given twice",
                    visible(key)
                ));
                continue;
            }
            seen.push(key);
            let result = match key.as_str() {
                "organisation" => value.decode::<String>().and_then(|name| {
                    config.organisation = Some(text(&name, MAX_NAME)?);
                    Ok(())
                }),
                "naasLead" => value.decode::<Lead>().and_then(|lead| {
                    config.lead = Some(check_lead(lead)?);
                    Ok(())
                }),
                "preparation" => value.decode::<Vec<Offer>>().and_then(|offers| {
                    config.preparation = check_offers(offers)?;
                    Ok(())
                }),
                "councils" => value.decode::<RawCouncils>().and_then(|c| {
                    let id = |name: &str| {
                        council(policy, name).ok_or_else(|| {
                            format!(
                                "\u{201c}{}\u{201d} is not a council in the list",
                                visible(name)
                            )
                        })
                    };
                    let first = c
                        .first
                        .iter()
                        .map(|n| id(n))
                        .collect::<Result<Vec<_>, _>>()?;
                    let preselect = c.preselect.as_deref().map(id).transpose()?;
                    config.councils_first = first;
                    config.preselect = preselect;
                    Ok(())
                }),
                "theme" => value.decode::<RawTheme>().and_then(|t| {
                    config.theme = Some(check_theme(
                        &t.brand,
                        t.brand_text.as_deref().unwrap_or("#ffffff"),
                    )?);
                    Ok(())
                }),
                "asAt" => value.decode::<String>().and_then(|d| {
                    config.as_at = Some(Date::parse(&d).map_err(|_| {
                        format!(
                            "\u{201c}{}\u{201d} is not a real date in the form YYYY-MM-DD",
                            visible(&d)
                        )
                    })?);
                    Ok(())
                }),
                other => Err(format!(
                    "\u{201c}{}\u{201d} is not a setting; the settings are: {}",
                    visible(other),
                    KNOWN.join(", ")
                )),
            };
            if let Err(problem) = result {
                let problem = if KNOWN.contains(&key.as_str()) {
                    format!("{key}: {problem}")
                } else {
                    problem
                };
                problems.push(problem);
            }
        }
        (config, problems)
    }
}

/// Whether a link is safe to put in the page: https, mailto or tel only.
pub fn safe_link(link: &str) -> bool {
    let lower = link.trim().to_ascii_lowercase();
    let rest = ["https://", "mailto:", "tel:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    match rest {
        Some(rest) => {
            !rest.is_empty()
                && !link.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'
                })
        }
        None => false,
    }
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
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
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

fn check_lead(lead: Lead) -> Result<Lead, String> {
    let name = lead.name.map(|n| text(&n, MAX_NAME)).transpose()?;
    let email = lead.email.map(|e| {
        let e = e.trim().to_string();
        let ok = e.len() <= 254
            && e.split('@').count() == 2
            && e.split('@').all(|part| !part.is_empty())
            && safe_link(&format!("mailto:{e}"));
        if ok {
            Ok(e)
        } else {
            Err(format!(
                "email \u{201c}{}\u{201d} is not an email address",
                visible(&e)
            ))
        }
    });
    let phone = lead.phone.map(|p| {
        let p = p.trim().to_string();
        let digits = p.chars().filter(|c| c.is_ascii_digit()).count();
        if (6..=20).contains(&digits)
            && p.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c))
        {
            Ok(p)
        } else {
            Err(format!(
                "phone \u{201c}{}\u{201d} is not a phone number",
                visible(&p)
            ))
        }
    });
    if name.is_none() && email.is_none() && phone.is_none() {
        return Err("give at least a name, an email or a phone number".into());
    }
    Ok(Lead {
        name,
        email: email.transpose()?,
        phone: phone.transpose()?,
    })
}

fn check_offers(offers: Vec<Offer>) -> Result<Vec<Offer>, String> {
    if offers.len() > MAX_OFFERS {
        return Err(format!("at most {MAX_OFFERS} offers, not {}", offers.len()));
    }
    offers
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let at = |problem: String| format!("offer {}: {problem}", i + 1);
            let link = match o.link {
                Some(l) if safe_link(&l) => Some(l.trim().to_string()),
                Some(l) => {
                    return Err(at(format!(
                        "the link \u{201c}{}\u{201d} must start with https://, mailto: or tel:",
                        visible(&l)
                    )))
                }
                None => None,
            };
            Ok(Offer {
                title: text(&o.title, MAX_NAME).map_err(at)?,
                description: o
                    .description
                    .map(|d| text(&d, MAX_TEXT))
                    .transpose()
                    .map_err(at)?,
                link,
            })
        })
        .collect()
}

/// A council's id in the policy, by its id in the policy file.
fn council(policy: &Policy, id: &str) -> Option<CouncilId> {
    let q = policy.council_question?;
    let o = policy.option_by_id(q, id)?;
    policy.choice(q, o).council
}

fn text(value: &str, max: usize) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        Err("must not be empty".into())
    } else if value.chars().count() > max {
        Err(format!("must be at most {max} characters"))
    } else if value.chars().any(|c| c.is_control()) {
        Err("must not contain control characters".into())
    } else {
        Ok(value.to_string())
    }
}

/// A short, printable version of untrusted text for a message.
fn visible(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).take(60).collect();
    if text.chars().count() > 60 {
        format!("{clean}\u{2026}")
    } else {
        clean
    }
}
