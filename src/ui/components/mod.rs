//! Small GOV.UK Design System components, each given plain data and callbacks.

mod back_link;
mod error_summary;
pub(crate) mod layout;
mod radios;
mod sources;
mod summary_list;

pub use back_link::BackLink;
pub use error_summary::{ErrorItem, ErrorSummary};
pub use layout::Layout;
pub use radios::{RadioItem, Radios};
pub use sources::{ExternalLink, SourceLinks};
pub use summary_list::{SummaryList, SummaryRow};
