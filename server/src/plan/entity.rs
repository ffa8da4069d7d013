//! The catalogue's entities as the plan analysis sees them: id, names, sectors and the
//! citations (section and quote) to resolve.
use app::model::{PlanRef, Sector};

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    pub name_zh: String,
    pub aliases: Vec<String>,
    pub sectors: Vec<Sector>,
    pub refs: Vec<PlanRef>,
}

impl From<&app::model::Entity> for Entity {
    fn from(e: &app::model::Entity) -> Entity {
        let p = &e.props;
        Entity {
            id: e.id.clone(),
            name_zh: p.name_zh.clone(),
            aliases: p.aliases.clone(),
            sectors: p.sectors.clone(),
            refs: p.refs.clone(),
        }
    }
}
