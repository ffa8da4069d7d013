//! The published state every request reads, swapped whole when a revision is approved here
//! or, on another replica sharing the database, when this one next looks.
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;

use super::{overlay, CurationError};
use crate::data::Data;
use crate::store::{RevisionRow, Store};

/// How often a replica asks the store whether another one published (one indexed
/// `MAX(seq)` query): a change shows everywhere within this, well inside the 2 s promised.
const FOLLOW_EVERY: Duration = Duration::from_millis(500);

#[derive(Debug)]
pub struct Published {
    /// The data files as loaded: what every revision is laid over.
    baseline: Arc<Data>,
    current: ArcSwap<Data>,
    /// One rebuild at a time, so an older state never replaces a newer one.
    rebuilding: tokio::sync::Mutex<()>,
}

impl Published {
    pub fn new(baseline: Arc<Data>) -> Published {
        Published {
            current: ArcSwap::new(baseline.clone()),
            baseline,
            rebuilding: tokio::sync::Mutex::new(()),
        }
    }

    pub fn current(&self) -> Arc<Data> {
        self.current.load_full()
    }

    pub fn baseline(&self) -> &Arc<Data> {
        &self.baseline
    }

    /// Publishes every revision the store holds beyond the current state; true if it did.
    pub async fn refresh(&self, store: &Store) -> Result<bool, CurationError> {
        let _one = self.rebuilding.lock().await;
        let mut conn = store.pool.acquire().await?;
        let seq = RevisionRow::max_seq(&mut conn).await?;
        if seq <= self.current().seq {
            return Ok(false);
        }
        let rows = RevisionRow::up_to(&mut conn, seq).await?;
        drop(conn);
        let baseline = self.baseline.clone();
        // Rebuilding the index and caches is CPU work: off the async workers.
        let data = tokio::task::spawn_blocking(move || {
            let entities = overlay(&baseline.catalogue.entities, &rows)?;
            Ok::<_, CurationError>(baseline.republish(entities, seq)?)
        })
        .await
        .map_err(|e| CurationError::Corrupt(format!("the rebuild stopped: {e}")))??;
        self.current.store(Arc::new(data));
        tracing::info!(seq, "published revisions");
        Ok(true)
    }

    /// Keeps this replica in step with the store until the process ends.
    pub fn follow(self: Arc<Self>, store: Store) {
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(FOLLOW_EVERY).await;
                if let Err(e) = self.refresh(&store).await {
                    tracing::warn!(error = %e, "could not publish the store's revisions");
                }
            }
        });
    }
}
