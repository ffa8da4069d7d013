use std::fmt;

use serde::{Deserialize, Serialize};

/// The plan's eight fields, plus `CrossSector` for designations not tied to one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    NextGenIt,
    HighEndEquipment,
    NewMaterials,
    NewEnergy,
    Biomedicine,
    EnergySavingEnv,
    Marine,
    FutureIndustries,
    CrossSector,
}

impl Sector {
    pub const ALL: [Sector; 9] = [
        Sector::NextGenIt,
        Sector::HighEndEquipment,
        Sector::NewMaterials,
        Sector::NewEnergy,
        Sector::Biomedicine,
        Sector::EnergySavingEnv,
        Sector::Marine,
        Sector::FutureIndustries,
        Sector::CrossSector,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Cluster,
    Park,
    Base,
    Zone,
    Platform,
    Project,
    ScienceCity,
    Town,
    Other,
}

/// Only what the plan states, or an official designation (then `tier_note` says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    National,
    Provincial,
    City,
    None,
}

/// How precisely a location is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// The actual park or site.
    Site,
    /// The county/district seat or centroid.
    District,
    /// The city centre.
    City,
    /// Sites in several cities (entities only, never a single member).
    MultiCity,
}

/// Kept in declaration order so facet listings follow the enums.
pub const ALL_TIERS: [Tier; 4] = [Tier::National, Tier::Provincial, Tier::City, Tier::None];
pub const ALL_KINDS: [Kind; 9] = [
    Kind::Cluster,
    Kind::Park,
    Kind::Base,
    Kind::Zone,
    Kind::Platform,
    Kind::Project,
    Kind::ScienceCity,
    Kind::Town,
    Kind::Other,
];

/// An enum value's name as serde writes it (`rename_all = "snake_case"` of the variant
/// name): the same word in URLs, JSON, CSS classes and `data-` attributes.
pub fn wire_name<T: fmt::Debug>(value: &T) -> String {
    let mut out = String::new();
    for (i, c) in format!("{value:?}").chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
