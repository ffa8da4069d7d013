//! An editor's side: proposing a suggestion, and rebasing it when the entity moved on.
use app::model::{wire_name, Entity, EntityProps};
use serde_json::{json, Value};
use sqlx::AnyConnection;

use super::diff::stored;
use super::{apply, check_source, create, diff, CurationError, Datum, Proposal, Published};
use crate::auth::accounts::Actor;
use crate::data::Data;
use crate::store::{now_ms, random_id, RevisionRow, Store, SuggestionRow};

/// Entity `id` as the store knows it now (another replica may have published since this
/// one last looked); `None` if it exists nowhere.
pub(super) async fn state_of(
    conn: &mut AnyConnection,
    published: &Published,
    id: &str,
) -> Result<Option<EntityProps>, CurationError> {
    if let Some(row) = RevisionRow::of(conn, id, None).await? {
        let mut props: EntityProps = serde_json::from_str(&row.props)
            .map_err(|e| CurationError::Corrupt(format!("revision {}: {e}", row.seq)))?;
        props.revision = u64::try_from(row.revision).unwrap_or_default();
        return Ok(Some(props));
    }
    Ok(published
        .baseline()
        .catalogue
        .entity(id)
        .map(|e| e.props.clone()))
}

/// The catalogue's own rules (a site inside its city, lon/lat order …) for the result.
pub(super) fn checked(data: &Data, id: &str, props: &EntityProps) -> Result<(), CurationError> {
    let e = Entity {
        id: id.to_owned(),
        props: props.clone(),
    };
    data.catalogue
        .check(&e, &data.basemap)
        .map_err(|reason| CurationError::bad("changes", reason))
}

pub(super) fn stale(base: u64, now: u64) -> CurationError {
    CurationError::Conflict(format!(
        "based on revision {base}, but the entity is now at revision {now}: rebase the \
         suggestion (POST …/rebase) or propose it again"
    ))
}

/// An id for a new entity: its name's slug, numbered if taken.
fn free_id(data: &Data, slug: &str) -> Result<String, CurationError> {
    if slug.is_empty() {
        return Err(CurationError::bad(
            "changes.name_en",
            "an English name with latin letters or digits (the new entity's id comes from it)",
        ));
    }
    (1..100)
        .map(|n| match n {
            1 => slug.to_owned(),
            n => format!("{slug}-{n}"),
        })
        .find(|id| data.catalogue.entity(id).is_none())
        .ok_or_else(|| CurationError::Conflict(format!("too many entities named {slug}")))
}

/// Records a pending suggestion; its id.
pub async fn propose(
    store: &Store,
    published: &Published,
    actor: &Actor,
    p: Proposal,
) -> Result<String, CurationError> {
    check_source(&p.reason, &p.source)?;
    let datum = Datum::parse("datum", p.datum.as_deref())?;
    let data = published.current();
    let mut tx = store.write().await?;
    let (entity_id, old, new, base) = match &p.entity_id {
        Some(id) => {
            let old = state_of(&mut tx, published, id)
                .await?
                .ok_or_else(|| CurationError::NotFound(format!("no entity {id:?}")))?;
            let base = p.base_revision.ok_or_else(|| {
                CurationError::bad(
                    "base_revision",
                    "the properties.revision the change is based on",
                )
            })?;
            if base != old.revision {
                return Err(stale(base, old.revision));
            }
            let current = Entity {
                id: id.clone(),
                props: old.clone(),
            };
            let new = apply(&current, &p.changes, datum)?;
            (id.clone(), Some(old), new, base)
        }
        None => {
            let (slug, new) = create(&p.changes, datum)?;
            (free_id(&data, &slug)?, None, new, 0)
        }
    };
    checked(&data, &entity_id, &new)?;
    let changes = diff(old.as_ref(), &new);
    if changes.is_empty() {
        return Err(CurationError::bad("changes", "changes nothing"));
    }
    // Stored with WGS-84 coordinates, so approval applies it as it is.
    let mut patch = p.changes.clone();
    if old.is_none() {
        patch = Value::Object(stored(&new));
    } else if let Some(m) = patch.get_mut("members") {
        *m = json!(new.members);
    }
    let row = SuggestionRow {
        id: random_id()?,
        entity_id,
        is_new: old.is_none(),
        base_revision: i64::try_from(base).unwrap_or(i64::MAX),
        changes: patch.to_string(),
        diff: json!(changes).to_string(),
        reason: p.reason.trim().to_owned(),
        source: json!(p.source).to_string(),
        author: actor.name.clone().unwrap_or_default(),
        cities: new.cities.join("|"),
        sectors: new
            .sectors
            .iter()
            .map(wire_name)
            .collect::<Vec<_>>()
            .join("|"),
        status: "pending".into(),
        reviewer: None,
        comment: None,
        created_at: now_ms(),
        decided_at: None,
    };
    row.insert(&mut tx).await?;
    let detail = json!({"entity": row.entity_id, "fields": changes.iter().map(|c| &c.field).collect::<Vec<_>>()});
    actor
        .record("suggestion.propose", &row.id, detail)
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    Ok(row.id)
}

/// Moves the author's pending suggestion onto the entity's current revision, if its
/// changes still apply there.
pub async fn rebase(
    store: &Store,
    published: &Published,
    actor: &Actor,
    id: &str,
) -> Result<u64, CurationError> {
    let mut tx = store.write().await?;
    let row = SuggestionRow::get(&mut tx, id)
        .await?
        .ok_or_else(|| CurationError::NotFound(format!("no suggestion {id:?}")))?;
    if actor.name.as_deref() != Some(row.author.as_str()) {
        return Err(CurationError::Forbidden(
            "only its author rebases a suggestion".into(),
        ));
    }
    if row.status != "pending" || row.is_new {
        return Err(CurationError::Conflict(format!(
            "the suggestion is {}, not a pending change",
            row.status
        )));
    }
    let old = state_of(&mut tx, published, &row.entity_id)
        .await?
        .ok_or_else(|| CurationError::NotFound(format!("no entity {:?}", row.entity_id)))?;
    let patch: Value = serde_json::from_str(&row.changes)
        .map_err(|e| CurationError::Corrupt(format!("suggestion {id}: {e}")))?;
    let current = Entity {
        id: row.entity_id.clone(),
        props: old.clone(),
    };
    let new = apply(&current, &patch, Datum::Wgs84)?;
    checked(&published.current(), &row.entity_id, &new)?;
    let changes = diff(Some(&old), &new);
    let base = i64::try_from(old.revision).unwrap_or(i64::MAX);
    SuggestionRow::rebase(&mut tx, id, base, &json!(changes).to_string()).await?;
    tx.commit().await?;
    Ok(old.revision)
}
