//! Facet filters as bit masks, so the hot loops over R-tree leaves test four integers
//! instead of looking entities up.
use std::collections::BTreeSet;

use app::model::{Entity, Query, CITIES};

pub(super) const SECTOR: usize = 0;
pub(super) const TIER: usize = 1;
pub(super) const KIND: usize = 2;
pub(super) const CITY: usize = 3;

/// One bit per value of each facet: sector, tier, kind, city (bit = index in `CITIES`),
/// plus `ALWAYS`.
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

/// Set in every facet of every entity and wanted by every unrestricted facet, so that
/// "this facet passes" is always "the masks intersect" (no facet uses more than 10 bits).
const ALWAYS: u16 = 1 << 15;

fn city_bits<'a>(cities: impl Iterator<Item = &'a str>) -> u16 {
    cities
        .filter_map(|c| CITIES.iter().position(|k| *k == c))
        .fold(0, |m, i| m | bit(i))
}

pub(super) fn masks_of(e: &Entity) -> Masks {
    let p = &e.props;
    let sectors = p.sectors.iter().fold(0, |m, s| m | bit(*s as usize));
    let cities = city_bits(p.cities.iter().map(String::as_str));
    [sectors, bit(p.tier as usize), bit(p.kind as usize), cities].map(|m| m | ALWAYS)
}

fn packed(m: &Masks) -> u64 {
    m.iter()
        .rev()
        .fold(0, |acc, &lane| (acc << 16) | u64::from(lane))
}

/// The query's facets, as the bits each facet wants (`ALWAYS` where it is unrestricted).
#[derive(Clone, Copy, Debug)]
pub(super) struct FacetFilter {
    wanted: Masks,
    packed: u64,
}

fn wanted<T: Copy>(set: &BTreeSet<T>, index: impl Fn(T) -> usize) -> u16 {
    // An empty set means "any"; a set of only unknown values keeps mask 0 and matches nothing.
    if set.is_empty() {
        ALWAYS
    } else {
        set.iter().fold(0, |m, v| m | bit(index(*v)))
    }
}

impl FacetFilter {
    pub fn new(q: &Query) -> Self {
        let cities = if q.cities.is_empty() {
            ALWAYS
        } else {
            city_bits(q.cities.iter().map(String::as_str))
        };
        let wanted = [
            wanted(&q.sectors, |s| s as usize),
            wanted(&q.tiers, |t| t as usize),
            wanted(&q.kinds, |k| k as usize),
            cities,
        ];
        FacetFilter {
            wanted,
            packed: packed(&wanted),
        }
    }

    /// Which facets `masks` satisfies, one flag per facet.
    pub fn each(&self, masks: &Masks) -> [bool; 4] {
        std::array::from_fn(|d| self.wanted[d] & masks[d] != 0)
    }

    /// All four facets at once: the hot path of clustering a million sites.
    pub fn accepts(&self, masks: &Masks) -> bool {
        const HIGH: u64 = 0x8000_8000_8000_8000;
        let x = packed(masks) & self.packed;
        // Per 16-bit lane, the high bit ends up set exactly when the lane is non-zero.
        let nonzero = (x | ((x & !HIGH) + !HIGH)) & HIGH;
        nonzero == HIGH
    }
}

/// Indices of the set bits of `mask`, lowest first.
pub(super) fn bits(mask: u16) -> impl Iterator<Item = usize> {
    let mut rest = mask;
    std::iter::from_fn(move || {
        let i = rest.trailing_zeros() as usize;
        // Clearing the lowest set bit walks only the bits that are set.
        (rest != 0).then(|| {
            rest &= rest - 1;
            i
        })
    })
}
