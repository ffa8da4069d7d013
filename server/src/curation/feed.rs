//! The change feed (Atom, RFC 4287): the newest published revisions, optionally only those
//! of entities in some cities or sectors, so a bureau can follow its own city.
use std::collections::BTreeSet;

use app::model::{wire_name, ChangeSource, EntityProps, FieldChange};
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};

use super::queue::any_of;
use super::CurationError;
use crate::store::{RevisionRow, Store};

/// How many revisions a feed holds (a reader polls, so the newest suffice).
const FEED_ENTRIES: i64 = 100;
/// Scanned to fill a filtered feed.
const SCANNED: i64 = 2000;

fn rfc3339(ms: i64) -> FixedDateTime {
    let t = time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let text = t
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    FixedDateTime::parse_from_rfc3339(&text).unwrap_or_default()
}

fn link(href: String) -> Link {
    let mut l = Link::default();
    l.set_href(href);
    l
}

/// One revision as an entry; every text is plain (the XML writer escapes it).
fn entry(row: &RevisionRow, props: &EntityProps, base_url: &str) -> Result<Entry, CurationError> {
    let corrupt =
        |e: serde_json::Error| CurationError::Corrupt(format!("revision {}: {e}", row.seq));
    let source: ChangeSource = serde_json::from_str(&row.source).map_err(corrupt)?;
    let changes: Vec<FieldChange> = serde_json::from_str(&row.diff).map_err(corrupt)?;
    let fields: Vec<String> = changes
        .iter()
        .map(|c| format!("{}: {} → {}", c.field, c.old, c.new))
        .collect();
    let mut e = Entry::default();
    e.set_id(format!(
        "{base_url}/api/v1/entities/{}/history#r{}",
        row.entity_id, row.revision
    ));
    e.set_title(Text::plain(format!(
        "{} · {} — r{}",
        props.name_zh, props.name_en, row.revision
    )));
    e.set_updated(rfc3339(row.at));
    let mut who = Person::default();
    who.set_name(format!(
        "{} (approved by {})",
        row.proposed_by, row.approved_by
    ));
    e.set_authors(vec![who]);
    e.set_links(vec![link(format!("{base_url}/?sel={}", row.entity_id))]);
    let summary = format!(
        "{}\nSource / 来源: {}\n{}",
        row.reason,
        source.describe(),
        fields.join("\n")
    );
    e.set_summary(Some(Text::plain(summary)));
    Ok(e)
}

/// The feed's XML. `base_url` makes ids and links absolute (`http://host`).
pub async fn changes_feed(
    store: &Store,
    cities: &BTreeSet<String>,
    sectors: &BTreeSet<String>,
    base_url: &str,
) -> Result<String, CurationError> {
    let mut conn = store.pool.acquire().await?;
    let rows = RevisionRow::list(&mut conn, None, SCANNED).await?;
    let mut entries = Vec::new();
    for row in &rows {
        let props: EntityProps = serde_json::from_str(&row.props)
            .map_err(|e| CurationError::Corrupt(format!("revision {}: {e}", row.seq)))?;
        let sector_names: Vec<String> = props.sectors.iter().map(wire_name).collect();
        if any_of(cities, &props.cities.join("|")) && any_of(sectors, &sector_names.join("|")) {
            entries.push(entry(row, &props, base_url)?);
        }
        if entries.len() as i64 >= FEED_ENTRIES {
            break;
        }
    }
    let mut feed = Feed::default();
    feed.set_id(format!("{base_url}/feeds/changes.atom"));
    feed.set_title(Text::plain(
        "福建战新产业集群地图 · 更新 / Fujian Cluster Atlas · changes",
    ));
    let newest = rows.first().map_or(0, |r| r.at);
    feed.set_updated(rfc3339(newest));
    let mut own = link(format!("{base_url}/feeds/changes.atom"));
    own.set_rel("self");
    feed.set_links(vec![own]);
    feed.set_entries(entries);
    Ok(feed.to_string())
}
