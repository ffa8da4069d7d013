//! HTML written as strings, for parts of the page that are plain text and links: each
//! distinct `view!` tree costs the wasm its own build/hydrate/rebuild code, while one
//! `inner_html` costs almost nothing. Every value is escaped here.
mod curated;
mod detail;
mod facets;
mod legend;
mod overview;
mod plan;
mod print;
mod results;
mod search;
mod share;

pub use curated::curation_links;
pub use detail::detail_body;
pub use facets::{facet_groups, FacetGroup, FacetItem};
pub use legend::legend_items;
pub use overview::{profile_body, sector_tables};
pub use plan::{marked, plan_hits, section_body, toc_items};
pub use print::print_entries;
pub use results::result_rows;
pub use search::{suggestion_items, Suggestion};
pub use share::{share_controls, share_outputs, ShareLinks};
