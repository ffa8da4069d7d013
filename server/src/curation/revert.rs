//! A reviewer's revert: an earlier revision's state published again as a new revision.
use app::model::{ChangeSource, EntityProps};
use serde_json::json;

use super::overlay::day_of;
use super::propose::{checked, state_of};
use super::review::{name, record, Decision, Publication};
use super::{CurationError, Published};
use crate::auth::accounts::Actor;
use crate::store::{now_ms, RevisionRow, Store};

/// Publishes an earlier revision's state again, as a new revision (nothing is erased).
pub async fn revert(
    store: &Store,
    published: &Published,
    actor: &Actor,
    entity_id: &str,
    revision: u64,
    reason: &str,
) -> Result<Decision, CurationError> {
    if reason.trim().is_empty() {
        return Err(CurationError::bad(
            "reason",
            "say why the entity is reverted",
        ));
    }
    let mut tx = store.write().await?;
    let old = state_of(&mut tx, published, entity_id)
        .await?
        .ok_or_else(|| CurationError::NotFound(format!("no entity {entity_id:?}")))?;
    if revision >= old.revision {
        let msg = format!(
            "not an earlier revision (the entity is at {})",
            old.revision
        );
        return Err(CurationError::bad("revision", msg));
    }
    let baseline = published.baseline().catalogue.entity(entity_id);
    let target: EntityProps = match baseline.filter(|b| b.props.revision == revision) {
        Some(b) => b.props.clone(),
        None => {
            let at = i64::try_from(revision).unwrap_or(i64::MAX);
            let row = RevisionRow::of(&mut tx, entity_id, Some(at))
                .await?
                .filter(|r| r.revision == at)
                .ok_or_else(|| CurationError::bad("revision", format!("no revision {revision}")))?;
            serde_json::from_str(&row.props)
                .map_err(|e| CurationError::Corrupt(format!("revision {}: {e}", row.seq)))?
        }
    };
    let new = EntityProps {
        revision: old.revision,
        ..target
    };
    checked(&published.current(), entity_id, &new)?;
    let source = ChangeSource {
        // What a revert cites is the atlas's own earlier revision (0: the plan's data files).
        title: Some(match revision {
            0 => "reverted to the plan baseline / 恢复为规划基线".to_owned(),
            n => format!("reverted to revision {n} / 恢复为第{n}版"),
        }),
        url: None,
        local_knowledge: false,
        date: day_of(now_ms()),
    };
    let reviewer = name(actor);
    let decision = record(
        &mut tx,
        store,
        Publication {
            entity_id,
            old: Some(&old),
            new: &new,
            suggestion_id: None,
            proposed_by: reviewer.clone(),
            approved_by: reviewer,
            reason: format!("revert to revision {revision}: {}", reason.trim()),
            source: json!(source).to_string(),
        },
    )
    .await?;
    let detail = json!({"to": revision, "revision": decision.revision});
    actor
        .record("entity.revert", entity_id, detail)
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    published.refresh(store).await?;
    Ok(decision)
}
