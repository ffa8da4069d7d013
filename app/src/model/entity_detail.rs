//! What the detail panel shows of one entity.
use serde::{Deserialize, Serialize};

use super::Entity;

/// An entity and the names of the entities it is related to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityDetail {
    pub entity: Entity,
    /// `(id, name_zh, name_en)` of each related entity.
    pub related: Vec<(String, String, String)>,
    /// The plan's passage of each of the entity's `refs`, in order (for the reader).
    pub ref_passages: Vec<Option<String>>,
}
