//! What a legend lists: exactly the symbols the map drew. The web map and the image export
//! both fill one while drawing, so for the same view their legends list the same rows.
use std::collections::BTreeSet;

use super::{ClusterCell, Entity, Kind, Sector, Tier};

/// One line of a legend, in the order legends list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendRow {
    Sector(Sector),
    Tier(Tier),
    Kind(Kind),
    /// A site located by a reviewed revision (the marker's centre dot).
    Reviewed,
    Cluster,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LegendRows {
    /// Every sector whose colour is drawn: marker fills, second-sector rings, donut arcs.
    pub sectors: BTreeSet<Sector>,
    /// The tiers of the markers drawn (size and edge).
    pub tiers: BTreeSet<Tier>,
    /// The kinds whose badges were drawn.
    pub kinds: BTreeSet<Kind>,
    /// Whether any reviewed site was drawn.
    pub reviewed: bool,
    /// Whether any cluster donut was drawn.
    pub clusters: bool,
}

impl LegendRows {
    /// A marker of `e` was drawn: its fill (first sector), ring (second), size and badge.
    pub fn marker(&mut self, e: &Entity) {
        let p = &e.props;
        self.sectors.extend(p.sectors.iter().take(2));
        self.tiers.insert(p.tier);
        self.kinds.insert(p.kind);
        self.reviewed |= p.site_reviewed();
    }

    /// A donut was drawn: one arc per sector of its sites.
    pub fn donut(&mut self, cell: &ClusterCell) {
        self.sectors.extend(cell.sector_counts.keys());
        self.clusters = true;
    }

    pub fn is_empty(&self) -> bool {
        *self == LegendRows::default()
    }

    /// Sectors, then tiers, then kinds (each in the enum's order), reviewed sites, the donut.
    pub fn rows(&self) -> Vec<LegendRow> {
        let sectors = self.sectors.iter().map(|s| LegendRow::Sector(*s));
        let tiers = self.tiers.iter().map(|t| LegendRow::Tier(*t));
        let kinds = self.kinds.iter().map(|k| LegendRow::Kind(*k));
        let reviewed = self.reviewed.then_some(LegendRow::Reviewed);
        let cluster = self.clusters.then_some(LegendRow::Cluster);
        sectors
            .chain(tiers)
            .chain(kinds)
            .chain(reviewed)
            .chain(cluster)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_shows_two_sectors_and_a_donut_all() {
        let e: Entity = serde_json::from_str(
            r#"{"id": "x", "properties": {"name_zh": "某基地", "name_en": "A base", "kind": "base",
            "sectors": ["new_energy", "marine", "biomedicine"], "tier": "provincial",
            "cities": ["宁德市"], "precision": "city", "refs": [], "members": []}}"#,
        )
        .unwrap();
        let mut rows = LegendRows::default();
        assert!(rows.is_empty());
        rows.marker(&e);
        assert_eq!(rows.sectors, [Sector::NewEnergy, Sector::Marine].into());
        assert_eq!(rows.kinds, [Kind::Base].into());
        let cell = ClusterCell {
            lon: 118.0,
            lat: 24.0,
            count: 3,
            sector_counts: [(Sector::Marine, 2), (Sector::NewEnergy, 1)].into(),
            bbox: [117.0, 23.0, 119.0, 25.0],
            entity_id: None,
        };
        rows.donut(&cell);
        assert_eq!(
            rows.rows(),
            [
                LegendRow::Sector(Sector::NewEnergy),
                LegendRow::Sector(Sector::Marine),
                LegendRow::Tier(Tier::Provincial),
                LegendRow::Kind(Kind::Base),
                LegendRow::Cluster,
            ]
        );
    }

    #[test]
    fn a_site_a_revision_located_has_its_own_row() {
        let site = |provenance: &str| -> Entity {
            serde_json::from_str(&format!(
                r#"{{"id": "x", "properties": {{"name_zh": "园", "name_en": "P", "kind": "park",
                "sectors": [], "tier": "none", "cities": ["宁德市"], "precision": "site",
                "refs": [], "members": [], "provenance": [{provenance}]}}}}"#
            ))
            .unwrap()
        };
        let reviewed = r#"{"field": "members", "revision": 1, "date": "2026-05-01",
            "source": {"date": "2026-05-01"}, "reviewer": "rex"}"#;
        let mut rows = LegendRows::default();
        rows.marker(&site(""));
        assert!(!rows.rows().contains(&LegendRow::Reviewed));
        rows.marker(&site(reviewed));
        assert!(rows.rows().contains(&LegendRow::Reviewed));
    }
}
