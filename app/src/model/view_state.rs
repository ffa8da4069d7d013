//! Everything a page URL says about the view, read by one parser for the browser, the
//! server's render of the page and the image export.
use std::collections::BTreeSet;

use super::params::{
    encode_pairs, parse_city, ParamError, Viewport, ATLAS_PATH, EMBED_PARAMS, EMBED_PATH,
    VIEW_PARAMS,
};
use super::{EmbedOptions, Lang, Query};

/// Which side panel is open (the detail panel opens on its own when an entity is selected).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    List,
    Filters,
    /// The eight fields' 2025 targets and 表1 (`panel=sectors`).
    Sectors,
}

impl Panel {
    const ALL: [(Panel, &'static str); 3] = [
        (Panel::List, "list"),
        (Panel::Filters, "filters"),
        (Panel::Sectors, "sectors"),
    ];

    fn name(self) -> &'static str {
        Panel::ALL
            .iter()
            .find(|(p, _)| *p == self)
            .map_or("list", |(_, n)| n)
    }

    fn parse(value: &str) -> Result<Panel, ParamError> {
        Panel::ALL
            .iter()
            .find(|(_, n)| *n == value)
            .map(|(p, _)| *p)
            .ok_or_else(|| {
                ParamError::new(
                    "panel",
                    format!("expected list, filters or sectors, got {value:?}"),
                )
            })
    }
}

/// Everything a URL says about the view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// Filters and search, exactly as the REST API reads them.
    pub query: Query,
    pub selected: Option<String>,
    pub viewport: Option<Viewport>,
    pub panel: Panel,
    /// The result list's order, one of [`ViewState::SORT_KEYS`] (`sort=tier`); `None` keeps
    /// the server's order.
    pub sort: Option<&'static str>,
    /// The city whose profile is open (`profile=厦门市`), one of `CITIES`.
    pub profile: Option<String>,
    /// What the plan reader shows (`read=box9`, `read=box9-g1-r1.p1`): a section or a
    /// passage of the plan, which it opens at and highlights.
    pub read: Option<String>,
    pub lang: Lang,
    /// How `/embed` (and an image) draws this view.
    pub embed: EmbedOptions,
    /// The first parameter the URL got wrong (filters first), shown to the user instead of
    /// silently ignored; an image export answers it with a 400.
    pub error: Option<ParamError>,
}

impl ViewState {
    pub const SORT_KEYS: [&'static str; 3] = ["name", "tier", "kind"];

    /// Reads a page URL. Each parameter goes through its parser; a bad one is reported
    /// in `error` and left out, while the others still apply.
    pub fn from_pairs(pairs: &[(String, String)]) -> ViewState {
        let mut s = ViewState::default();
        let mut own_error = None;
        let mut seen = BTreeSet::new();
        let (own, filters): (Vec<_>, Vec<_>) = pairs.iter().cloned().partition(|(k, _)| {
            VIEW_PARAMS.contains(&k.as_str()) || EMBED_PARAMS.contains(&k.as_str())
        });
        for (k, v) in &own {
            let result = if seen.insert(k.as_str()) {
                s.set(k, v.trim())
            } else {
                Err(ParamError::new(k, "given more than once"))
            };
            if let (Err(e), None) = (result, &own_error) {
                own_error = Some(e);
            }
        }
        match Query::from_pairs(&filters) {
            Ok(q) => s.query = q,
            Err(e) => s.error = Some(e),
        }
        s.error = s.error.take().or(own_error);
        s
    }

    /// Sets one of [`VIEW_PARAMS`] or [`EMBED_PARAMS`]; an empty `sel`, `profile` or
    /// `sort` means "none".
    fn set(&mut self, name: &str, v: &str) -> Result<(), ParamError> {
        let given = (!v.is_empty()).then_some(v);
        match name {
            "sel" => self.selected = given.map(str::to_owned),
            "at" => self.viewport = Some(Viewport::parse(v)?),
            "panel" => self.panel = Panel::parse(v)?,
            "profile" => {
                self.profile = match given {
                    Some(c) => Some(parse_city(name, c)?.to_owned()),
                    None => None,
                }
            }
            "sort" => {
                self.sort = match given {
                    Some(key) => Some(Self::SORT_KEYS.into_iter().find(|k| *k == key).ok_or_else(
                        || {
                            ParamError::new(
                                name,
                                format!("expected name, tier or kind, got {key:?}"),
                            )
                        },
                    )?),
                    None => None,
                }
            }
            "lang" => self.lang = Lang::parse(v)?,
            "read" => {
                let ok = v.len() <= 60
                    && v.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.".contains(&b)
                    });
                if !ok {
                    return Err(ParamError::new(
                        name,
                        "expected a section or passage id of the plan, e.g. box9",
                    ));
                }
                self.read = given.map(str::to_owned);
            }
            _ => self.embed.set(name, v)?,
        }
        Ok(())
    }

    /// Canonical pairs: filters first (in the API's order), then view settings; defaults omitted.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = self.query.to_pairs();
        if let Some(sel) = &self.selected {
            out.push(("sel".into(), sel.clone()));
        }
        if let Some(v) = self.viewport {
            out.push(("at".into(), v.to_param()));
        }
        if self.panel != Panel::List {
            out.push(("panel".into(), self.panel.name().into()));
        }
        if let Some(sort) = self.sort {
            out.push(("sort".into(), sort.into()));
        }
        if let Some(city) = &self.profile {
            out.push(("profile".into(), city.clone()));
        }
        if let Some(read) = &self.read {
            out.push(("read".into(), read.clone()));
        }
        if self.lang != Lang::Zh {
            out.push(("lang".into(), self.lang.code().into()));
        }
        out.extend(self.embed.to_pairs());
        out
    }

    /// The URL of this view on the page at `path` (`/` or `/embed`).
    pub fn href_at(&self, path: &str) -> String {
        let qs = encode_pairs(&self.to_pairs());
        if qs.is_empty() {
            path.into()
        } else {
            format!("{path}?{qs}")
        }
    }

    /// The full map of this view.
    pub fn href(&self) -> String {
        ViewState {
            embed: EmbedOptions::default(),
            ..self.clone()
        }
        .href_at(ATLAS_PATH)
    }

    /// This view as an embedded map: the map's own state and `embed`, no side panels.
    pub fn embed_href(&self, embed: &EmbedOptions) -> String {
        ViewState {
            query: self.query.clone(),
            selected: self.selected.clone(),
            viewport: self.viewport,
            lang: self.lang,
            embed: embed.clone(),
            ..ViewState::default()
        }
        .href_at(EMBED_PATH)
    }

    /// Drops every filter and the search text; the view, selection and language stay.
    pub fn clear_filters(&mut self) {
        let keep = self.query.bbox;
        self.query = Default::default();
        self.query.bbox = keep;
    }

    /// The filters alone, as a query string (for the clusters of the map's exact bounds).
    pub fn filter_query(&self) -> String {
        let mut q = self.query.clone();
        q.limit = super::MAX_LIMIT;
        encode_pairs(&q.to_pairs())
    }

    /// [`Self::filter_query`] limited to `bbox`, the map's view (when known), and for a
    /// clustered view the grid zoom, so the answer brings its clusters
    /// (`crate::api::parse_search` reads it).
    pub fn search_query(&self, bbox: Option<[f64; 4]>) -> String {
        let mut q = self.query.clone();
        q.limit = super::MAX_LIMIT;
        q.bbox = bbox.or(q.bbox);
        let mut pairs = q.to_pairs();
        if let Some(v) = self.viewport.filter(|v| v.zoom < super::CLUSTER_BELOW_ZOOM) {
            pairs.push(("zoom".into(), format!("{}", v.zoom.floor())));
        }
        encode_pairs(&pairs)
    }
}

#[cfg(test)]
#[path = "view_state_tests.rs"]
mod tests;
