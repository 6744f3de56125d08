//! The NAAS checker's maintainer tools, native only: the flow chart drawn from the rules (used by the `policy` tool), the README's list of council ids, and the check that the rules are current.

pub mod chart;
pub mod currency;
pub mod readme;
