//! The NAAS checker's maintainer tools, native only: the flow chart drawn from the rules (used by the `policy` tool).

pub mod chart;
