//! A synthetic catalogue with a fixed seed: parks clustered around Fujian's city centres.
use app::model::{Entity, EntityProps, Kind, Member, Precision, Sector, Tier, CITIES};

/// City centres from data/gazetteer/fujian_districts.csv (平潭 from its county seat),
/// in the order of `CITIES`, with a weight for how many parks each city has.
const CENTRES: [(f64, f64, u32); 10] = [
    (119.2916, 26.0774, 20),
    (118.0842, 24.4823, 18),
    (117.6423, 24.5160, 9),
    (118.6711, 24.8770, 16),
    (117.6338, 26.2668, 6),
    (119.0031, 25.4569, 7),
    (118.1727, 26.6451, 5),
    (117.0124, 25.0779, 6),
    (119.5433, 26.6691, 8),
    (119.7900, 25.5000, 5),
];
const PARKS_PER_CITY: usize = 25;

/// SplitMix64: tiny, fixed-seed, and enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Box–Muller.
    fn gauss(&mut self, sigma: f64) -> f64 {
        let (u, v) = (self.unit().max(1e-12), self.unit());
        sigma * (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// `n` entities in dense clusters: parks scattered around each city centre (σ 0.25°),
/// sites tight around their park (σ 0.02°); one in seven entities has extra sites.
pub fn generate(n: usize) -> Vec<Entity> {
    let mut rng = Rng(20_210_730);
    let parks: Vec<(usize, f64, f64)> = (0..CENTRES.len() * PARKS_PER_CITY)
        .map(|i| {
            let c = i / PARKS_PER_CITY;
            (
                c,
                CENTRES[c].0 + rng.gauss(0.25),
                CENTRES[c].1 + rng.gauss(0.25),
            )
        })
        .collect();
    let tiers = [Tier::National, Tier::Provincial, Tier::City, Tier::None];
    let kinds = [
        Kind::Cluster,
        Kind::Park,
        Kind::Base,
        Kind::Zone,
        Kind::Platform,
    ];
    (0..n)
        .map(|i| {
            let city = weighted_city(rng.next());
            let sites = if rng.below(7) == 0 {
                2 + rng.below(3)
            } else {
                1
            };
            let members = (0..sites)
                .map(|_| {
                    let (_, lon, lat) = parks[city * PARKS_PER_CITY + rng.below(PARKS_PER_CITY)];
                    member(lon + rng.gauss(0.02), lat + rng.gauss(0.02), CITIES[city])
                })
                .collect();
            let sectors = (0..1 + rng.below(3))
                .map(|_| Sector::ALL[rng.below(9)])
                .collect();
            let props = EntityProps {
                chains: Vec::new(),
                name_zh: format!("园区{i}"),
                name_en: format!("Park {i}"),
                aliases: vec![],
                kind: kinds[rng.below(kinds.len())],
                sectors,
                tier: tiers[rng.below(tiers.len())],
                tier_note: None,
                cities: vec![CITIES[city].to_owned()],
                districts: vec![],
                precision: Precision::Site,
                members,
                refs: vec![],
                related: vec![],
                status: None,
                status_as_of: None,
                area_km2: None,
                website: None,
                note: None,
                location_note: None,
                revision: 0,
                provenance: Vec::new(),
            };
            Entity {
                id: format!("e{i}"),
                props,
            }
        })
        .collect()
}

/// A city index in proportion to the weights in `CENTRES`.
fn weighted_city(draw: u64) -> usize {
    let total: u64 = CENTRES.iter().map(|c| u64::from(c.2)).sum();
    let mut pick = draw % total;
    for (i, c) in CENTRES.iter().enumerate() {
        match pick.checked_sub(u64::from(c.2)) {
            Some(rest) => pick = rest,
            None => return i,
        }
    }
    0
}

fn member(lon: f64, lat: f64, city: &str) -> Member {
    Member {
        name_zh: String::new(),
        role: String::new(),
        lon,
        lat,
        precision: Precision::Site,
        city: city.to_owned(),
        district: String::new(),
    }
}
