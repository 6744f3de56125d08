//! The readiness content file exactly as written: plain serde structs with string ids, not yet checked.

use serde::Deserialize;

use crate::policy::raw::RawSourced;

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawReadiness {
    /// The id of the eligibility question whose options the sets' `roles` name.
    pub role_question: String,
    /// The id of the policy's timeline period during which NAAS ran.
    pub naas_period: String,
    /// Said to roles no set lists.
    pub not_covered: RawSourced,
    /// Social Work England's CPD for registration renewal, for the plan after NAAS.
    pub cpd: RawCpd,
    #[serde(default)]
    pub scale: Vec<RawLevel>,
    #[serde(default)]
    pub sets: Vec<RawSet>,
    #[serde(default)]
    pub statements: Vec<RawStatement>,
    #[serde(default)]
    pub checks: Vec<RawCheck>,
    #[serde(default)]
    pub assessment: Vec<RawFact>,
    #[serde(default)]
    pub support: Vec<RawFact>,
    /// Said with the practical checks and what the assessment involved: NAAS has closed.
    pub naas_closed: RawSourced,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub id: String,
    pub label: String,
    pub hint: String,
    pub develop: bool,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSet {
    pub id: String,
    /// Whom the set is for, as a short name ("Practice supervisors").
    pub name: String,
    pub label: String,
    pub title: String,
    pub assessed: bool,
    /// The day it applies from, if it was added after the others (none: from before NAAS).
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    pub note: String,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Whose headings these are and where the official statements are.
    pub headings_note: RawSourced,
    /// When another standard takes this one's place, if that is announced.
    #[serde(default)]
    pub replaced: Option<RawReplaced>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawReplaced {
    pub from: String,
    /// When the change was announced: before it, nothing of it is said.
    pub announced: String,
    /// Said once the other standard applies (the date checked and today both on or after `from`).
    pub text: String,
    /// Said before then, in the future tense.
    pub text_future: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    pub id: String,
    pub set: String,
    pub number: u8,
    pub heading: String,
    pub status: String,
    #[serde(default)]
    pub status_sources: Vec<String>,
    pub summary: String,
    #[serde(default)]
    pub guidance: Vec<RawSourced>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    pub id: String,
    pub label: String,
    pub advice: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub id: String,
    #[serde(default)]
    pub heading: Option<String>,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawCpd {
    pub as_of: String,
    pub prompts: Vec<String>,
    #[serde(default)]
    pub prompt_sources: Vec<String>,
    #[serde(default)]
    pub rules: Vec<RawFact>,
}
