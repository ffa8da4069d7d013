//! Grid clustering of matching sites for the map: one cell per ~60 screen pixels.
use std::collections::BTreeMap;

use app::model::{ClusterCell, Query, Sector};

use super::grid::{Cell, Grid};
use super::plan_match::PlanMatch;
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

impl Index {
    /// Clusters the sites of matching entities inside `bbox` (`[min_lon, min_lat, max_lon,
    /// max_lat]`) on a grid anchored at (-180, -90), so cells stay put while the map pans.
    /// Cells come back ordered by row, then column. `k`, `limit` and `offset` do not apply.
    ///
    /// ```
    /// # use server::index::{Index, PlanMatch};
    /// # use app::model::Query;
    /// # let entities: Vec<app::model::Entity> = serde_json::from_str(include_str!(
    /// #     concat!(env!("CARGO_MANIFEST_DIR"), "/src/index/doc_entities.json"))).unwrap();
    /// # let index = Index::build(&entities);
    /// let fujian = [115.8, 23.5, 120.7, 28.4];
    /// // At zoom 6 (cells of 1.3°) the two Xiamen sites share a cell; Ningde has its own.
    /// let cells = index.clusters(&Query::default(), fujian, 6, &PlanMatch::default());
    /// let counts: Vec<usize> = cells.iter().map(|c| c.count).collect();
    /// assert_eq!(counts, [2, 1]);
    /// assert_eq!(cells[1].entity_id.as_deref(), Some("md-energy"));
    /// ```
    /// `m` is the query's plan part.
    pub fn clusters(&self, q: &Query, bbox: [f64; 4], zoom: u8, m: &PlanMatch) -> Vec<ClusterCell> {
        let plan = Plan::new(self, q, m);
        // Other filters need the entity itself; find those entities once, then look up.
        let allowed = (!plan.facets_only()).then(|| self.matching(&plan, true));
        let size = cell_degrees(zoom);
        let view = envelope(&bbox);
        let mut grid = Grid::new(size);
        self.blocks.for_each_block(&view, |span| match &allowed {
            Some(list) => grid.add(&span, &view, |tag| list.binary_search(&tag.entity).is_ok()),
            None => grid.add(&span, &view, |tag| plan.facets.accepts(&tag.masks)),
        });
        let mut cells = grid.cells;
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
