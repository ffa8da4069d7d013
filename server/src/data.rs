//! Everything loaded from the data directory at start-up, validated, with a version string.
use std::path::{Path, PathBuf};
use std::sync::Arc;

use app::model::Entity;

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::basemap::{BaseMap, BaseMapError};
use crate::catalogue::{Catalogue, CatalogueError};
use crate::compressed::Compressed;
use crate::feature_cache::FeatureCache;
use crate::index::Index;
use crate::plan::{PlanAnalysis, PlanError};

pub const BASEMAP_FILE: &str = "basemap/fujian.geojson";

#[derive(Debug, Error)]
pub enum DataError {
    #[error("data directory {0} does not exist (set --data-dir or ATLAS_DATA_DIR)")]
    MissingDir(PathBuf),
    #[error(transparent)]
    BaseMap(#[from] BaseMapError),
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
    #[error("{file}: {source}")]
    Plan { file: PathBuf, source: PlanError },
}

/// The immutable data every request reads: one published state of the catalogue.
#[derive(Debug)]
pub struct Data {
    pub basemap: Arc<BaseMap>,
    pub catalogue: Catalogue,
    /// The plan's structure, citations, mentions, sub-industries and industry index.
    pub plan: PlanAnalysis,
    /// Built once here and shared read-only by every request.
    pub index: Index,
    pub features: FeatureCache,
    /// The base map as every page fetches it, compressed once.
    pub basemap_body: Arc<Compressed>,
    /// Short content hash of the data files (the base map's cache key).
    pub files_version: String,
    /// The last approved revision published over the files (0: none).
    pub seq: i64,
    /// Changes whenever the published data does (used for ETags): the files' hash, and
    /// `-r{seq}` once revisions are published.
    pub version: String,
}

impl Data {
    pub fn load(dir: &Path) -> Result<Self, DataError> {
        if !dir.is_dir() {
            return Err(DataError::MissingDir(dir.to_owned()));
        }
        let basemap = BaseMap::load(&dir.join(BASEMAP_FILE))?;
        let catalogue = Catalogue::load(dir, &basemap)?;
        let files_version = version_of(dir)?;
        let basemap_body =
            Compressed::new(basemap.geojson.clone().into_bytes(), "application/geo+json");
        Data::build(
            Arc::new(basemap),
            Arc::new(basemap_body),
            catalogue,
            files_version,
            0,
        )
        .map_err(|source| DataError::Plan {
            file: dir.join(crate::catalogue::PLAN_FILE),
            source,
        })
    }

    /// The same files with `entities` published over them as revision `seq`: everything
    /// derived from the entities is rebuilt, the base map and plan text are shared.
    pub fn republish(&self, entities: Vec<Entity>, seq: i64) -> Result<Data, PlanError> {
        let c = &self.catalogue;
        let catalogue = Catalogue {
            entities,
            sectors: c.sectors.clone(),
            indicators: c.indicators.clone(),
            excluded: c.excluded.clone(),
            plan: c.plan.clone(),
        };
        Data::build(
            self.basemap.clone(),
            self.basemap_body.clone(),
            catalogue,
            self.files_version.clone(),
            seq,
        )
    }

    fn build(
        basemap: Arc<BaseMap>,
        basemap_body: Arc<Compressed>,
        mut catalogue: Catalogue,
        files_version: String,
        seq: i64,
    ) -> Result<Data, PlanError> {
        let plan = PlanAnalysis::build(&catalogue.plan.raw, &catalogue.entities)?;
        // Sub-industries come from the passages that cite an entity, not from the file.
        for e in &mut catalogue.entities {
            e.props.chains = plan
                .chains
                .chains_of(&e.id)
                .into_iter()
                .map(str::to_owned)
                .collect();
        }
        let index = Index::build(&catalogue.entities);
        let features = FeatureCache::new(&catalogue.entities);
        let version = match seq {
            0 => files_version.clone(),
            n => format!("{files_version}-r{n}"),
        };
        Ok(Data {
            basemap_body,
            basemap,
            catalogue,
            plan,
            index,
            features,
            files_version,
            seq,
            version,
        })
    }
}

/// First 12 hex digits of a SHA-256 over every data file the server reads.
fn version_of(dir: &Path) -> Result<String, DataError> {
    use crate::catalogue::{
        ENTITIES_FILE, EXCLUDED_FILE, INDICATORS_FILE, PLAN_FILE, SECTORS_FILE,
    };
    let mut hasher = Sha256::new();
    for file in [
        BASEMAP_FILE,
        ENTITIES_FILE,
        SECTORS_FILE,
        INDICATORS_FILE,
        EXCLUDED_FILE,
        PLAN_FILE,
    ] {
        let path = dir.join(file);
        let bytes =
            std::fs::read(&path).map_err(|source| CatalogueError::Read { file: path, source })?;
        hasher.update(&bytes);
    }
    Ok(hasher
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect())
}
