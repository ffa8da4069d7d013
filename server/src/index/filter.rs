//! Facet filters as bit masks, so the hot loops over R-tree leaves test four integers
//! instead of looking entities up.
use std::collections::BTreeSet;

use app::model::{Entity, Query, CITIES};

pub(super) const SECTOR: usize = 0;
pub(super) const TIER: usize = 1;
pub(super) const KIND: usize = 2;
pub(super) const CITY: usize = 3;

/// One bit per value of each facet: sector, tier, kind, city (bit = index in `CITIES`).
pub(super) type Masks = [u16; 4];

/// A site as stored in the R-tree: its entity (in default order) and that entity's masks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Tag {
    pub entity: u32,
    pub masks: Masks,
}

fn bit(i: usize) -> u16 {
    1 << i
}

fn city_bits<'a>(cities: impl Iterator<Item = &'a str>) -> u16 {
    cities
        .filter_map(|c| CITIES.iter().position(|k| *k == c))
        .fold(0, |m, i| m | bit(i))
}

pub(super) fn masks_of(e: &Entity) -> Masks {
    let p = &e.props;
    let sectors = p.sectors.iter().fold(0, |m, s| m | bit(*s as usize));
    let cities = city_bits(p.cities.iter().map(String::as_str));
    [sectors, bit(p.tier as usize), bit(p.kind as usize), cities]
}

/// The query's facets; `None` where a facet is not restricted.
#[derive(Clone, Copy, Debug)]
pub(super) struct FacetFilter([Option<u16>; 4]);

fn wanted<T: Copy>(set: &BTreeSet<T>, index: impl Fn(T) -> usize) -> Option<u16> {
    // An empty set means "any"; a set of only unknown values keeps mask 0 and matches nothing.
    (!set.is_empty()).then(|| set.iter().fold(0, |m, v| m | bit(index(*v))))
}

impl FacetFilter {
    pub fn new(q: &Query) -> Self {
        let cities = (!q.cities.is_empty()).then(|| city_bits(q.cities.iter().map(String::as_str)));
        FacetFilter([
            wanted(&q.sectors, |s| s as usize),
            wanted(&q.tiers, |t| t as usize),
            wanted(&q.kinds, |k| k as usize),
            cities,
        ])
    }

    /// Which facets `masks` satisfies, one flag per facet.
    pub fn each(&self, masks: &Masks) -> [bool; 4] {
        std::array::from_fn(|d| self.0[d].is_none_or(|w| w & masks[d] != 0))
    }

    pub fn accepts(&self, masks: &Masks) -> bool {
        (0..4).all(|d| self.0[d].is_none_or(|w| w & masks[d] != 0))
    }
}

/// Indices of the set bits of `mask`, lowest first.
pub(super) fn bits(mask: u16) -> impl Iterator<Item = usize> {
    (0..16).filter(move |i| mask & (1 << i) != 0)
}
