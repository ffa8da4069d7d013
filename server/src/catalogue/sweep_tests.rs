//! The completeness sweep: every place-like phrase of the plan is either in the catalogue
//! (as a name, alias or member site) or in `data/excluded.json` with a reason.
use std::path::Path;

use super::Catalogue;
use crate::basemap::BaseMap;

/// Suffixes that end the names of parks, bases, zones, clusters and platforms. Longer
/// suffixes first: at each position only the longest one counts (园区 before 园).
const SUFFIXES: [&str; 17] = [
    "开发区",
    "高新区",
    "示范区",
    "试验区",
    "集中区",
    "科学城",
    "实验室",
    "研究院",
    "研究所",
    "园区",
    "基地",
    "集群",
    "专区",
    "小镇",
    "中心",
    "园",
    "城",
];

fn catalogue() -> Catalogue {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let basemap = BaseMap::load(&dir.join(crate::data::BASEMAP_FILE)).unwrap();
    Catalogue::load(&dir, &basemap).unwrap()
}

/// `(byte offset of the end, context)` of every suffix hit not covered by a known phrase.
fn uncovered(c: &Catalogue) -> Vec<(usize, String)> {
    let text = c.plan.normalised();
    let mut known: Vec<&str> = c.excluded.iter().map(|x| x.phrase.as_str()).collect();
    for e in &c.entities {
        known.push(&e.props.name_zh);
        known.extend(e.props.aliases.iter().map(String::as_str));
        known.extend(e.props.members.iter().map(|m| m.name_zh.as_str()));
    }
    let known: Vec<String> = known
        .into_iter()
        .map(crate::plan::text::normalise)
        .collect();
    let mut out = Vec::new();
    let mut skip_until = 0;
    for (i, _) in text.char_indices() {
        if i < skip_until {
            continue;
        }
        let Some(suffix) = SUFFIXES.iter().find(|s| text[i..].starts_with(**s)) else {
            continue;
        };
        let end = i + suffix.len();
        skip_until = end;
        if !known.iter().any(|k| text[..end].ends_with(k.as_str())) {
            let start = text[..i].char_indices().rev().nth(11).map_or(0, |(j, _)| j);
            out.push((end, text[start..end].to_string()));
        }
    }
    out
}

#[test]
fn every_place_like_phrase_is_catalogued_or_excluded() {
    let c = catalogue();
    let missing = uncovered(&c);
    let listing: Vec<String> = missing
        .iter()
        .map(|(at, ctx)| format!("  @{at}: …{ctx}"))
        .collect();
    assert!(
        missing.is_empty(),
        "{} place-like phrases are neither in data/entities.geojson nor in data/excluded.json:\n{}",
        missing.len(),
        listing.join("\n")
    );
}

#[test]
fn exclusions_are_reasoned_and_appear_in_the_plan() {
    let c = catalogue();
    for x in &c.excluded {
        assert!(!x.reason.trim().is_empty(), "{:?} has no reason", x.phrase);
        assert!(
            c.plan.contains(&x.phrase),
            "{:?} is not in the plan text",
            x.phrase
        );
    }
}
