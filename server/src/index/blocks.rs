//! Sites in R-tree leaf order, packed into flat arrays and indexed by blocks, so that a
//! map viewport holding a million sites is read sequentially instead of node by node.
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{Envelope, RTree, RTreeObject, AABB};

use super::filter::Tag;
use super::Site;

/// Sites per block: large enough to make per-block overhead vanish, small enough that a
/// block's envelope stays tight around its part of the leaf order.
/// At most 255, so that per-block byte counters cannot overflow (see `grid`).
pub(super) const BLOCK: usize = 64;
const _: () = assert!(BLOCK < 256);

type Block = GeomWithData<Rectangle<[f64; 2]>, u32>;

/// One block's sites, in leaf order, with the block's envelope.
pub(super) struct Span<'a> {
    pub lon: &'a [f64],
    pub lat: &'a [f64],
    pub tags: &'a [Tag],
    pub env: AABB<[f64; 2]>,
    /// The whole envelope lies inside the view, so every site does.
    pub inside: bool,
}

#[derive(Debug)]
pub(super) struct Blocks {
    lon: Vec<f64>,
    lat: Vec<f64>,
    tags: Vec<Tag>,
    /// Block i holds sites `starts[i]..starts[i + 1]`; empty until `relayout`.
    starts: Vec<usize>,
    tree: RTree<Block>,
}

impl Blocks {
    /// The R-tree's depth-first leaf order is spatially coherent: consecutive sites are near.
    pub fn new(sites: &RTree<Site>) -> Blocks {
        let mut blocks = Blocks::packed(sites);
        blocks.relayout();
        blocks
    }

    /// Blocks of `BLOCK` consecutive sites, and the tree over them.
    fn packed(sites: &RTree<Site>) -> Blocks {
        let mut blocks = Blocks {
            lon: Vec::with_capacity(sites.size()),
            lat: Vec::with_capacity(sites.size()),
            tags: Vec::with_capacity(sites.size()),
            starts: Vec::new(),
            tree: RTree::new(),
        };
        for site in sites.iter() {
            let [lon, lat] = *site.geom();
            blocks.lon.push(lon);
            blocks.lat.push(lat);
            blocks.tags.push(site.data);
        }
        let rects = (0..blocks.tags.len().div_ceil(BLOCK)).map(|b| {
            let range = blocks.range(b);
            let points = range.map(|i| [blocks.lon[i], blocks.lat[i]]);
            let env = AABB::from_points(points.collect::<Vec<_>>().iter());
            // Block numbers fit: there are fewer blocks than sites, and sites fit in u32.
            Block::new(Rectangle::from_aabb(env), b as u32)
        });
        blocks.tree = RTree::bulk_load(rects.collect());
        blocks
    }

    /// Stores the blocks in the order the tree visits them, so a large viewport streams
    /// through memory instead of jumping at every block. The tree keeps its shape, so the
    /// visiting order of sites, and with it every floating-point sum, is unchanged.
    fn relayout(&mut self) {
        let order: Vec<u32> = self.tree.iter().map(|b| b.data).collect();
        let (mut lon, mut lat, mut tags) = (Vec::new(), Vec::new(), Vec::new());
        let mut starts = Vec::with_capacity(order.len() + 1);
        for &b in &order {
            starts.push(tags.len());
            let range = self.range(b as usize);
            lon.extend_from_slice(&self.lon[range.clone()]);
            lat.extend_from_slice(&self.lat[range.clone()]);
            tags.extend_from_slice(&self.tags[range]);
        }
        starts.push(tags.len());
        // `iter_mut` walks the tree in the same order as `iter`: block i is now i-th.
        for (i, block) in self.tree.iter_mut().enumerate() {
            block.data = i as u32;
        }
        (self.lon, self.lat, self.tags, self.starts) = (lon, lat, tags, starts);
    }

    fn range(&self, block: usize) -> std::ops::Range<usize> {
        match self.starts.get(block..=block + 1) {
            Some(&[start, end]) => start..end,
            // Before `relayout`, blocks are consecutive runs of `BLOCK` sites.
            _ => block * BLOCK..((block + 1) * BLOCK).min(self.tags.len()),
        }
    }

    /// Calls `visit` once for every block whose envelope meets `view`.
    pub fn for_each_block(&self, view: &AABB<[f64; 2]>, mut visit: impl FnMut(Span<'_>)) {
        for block in self.tree.locate_in_envelope_intersecting(view) {
            let range = self.range(block.data as usize);
            let env = block.envelope();
            visit(Span {
                lon: &self.lon[range.clone()],
                lat: &self.lat[range.clone()],
                tags: &self.tags[range],
                // Whole blocks inside the view, the common case, skip the per-site test.
                inside: view.contains_envelope(&env),
                env,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relayout_keeps_the_visiting_order() {
        let mut x = 1u64;
        let mut coord = |lo: f64| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            lo + (x >> 40) as f64 / (1u64 << 24) as f64 * 4.0
        };
        let sites: Vec<Site> = (0..5000)
            .map(|entity| {
                Site::new(
                    [coord(116.0), coord(24.0)],
                    Tag {
                        entity,
                        masks: [0; 4],
                    },
                )
            })
            .collect();
        let mut blocks = Blocks::packed(&RTree::bulk_load(sites));
        let views = [[115.0, 23.0, 121.0, 29.0], [117.1, 25.2, 118.3, 26.9]];
        let visits = |b: &Blocks| {
            let mut seen = Vec::new();
            for v in &views {
                let v = AABB::from_corners([v[0], v[1]], [v[2], v[3]]);
                b.for_each_block(&v, |s| seen.extend(s.tags.iter().map(|t| t.entity)));
            }
            seen
        };
        let before = visits(&blocks);
        blocks.relayout();
        assert_eq!(visits(&blocks), before);
        assert!(before.len() > 5000);
    }
}
