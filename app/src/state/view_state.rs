use crate::i18n::Lang;
use crate::model::{Query, QueryError};

/// Which side panel is open (the detail panel opens on its own when an entity is selected).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    List,
    Filters,
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
    pub lang: Lang,
    /// A filter the URL got wrong, shown to the user instead of silently ignored.
    pub error: Option<QueryError>,
}

const UI_PARAMS: [&str; 4] = ["sel", "at", "panel", "lang"];

impl ViewState {
    pub fn from_pairs(pairs: &[(String, String)]) -> ViewState {
        let mut s = ViewState::default();
        let (ui, filters): (Vec<_>, Vec<_>) = pairs
            .iter()
            .cloned()
            .partition(|(k, _)| UI_PARAMS.contains(&k.as_str()));
        for (k, v) in ui {
            match k.as_str() {
                "sel" if !v.is_empty() => s.selected = Some(v),
                "at" => s.viewport = parse_viewport(&v),
                "panel" if v == "filters" => s.panel = Panel::Filters,
                "lang" => s.lang = Lang::from_code(&v).unwrap_or_default(),
                _ => {}
            }
        }
        match Query::from_pairs(&filters) {
            Ok(q) => s.query = q,
            Err(e) => s.error = Some(e),
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
        if self.panel == Panel::Filters {
            out.push(("panel".into(), "filters".into()));
        }
        if self.lang != Lang::Zh {
            out.push(("lang".into(), self.lang.code().into()));
        }
        out
    }

    /// The URL of this view (path `/` plus query).
    pub fn href(&self) -> String {
        let qs = encode(&self.to_pairs());
        if qs.is_empty() {
            "/".into()
        } else {
            format!("/?{qs}")
        }
    }

    /// The filters alone, as a query string for the search server function.
    pub fn filter_query(&self) -> String {
        let mut q = self.query.clone();
        q.limit = crate::model::MAX_LIMIT;
        encode(&q.to_pairs())
    }
}

fn parse_viewport(v: &str) -> Option<Viewport> {
    let n: Vec<f64> = v
        .split(',')
        .map(|x| x.trim().parse().ok())
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
mod tests {
    use super::*;
    use crate::model::Sector;

    fn pairs(s: &[(&str, &str)]) -> Vec<(String, String)> {
        s.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn round_trips_every_piece_of_state() {
        let s = ViewState::from_pairs(&pairs(&[
            ("sector", "new_materials"),
            ("tier", "national"),
            ("q", "厦门 火炬"),
            ("sel", "graphene-cluster"),
            ("at", "118.1,24.5,9"),
            ("panel", "filters"),
            ("lang", "en"),
        ]));
        assert!(s.error.is_none());
        assert!(s.query.sectors.contains(&Sector::NewMaterials));
        let again = ViewState::from_pairs(&s.to_pairs());
        assert_eq!(again, s);
        assert!(
            s.href().starts_with("/?sector=new_materials"),
            "{}",
            s.href()
        );
    }

    #[test]
    fn bad_filter_is_reported_not_dropped() {
        let s = ViewState::from_pairs(&pairs(&[("tier", "mega")]));
        assert_eq!(s.error.as_ref().map(|e| e.param.as_str()), Some("tier"));
    }

    #[test]
    fn default_view_is_the_bare_path() {
        assert_eq!(ViewState::default().href(), "/");
    }
}
