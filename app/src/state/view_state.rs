use super::EmbedOptions;
use crate::i18n::Lang;
use crate::model::{parse_decimal, Query, QueryError, CITIES};

/// Which side panel is open (the detail panel opens on its own when an entity is selected).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    List,
    Filters,
    /// The eight fields' 2025 targets and 表1 (`panel=sectors`).
    Sectors,
}

/// Map centre and zoom, as `at=lon,lat,zoom`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
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
    /// the server's order. A checked key rather than an enum: `state` only re-exports
    /// `ViewState`, and components must be able to name the choices.
    pub sort: Option<&'static str>,
    /// The city whose profile is open (`profile=厦门市`), one of `CITIES`.
    pub profile: Option<String>,
    pub lang: Lang,
    /// How `/embed` draws this view.
    pub embed: EmbedOptions,
    /// A filter the URL got wrong, shown to the user instead of silently ignored.
    pub error: Option<QueryError>,
}

const UI_PARAMS: [&str; 10] = [
    "sel",
    "at",
    "panel",
    "lang",
    "profile",
    "sort",
    "title",
    "legend",
    "controls",
    "interactive",
];

impl ViewState {
    pub const SORT_KEYS: [&'static str; 3] = ["name", "tier", "kind"];

    pub fn from_pairs(pairs: &[(String, String)]) -> ViewState {
        let mut s = ViewState::default();
        let mut bad_profile = None;
        let mut bad_embed = None;
        let (ui, filters): (Vec<_>, Vec<_>) = pairs
            .iter()
            .cloned()
            .partition(|(k, _)| UI_PARAMS.contains(&k.as_str()));
        for (k, v) in ui {
            match k.as_str() {
                "sel" if !v.is_empty() => s.selected = Some(v),
                "at" => s.viewport = parse_viewport(&v),
                "panel" if v == "filters" => s.panel = Panel::Filters,
                "panel" if v == "sectors" => s.panel = Panel::Sectors,
                "profile" if CITIES.contains(&v.as_str()) => s.profile = Some(v),
                "profile" if !v.is_empty() => bad_profile = Some(v),
                "sort" => s.sort = Self::SORT_KEYS.into_iter().find(|k| *k == v),
                "lang" => s.lang = Lang::from_code(&v).unwrap_or_default(),
                _ => {
                    if let Err(e) = s.embed.set(&k, &v) {
                        bad_embed = Some(e);
                    }
                }
            }
        }
        match Query::from_pairs(&filters) {
            Ok(q) => s.query = q,
            Err(e) => s.error = Some(e),
        }
        if s.error.is_none() {
            s.error = bad_embed;
        }
        // Reported like a bad filter, so a mistyped link says why no profile opened.
        if let (None, Some(v)) = (&s.error, bad_profile) {
            s.error = Some(QueryError {
                param: "profile".into(),
                message: format!("unknown city {v:?}; expected one of {}", CITIES.join(", ")),
            });
        }
        s
    }

    /// Canonical pairs: filters first (in the API's order), then view settings; defaults omitted.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = self.query.to_pairs();
        if let Some(sel) = &self.selected {
            out.push(("sel".into(), sel.clone()));
        }
        if let Some(v) = self.viewport {
            out.push(("at".into(), format!("{:.4},{:.4},{}", v.lon, v.lat, v.zoom)));
        }
        match self.panel {
            Panel::List => {}
            Panel::Filters => out.push(("panel".into(), "filters".into())),
            Panel::Sectors => out.push(("panel".into(), "sectors".into())),
        }
        if let Some(sort) = self.sort {
            out.push(("sort".into(), sort.into()));
        }
        if let Some(city) = &self.profile {
            out.push(("profile".into(), city.clone()));
        }
        if self.lang != Lang::Zh {
            out.push(("lang".into(), self.lang.code().into()));
        }
        out.extend(self.embed.to_pairs());
        out
    }

    /// The URL of this view on the page at `path` (`/` or `/embed`).
    pub fn href_at(&self, path: &str) -> String {
        let qs = encode(&self.to_pairs());
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
        .href_at(crate::ATLAS_PATH)
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
        .href_at(crate::EMBED_PATH)
    }

    /// Drops every filter and the search text; the view, selection and language stay.
    pub fn clear_filters(&mut self) {
        let keep = self.query.bbox;
        self.query = Default::default();
        self.query.bbox = keep;
    }

    /// The filters alone, as a query string for the search server function.
    pub fn filter_query(&self) -> String {
        self.search_query(None)
    }

    /// [`Self::filter_query`] limited to `bbox`, the map's view (when known).
    pub fn search_query(&self, bbox: Option<[f64; 4]>) -> String {
        let mut q = self.query.clone();
        q.limit = crate::model::MAX_LIMIT;
        q.bbox = bbox.or(q.bbox);
        encode(&q.to_pairs())
    }
}

fn parse_viewport(v: &str) -> Option<Viewport> {
    let n: Vec<f64> = v
        .split(',')
        .map(|x| parse_decimal(x.trim()))
        .collect::<Option<_>>()?;
    match n.as_slice() {
        [lon, lat, zoom] if lon.is_finite() && lat.is_finite() && (0.0..=20.0).contains(zoom) => {
            Some(Viewport {
                lon: *lon,
                lat: *lat,
                zoom: *zoom,
            })
        }
        _ => None,
    }
}

/// A URL query (without `?`) as decoded pairs, in order.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// `application/x-www-form-urlencoded`, as browsers write query strings.
pub fn encode(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
#[path = "view_state_tests.rs"]
mod tests;
