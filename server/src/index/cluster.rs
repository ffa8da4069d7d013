//! Grid clustering of matching sites for the map: one cell per ~60 screen pixels.
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use app::model::{ClusterCell, Query, Sector};

use super::filter::{bits, SECTOR};
use super::search::{envelope, Plan};
use super::Index;

const TILE_PX: f64 = 256.0;
const CELL_PX: f64 = 60.0;
/// Deeper zooms would give cells far below the catalogue's location precision.
const MAX_ZOOM: u8 = 24;

/// Cell width in degrees at `zoom`, on 256-pixel web-map tiles.
fn cell_degrees(zoom: u8) -> f64 {
    360.0 * CELL_PX / (TILE_PX * 2f64.powi(i32::from(zoom.min(MAX_ZOOM))))
}

/// Keys are packed cell coordinates; a folded multiply mixes them far faster than SipHash,
/// and there is no untrusted input to defend against.
#[derive(Default)]
struct CellHasher(u64);

impl Hasher for CellHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }

    fn write_u64(&mut self, v: u64) {
        let m = u128::from(v ^ self.0) * 0x9E37_79B9_7F4A_7C15;
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }
}

#[derive(Default)]
struct Cell {
    /// Row in the high half, column in the low half.
    key: u64,
    lon_sum: f64,
    lat_sum: f64,
    count: usize,
    sectors: [usize; 16],
    entity: u32,
}

impl Index {
    /// Clusters the sites of matching entities inside `bbox` (`[min_lon, min_lat, max_lon,
    /// max_lat]`) on a grid anchored at (-180, -90), so cells stay put while the map pans.
    /// Cells come back ordered by row, then column. `k`, `limit` and `offset` do not apply.
    ///
    /// ```
    /// # use server::index::Index;
    /// # use app::model::Query;
    /// # let entities: Vec<app::model::Entity> = serde_json::from_str(include_str!(
    /// #     concat!(env!("CARGO_MANIFEST_DIR"), "/src/index/doc_entities.json"))).unwrap();
    /// # let index = Index::build(&entities);
    /// let fujian = [115.8, 23.5, 120.7, 28.4];
    /// // At zoom 6 (cells of 1.3°) the two Xiamen sites share a cell; Ningde has its own.
    /// let cells = index.clusters(&Query::default(), fujian, 6);
    /// let counts: Vec<usize> = cells.iter().map(|c| c.count).collect();
    /// assert_eq!(counts, [2, 1]);
    /// assert_eq!(cells[1].entity_id.as_deref(), Some("md-energy"));
    /// ```
    pub fn clusters(&self, q: &Query, bbox: [f64; 4], zoom: u8) -> Vec<ClusterCell> {
        let plan = Plan::new(self, q);
        // Other filters need the entity itself; find those entities once, then look up.
        let allowed = (!plan.facets_only()).then(|| self.matching(&plan, true));
        let size = cell_degrees(zoom);
        let mut cells: Vec<Cell> = Vec::new();
        let mut slots: HashMap<u64, usize, BuildHasherDefault<CellHasher>> = HashMap::default();
        // Sites arrive in spatial order, so most fall in the same cell as the one before.
        let mut last: Option<(u64, usize)> = None;
        self.blocks.for_each_in(&envelope(&bbox), |lon, lat, tag| {
            let ok = match &allowed {
                Some(list) => list.binary_search(&tag.entity).is_ok(),
                None => plan.facets.accepts(&tag.masks),
            };
            if !ok {
                return;
            }
            // Both are below 2^32 for any zoom up to MAX_ZOOM, so the packing is lossless.
            let col = ((lon + 180.0) / size).floor() as u64;
            let row = ((lat + 90.0) / size).floor() as u64;
            let key = (row << 32) | col;
            let slot = match last {
                Some((k, slot)) if k == key => slot,
                _ => {
                    let slot = *slots.entry(key).or_insert(cells.len());
                    if slot == cells.len() {
                        cells.push(Cell {
                            key,
                            ..Cell::default()
                        });
                    }
                    last = Some((key, slot));
                    slot
                }
            };
            let cell = &mut cells[slot];
            cell.lon_sum += lon;
            cell.lat_sum += lat;
            cell.count += 1;
            cell.entity = tag.entity;
            for b in bits(tag.masks[SECTOR]) {
                cell.sectors[b] += 1;
            }
        });
        cells.sort_unstable_by_key(|c| c.key);
        cells.into_iter().map(|c| self.cell(c, size)).collect()
    }

    fn cell(&self, c: Cell, size: f64) -> ClusterCell {
        let (row, col) = ((c.key >> 32) as f64, (c.key & 0xFFFF_FFFF) as f64);
        let (min_lon, min_lat) = (col * size - 180.0, row * size - 90.0);
        let sector_counts: BTreeMap<Sector, usize> = Sector::ALL
            .iter()
            .zip(c.sectors)
            .filter(|(_, count)| *count > 0)
            .map(|(s, count)| (*s, count))
            .collect();
        ClusterCell {
            lon: c.lon_sum / c.count as f64,
            lat: c.lat_sum / c.count as f64,
            count: c.count,
            sector_counts,
            bbox: [min_lon, min_lat, min_lon + size, min_lat + size],
            entity_id: (c.count == 1).then(|| self.ids[c.entity as usize].clone()),
        }
    }
}
