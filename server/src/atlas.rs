//! The server's implementation of the UI's [`Atlas`] trait: the same index the REST API uses.
use std::sync::Arc;

use app::api::{Atlas, SearchPage};
use app::model::Query;

use crate::data::Data;

pub struct ServerAtlas(pub Arc<Data>);

impl Atlas for ServerAtlas {
    fn search(&self, query: &Query) -> SearchPage {
        let found = self.0.index.search(query);
        SearchPage {
            number_matched: found.number_matched,
            entities: found
                .ids
                .iter()
                .map(|&i| self.0.catalogue.entities[i].clone())
                .collect(),
            facets: self.0.index.facets(query),
        }
    }
}
