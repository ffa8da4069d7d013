//! The in-memory search engine over the catalogue's entities: R-trees over every member
//! site, facet bit masks and precomputed text keys, built once at start-up.
//!
//! Entities are kept internally in the default result order (tier, then `name_zh`, then
//! `id`), so sorting candidates by internal number is sorting them for display.
mod blocks;
mod cluster;
mod facets;
mod filter;
mod grid;
mod plan_match;
mod search;
mod sources;
mod sphere;
mod text;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod prop_tests;
#[cfg(test)]
mod tests;

use app::model::Entity;
use rstar::primitives::GeomWithData;
use rstar::RTree;

use blocks::Blocks;
use filter::{Masks, Tag};
pub use plan_match::PlanMatch;
use sources::Sources;
pub use sphere::{haversine_km, EARTH_RADIUS_KM};
use text::TextKeys;

type Site = GeomWithData<[f64; 2], Tag>;
type GlobeSite = GeomWithData<[f64; 3], u32>;

/// Matching entities, as indices into the slice the index was built from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResult {
    /// The requested page, in result order.
    pub ids: Vec<usize>,
    /// All matches, before `offset` and `limit`.
    pub number_matched: usize,
}

/// See the module documentation.
#[derive(Debug)]
pub struct Index {
    /// Sites by `(lon, lat)`, for bounding boxes and clustering.
    sites: RTree<Site>,
    /// Sites packed in blocks, for clustering large viewports.
    blocks: Blocks,
    /// Sites as unit vectors, for nearest-neighbour and radius queries.
    globe: RTree<GlobeSite>,
    /// Internal number → index in the slice given to `build`.
    original: Vec<usize>,
    /// Index in the slice given to `build` → internal number.
    internal: Vec<u32>,
    /// Internal number → its sub-industries, one bit per entry of `CHAINS`.
    chain_bits: Vec<u128>,
    /// Internal number → the documents it cites.
    sources: Sources,
    ids: Vec<String>,
    masks: Vec<Masks>,
    /// Internal number → its sites in `points`.
    site_ranges: Vec<(u32, u32)>,
    points: Vec<(f64, f64)>,
    text: Vec<TextKeys>,
}

impl Index {
    /// Indexes every site of every entity.
    ///
    /// ```
    /// # use server::index::Index;
    /// // Two entities: 厦门火炬高新区 (one site) and 闽东新能源基地 (sites in Ningde and Xiamen).
    /// let entities: Vec<app::model::Entity> = serde_json::from_str(include_str!(
    ///     concat!(env!("CARGO_MANIFEST_DIR"), "/src/index/doc_entities.json"))).unwrap();
    /// let index = Index::build(&entities);
    /// assert_eq!(index.len(), 2);
    /// ```
    pub fn build(entities: &[Entity]) -> Index {
        let mut original: Vec<usize> = (0..entities.len()).collect();
        original.sort_by(|&a, &b| {
            let (a, b) = (&entities[a], &entities[b]);
            (a.props.tier, &a.props.name_zh, &a.id).cmp(&(b.props.tier, &b.props.name_zh, &b.id))
        });
        let mut index = Index {
            sites: RTree::new(),
            globe: RTree::new(),
            blocks: Blocks::new(&RTree::new()),
            ids: Vec::with_capacity(entities.len()),
            masks: Vec::with_capacity(entities.len()),
            site_ranges: Vec::with_capacity(entities.len()),
            points: Vec::new(),
            text: Vec::with_capacity(entities.len()),
            internal: vec![0; entities.len()],
            chain_bits: Vec::with_capacity(entities.len()),
            sources: Sources::new(),
            original,
        };
        let mut sites = Vec::new();
        let mut globe = Vec::new();
        for (n, &i) in index.original.iter().enumerate() {
            let e = &entities[i];
            // Catalogues beyond u32::MAX entities would not fit in memory anyway.
            let entity = n as u32;
            let masks = filter::masks_of(e);
            let start = index.points.len() as u32;
            for (lon, lat) in e.sites() {
                index.points.push((lon, lat));
                sites.push(Site::new([lon, lat], Tag { entity, masks }));
                globe.push(GlobeSite::new(sphere::unit_vector(lon, lat), entity));
            }
            index.site_ranges.push((start, index.points.len() as u32));
            index.ids.push(e.id.clone());
            index.masks.push(masks);
            index.text.push(TextKeys::new(e));
            index
                .chain_bits
                .push(plan_match::chain_bits(&e.props.chains));
            index.sources.push(e);
            index.internal[i] = entity;
        }
        index.sites = RTree::bulk_load(sites);
        index.globe = RTree::bulk_load(globe);
        index.blocks = Blocks::new(&index.sites);
        index
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    fn sites_of(&self, n: u32) -> &[(f64, f64)] {
        let (start, end) = self.site_ranges[n as usize];
        &self.points[start as usize..end as usize]
    }
}
