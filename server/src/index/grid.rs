//! The accumulating grid behind [`Index::clusters`](super::Index::clusters): cells keyed by
//! packed (row, column), and a branch-free path for blocks that fall in a single cell.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rstar::{Envelope, AABB};

use super::blocks::Span;
use super::filter::{bits, Tag, SECTOR};

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
pub(super) struct Cell {
    /// Row in the high half, column in the low half.
    pub key: u64,
    pub lon_sum: f64,
    pub lat_sum: f64,
    pub count: usize,
    pub sectors: [usize; 16],
    pub entity: u32,
}

/// Byte `i` of `SPREAD[b]` is bit `i` of `b`: one table look-up per mask byte turns a
/// sector mask into sixteen byte-wide counters that add up without a loop over bits.
const SPREAD: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let mut i = 0;
        while i < 8 {
            t[b] |= (((b >> i) & 1) as u64) << (8 * i);
            i += 1;
        }
        b += 1;
    }
    t
};

pub(super) struct Grid {
    size: f64,
    pub cells: Vec<Cell>,
    slots: HashMap<u64, usize, BuildHasherDefault<CellHasher>>,
    /// Sites arrive in spatial order, so most fall in the same cell as the one before.
    last: Option<(u64, usize)>,
}

impl Grid {
    pub fn new(size: f64) -> Grid {
        Grid {
            size,
            cells: Vec::new(),
            slots: HashMap::default(),
            last: None,
        }
    }

    fn key(&self, lon: f64, lat: f64) -> u64 {
        // Both are below 2^32 for any zoom up to MAX_ZOOM, so the packing is lossless.
        let col = ((lon + 180.0) / self.size).floor() as u64;
        let row = ((lat + 90.0) / self.size).floor() as u64;
        (row << 32) | col
    }

    fn slot(&mut self, key: u64) -> usize {
        match self.last {
            Some((k, slot)) if k == key => slot,
            _ => {
                let slot = *self.slots.entry(key).or_insert(self.cells.len());
                if slot == self.cells.len() {
                    self.cells.push(Cell {
                        key,
                        ..Cell::default()
                    });
                }
                self.last = Some((key, slot));
                slot
            }
        }
    }

    /// Adds the sites of `span` inside `view` that pass `ok`.
    pub fn add(&mut self, span: &Span<'_>, view: &AABB<[f64; 2]>, ok: impl Fn(&Tag) -> bool) {
        let (lower, upper) = (span.env.lower(), span.env.upper());
        let key = self.key(lower[0], lower[1]);
        // The key is monotonic in each coordinate, so equal corner keys put the whole block
        // in one cell.
        if span.inside && key == self.key(upper[0], upper[1]) {
            let slot = self.slot(key);
            add_block(&mut self.cells[slot], span, ok);
            // Only a cell created just now can be empty: every other one holds a site.
            if self.cells[slot].count == 0 {
                self.cells.pop();
                self.slots.remove(&key);
                self.last = None;
            }
            return;
        }
        let sites = span.lon.iter().zip(span.lat).zip(span.tags);
        for ((&lon, &lat), tag) in sites {
            if !(span.inside || view.contains_point(&[lon, lat])) || !ok(tag) {
                continue;
            }
            let slot = self.slot(self.key(lon, lat));
            let cell = &mut self.cells[slot];
            cell.lon_sum += lon;
            cell.lat_sum += lat;
            cell.count += 1;
            cell.entity = tag.entity;
            for b in bits(tag.masks[SECTOR]) {
                cell.sectors[b] += 1;
            }
        }
    }
}

/// Adds every site of `span` passing `ok` to `cell`, in order and without branches on `ok`.
/// Rejected sites add 0.0, which leaves a sum that never is -0.0 bit for bit unchanged, so
/// the sums equal those of the per-site path.
fn add_block(cell: &mut Cell, span: &Span<'_>, ok: impl Fn(&Tag) -> bool) {
    let (mut lon_sum, mut lat_sum, mut entity) = (cell.lon_sum, cell.lat_sum, cell.entity);
    let mut count = 0;
    // Sixteen byte-wide counters; a block has at most `BLOCK` < 256 sites, so none overflows.
    let mut lanes = 0u128;
    for ((&lon, &lat), tag) in span.lon.iter().zip(span.lat).zip(span.tags) {
        let pass = ok(tag);
        // All ones when the site passes, else zero: masking the bits turns a rejected
        // coordinate into +0.0 without a branch the predictor would miss half the time.
        let all = 0u64.wrapping_sub(u64::from(pass));
        lon_sum += f64::from_bits(lon.to_bits() & all);
        lat_sum += f64::from_bits(lat.to_bits() & all);
        entity ^= (entity ^ tag.entity) & all as u32;
        count += usize::from(pass);
        let m = tag.masks[SECTOR];
        let spread = u128::from(SPREAD[usize::from(m & 0xFF)])
            | u128::from(SPREAD[usize::from(m >> 8)]) << 64;
        lanes += spread & 0u128.wrapping_sub(u128::from(pass));
    }
    cell.lon_sum = lon_sum;
    cell.lat_sum = lat_sum;
    cell.entity = entity;
    cell.count += count;
    for (i, s) in cell.sectors.iter_mut().enumerate() {
        *s += ((lanes >> (8 * i)) & 0xFF) as usize;
    }
}
