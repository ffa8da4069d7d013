//! Sites in R-tree leaf order, packed into flat arrays and indexed by blocks, so that a
//! map viewport holding a million sites is read sequentially instead of node by node.
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{Envelope, RTree, RTreeObject, AABB};

use super::filter::Tag;
use super::Site;

/// Sites per block: large enough to make per-block overhead vanish, small enough that a
/// block's envelope stays tight around its part of the leaf order.
const BLOCK: usize = 64;

type Block = GeomWithData<Rectangle<[f64; 2]>, u32>;

#[derive(Debug)]
pub(super) struct Blocks {
    lon: Vec<f64>,
    lat: Vec<f64>,
    tags: Vec<Tag>,
    tree: RTree<Block>,
}

impl Blocks {
    /// The R-tree's depth-first leaf order is spatially coherent: consecutive sites are near.
    pub fn new(sites: &RTree<Site>) -> Blocks {
        let mut blocks = Blocks {
            lon: Vec::with_capacity(sites.size()),
            lat: Vec::with_capacity(sites.size()),
            tags: Vec::with_capacity(sites.size()),
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

    fn range(&self, block: usize) -> std::ops::Range<usize> {
        block * BLOCK..((block + 1) * BLOCK).min(self.tags.len())
    }

    /// Calls `visit(lon, lat, tag)` for every site inside `view`.
    pub fn for_each_in(&self, view: &AABB<[f64; 2]>, mut visit: impl FnMut(f64, f64, &Tag)) {
        for block in self.tree.locate_in_envelope_intersecting(view) {
            let range = self.range(block.data as usize);
            let (lon, lat, tags) = (
                &self.lon[range.clone()],
                &self.lat[range.clone()],
                &self.tags[range],
            );
            // Whole blocks inside the view, the common case, skip the per-site test.
            let inside = view.contains_envelope(&block.envelope());
            for ((&x, &y), tag) in lon.iter().zip(lat).zip(tags) {
                if inside || view.contains_point(&[x, y]) {
                    visit(x, y, tag);
                }
            }
        }
    }
}
