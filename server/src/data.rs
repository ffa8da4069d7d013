//! Everything loaded from the data directory at start-up, validated, with a version string.
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::basemap::{BaseMap, BaseMapError};

pub const BASEMAP_FILE: &str = "basemap/fujian.geojson";

#[derive(Debug, Error)]
pub enum DataError {
    #[error("data directory {0} does not exist (set --data-dir or ATLAS_DATA_DIR)")]
    MissingDir(PathBuf),
    #[error(transparent)]
    BaseMap(#[from] BaseMapError),
}

/// The immutable data every request reads.
#[derive(Debug)]
pub struct Data {
    pub basemap: BaseMap,
    /// Short content hash of the data files: changes whenever the data does (used for ETags).
    pub version: String,
}

impl Data {
    pub fn load(dir: &Path) -> Result<Self, DataError> {
        if !dir.is_dir() {
            return Err(DataError::MissingDir(dir.to_owned()));
        }
        let basemap = BaseMap::load(&dir.join(BASEMAP_FILE))?;
        let digest = Sha256::digest(basemap.geojson.as_bytes());
        let version = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
        Ok(Data { basemap, version })
    }
}
