//! A reviewer's side: approving (which publishes a revision) and rejecting.
use app::model::{Entity, EntityProps};
use serde_json::{json, Value};
use sqlx::{Any, Transaction};

use super::diff::stored;
use super::propose::{checked, stale, state_of};
use super::{apply, create, diff, CurationError, Datum, Published};
use crate::auth::accounts::Actor;
use crate::store::{now_ms, RevisionRow, Store, SuggestionRow};

/// What an approval or a revert published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Decision {
    pub revision: u64,
    pub seq: i64,
}

pub(super) fn name(actor: &Actor) -> String {
    actor.name.clone().unwrap_or_default()
}

/// What a revision row needs besides the new state.
pub(super) struct Publication<'a> {
    pub(super) entity_id: &'a str,
    pub(super) old: Option<&'a EntityProps>,
    pub(super) new: &'a EntityProps,
    pub(super) suggestion_id: Option<String>,
    pub(super) proposed_by: String,
    pub(super) approved_by: String,
    pub(super) reason: String,
    pub(super) source: String,
}

/// Adds the revision after the entity's current one, as the next `seq`.
pub(super) async fn record(
    tx: &mut Transaction<'static, Any>,
    store: &Store,
    p: Publication<'_>,
) -> Result<Decision, CurationError> {
    RevisionRow::lock(tx, store.backend).await?;
    let seq = RevisionRow::max_seq(tx).await? + 1;
    let revision = p.old.map_or(0, |o| o.revision) + 1;
    RevisionRow {
        seq,
        entity_id: p.entity_id.to_owned(),
        revision: i64::try_from(revision).unwrap_or(i64::MAX),
        props: Value::Object(stored(p.new)).to_string(),
        diff: json!(diff(p.old, p.new)).to_string(),
        suggestion_id: p.suggestion_id,
        proposed_by: p.proposed_by,
        approved_by: p.approved_by,
        reason: p.reason,
        source: p.source,
        at: now_ms(),
    }
    .insert(tx)
    .await?;
    Ok(Decision { revision, seq })
}

/// Publishes a pending suggestion of someone else's, if its base is still current.
pub async fn approve(
    store: &Store,
    published: &Published,
    actor: &Actor,
    id: &str,
    comment: &str,
) -> Result<Decision, CurationError> {
    let reviewer = name(actor);
    let mut tx = store.write().await?;
    let row = SuggestionRow::get(&mut tx, id)
        .await?
        .ok_or_else(|| CurationError::NotFound(format!("no suggestion {id:?}")))?;
    if row.author == reviewer {
        return Err(CurationError::Forbidden(
            "nobody approves their own suggestion: another reviewer must".into(),
        ));
    }
    if row.status != "pending" {
        return Err(CurationError::Conflict(format!(
            "the suggestion is already {}",
            row.status
        )));
    }
    let patch: Value = serde_json::from_str(&row.changes)
        .map_err(|e| CurationError::Corrupt(format!("suggestion {id}: {e}")))?;
    let old = state_of(&mut tx, published, &row.entity_id).await?;
    let new = match (&old, row.is_new) {
        (Some(cur), false) => {
            let base = u64::try_from(row.base_revision).unwrap_or_default();
            if cur.revision != base {
                return Err(stale(base, cur.revision));
            }
            let current = Entity {
                id: row.entity_id.clone(),
                props: cur.clone(),
            };
            apply(&current, &patch, Datum::Wgs84)?
        }
        (None, true) => create(&patch, Datum::Wgs84)?.1,
        (Some(_), true) => {
            let msg = format!("an entity {:?} was published meanwhile", row.entity_id);
            return Err(CurationError::Conflict(msg));
        }
        (None, false) => {
            return Err(CurationError::NotFound(format!(
                "no entity {:?}",
                row.entity_id
            )))
        }
    };
    checked(&published.current(), &row.entity_id, &new)?;
    let decision = record(
        &mut tx,
        store,
        Publication {
            entity_id: &row.entity_id,
            old: old.as_ref(),
            new: &new,
            suggestion_id: Some(row.id.clone()),
            proposed_by: row.author.clone(),
            approved_by: reviewer.clone(),
            reason: row.reason.clone(),
            source: row.source.clone(),
        },
    )
    .await?;
    SuggestionRow::decide(&mut tx, id, "approved", &reviewer, comment.trim(), now_ms()).await?;
    let detail = json!({"entity": row.entity_id, "revision": decision.revision});
    actor
        .record("suggestion.approve", id, detail)
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    published.refresh(store).await?;
    Ok(decision)
}

/// Turns a pending suggestion down, saying why.
pub async fn reject(
    store: &Store,
    actor: &Actor,
    id: &str,
    comment: &str,
) -> Result<(), CurationError> {
    if comment.trim().is_empty() {
        return Err(CurationError::bad(
            "comment",
            "say why the suggestion is rejected",
        ));
    }
    let mut tx = store.write().await?;
    let row = SuggestionRow::get(&mut tx, id)
        .await?
        .ok_or_else(|| CurationError::NotFound(format!("no suggestion {id:?}")))?;
    if !SuggestionRow::decide(
        &mut tx,
        id,
        "rejected",
        &name(actor),
        comment.trim(),
        now_ms(),
    )
    .await?
    {
        return Err(CurationError::Conflict(format!(
            "the suggestion is already {}",
            row.status
        )));
    }
    actor
        .record("suggestion.reject", id, json!({"entity": row.entity_id}))
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
