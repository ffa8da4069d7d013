//! Hand-made entities for the index's tests.
use app::model::{Entity, EntityProps, Kind, Member, Precision, Sector, Tier};

/// A hand-made entity; the first site's city is the entity's city.
pub(super) fn entity(
    id: &str,
    name_zh: &str,
    name_en: &str,
    facets: (&[Sector], Tier, Kind),
    city: &str,
    sites: &[(f64, f64)],
) -> Entity {
    let members = sites
        .iter()
        .enumerate()
        .map(|(i, &(lon, lat))| Member {
            name_zh: if sites.len() > 1 {
                format!("{name_zh}{i}号园")
            } else {
                name_zh.into()
            },
            role: String::new(),
            lon,
            lat,
            precision: Precision::Site,
            city: city.into(),
            district: String::new(),
        })
        .collect();
    Entity {
        id: id.into(),
        props: EntityProps {
            chains: Vec::new(),
            name_zh: name_zh.into(),
            name_en: name_en.into(),
            aliases: vec![],
            kind: facets.2,
            sectors: facets.0.to_vec(),
            tier: facets.1,
            tier_note: None,
            cities: vec![city.into()],
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
        },
    }
}

use Kind::{Base, Park, Zone};
use Sector::{Biomedicine, Marine, NewEnergy, NextGenIt};
use Tier::{City, National, Provincial};

/// Six entities in Xiamen, Fuzhou and Ningde; `e4` has sites in two cities.
pub(super) fn sample() -> Vec<Entity> {
    let mut e4 = entity(
        "e4",
        "闽东新能源基地",
        "Mindong New Energy Base",
        (&[NewEnergy], Provincial, Base),
        "宁德市",
        &[(119.55, 26.67), (118.10, 24.50)],
    );
    e4.props.cities.push("厦门市".into());
    let mut e1 = entity(
        "e1",
        "厦门火炬高新区",
        "Xiamen Torch Hi-tech Zone",
        (&[NextGenIt], National, Zone),
        "厦门市",
        &[(118.18, 24.49)],
    );
    e1.props.aliases.push("火炬园".into());
    vec![
        e1,
        entity(
            "e2",
            "厦门生物医药港",
            "Xiamen Biomedical Port",
            (&[Biomedicine], Provincial, Park),
            "厦门市",
            &[(118.06, 24.60)],
        ),
        entity(
            "e3",
            "福州软件园",
            "Fuzhou Software Park",
            (&[NextGenIt], Provincial, Park),
            "福州市",
            &[(119.27, 26.10)],
        ),
        e4,
        entity(
            "e5",
            "宁德海洋产业园",
            "Ningde Marine Park",
            (&[Marine, NewEnergy], City, Park),
            "宁德市",
            &[(119.60, 26.70)],
        ),
        entity(
            "e6",
            "火炬",
            "Torch",
            (&[NextGenIt], City, Park),
            "福州市",
            &[(119.30, 26.05)],
        ),
    ]
}
