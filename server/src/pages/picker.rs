//! What both suggest forms share: the map picker (Leaflet and `assets/suggest.js`, loaded
//! on these pages only), a site's fields, the datum and the source's fields.
use app::i18n;
use app::i18n::city_name;
use app::model::{
    escape_markup, wire_name, Lang, Precision, RegionKind, CITIES, REGION_STROKE, SEA_COLOR,
};
use app::tr;
use leptos::prelude::*;

use super::document::Head;

pub const HEAD: Head = Head {
    styles: &["/vendor/leaflet/leaflet.css"],
    scripts: &["/vendor/leaflet/leaflet.js", "/suggest.js"],
};
const PRECISIONS: [Precision; 3] = [Precision::Site, Precision::District, Precision::City];

/// A form's values by field name (as it stands, or as the editor sent it).
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub fn text_input(&self, name: &'static str, label: &'static str) -> impl IntoView {
        view! { <label>{label}<input name=name value=self.get(name) /></label> }
    }

    /// A textarea holding the field's value. Its text is escaped here: the renderer writes
    /// a textarea's text child as it is, so `</textarea>` typed in it would end it.
    pub fn textarea(&self, name: &'static str, label: &'static str, rows: u8) -> impl IntoView {
        let text = escape_markup(&self.get(name));
        view! { <label>{label}<textarea name=name rows=rows.to_string() inner_html=text></textarea></label> }
    }
}

/// The base map's look by region kind, so the picker draws it as the map does.
fn looks_json() -> String {
    let look = |kind: RegionKind| {
        let l = kind.look();
        serde_json::json!({"color": REGION_STROKE, "weight": l.stroke_width, "dashArray": l.dash,
                           "fillColor": l.fill, "fillOpacity": 1})
    };
    serde_json::json!({
        "city": look(RegionKind::City),
        "pingtan": look(RegionKind::Pingtan),
        "context": look(RegionKind::Context),
    })
    .to_string()
}

/// The picker over `sites` sites (`site{i}_lon` …); `frame` is the box it shows when a
/// site has no position yet.
pub fn map_picker(
    lang: Lang,
    f: &Fields,
    sites: usize,
    basemap: &str,
    frame: [f64; 4],
) -> impl IntoView {
    let positions: Vec<_> = (0..sites)
        .map(|i| {
            let n = |k: &str| f.get(&format!("site{i}_{k}")).parse::<f64>().ok();
            serde_json::json!({"lon": n("lon"), "lat": n("lat")})
        })
        .collect();
    view! {
        <div id="suggest-map" class="suggest-map" data-sites=serde_json::Value::from(positions).to_string()
            data-basemap=basemap.to_owned() data-looks=looks_json() data-frame=serde_json::json!(frame).to_string()
            style=format!("background:{SEA_COLOR}") aria-label=tr!(lang, map_label)></div>
        <p class="hint">{tr!(lang, review.map_hint)}</p>
    }
}

/// Site `i`'s position and precision; `name` heads it. An optional site (one the form may
/// add) is left out when its position is empty.
pub fn site_fields(
    lang: Lang,
    f: &Fields,
    i: usize,
    name: String,
    optional: bool,
) -> impl IntoView {
    let current = f.get(&format!("site{i}_precision"));
    let options = PRECISIONS.map(|p| {
        let w = wire_name(&p);
        view! { <option selected=current == w value=w>{i18n::precision(lang, p)}</option> }
    });
    view! {
        <fieldset class="site" data-site=i.to_string()>
            <legend>{tr!(lang, review.site)}" "{(i + 1).to_string()}" · "{name}</legend>
            <label>{tr!(lang, review.lon)}<input name=format!("site{i}_lon") value=f.get(&format!("site{i}_lon")) inputmode="decimal" required=!optional /></label>
            <label>{tr!(lang, review.lat)}<input name=format!("site{i}_lat") value=f.get(&format!("site{i}_lat")) inputmode="decimal" required=!optional /></label>
            <label>{tr!(lang, review.precision)}<select name=format!("site{i}_precision")>{options}</select></label>
        </fieldset>
    }
}

/// A site the suggestion adds after the entity's `n`: its name, place and position.
pub fn new_site_fields(lang: Lang, f: &Fields, n: usize) -> impl IntoView {
    let city = f.get(&format!("site{n}_city"));
    let cities =
        CITIES.map(|c| view! { <option selected=city == c value=c>{city_name(lang, c)}</option> });
    view! {
        <details class="new-site" open=!f.get(&format!("site{n}_lon")).is_empty()>
            <summary>{tr!(lang, review.new_site)}</summary>
            <label>{tr!(lang, review.site_name)}<input name=format!("site{n}_name") value=f.get(&format!("site{n}_name")) /></label>
            <label>{tr!(lang, city)}<select name=format!("site{n}_city")>{cities}</select></label>
            <label>{tr!(lang, review.district)}<input name=format!("site{n}_district") value=f.get(&format!("site{n}_district")) /></label>
            {site_fields(lang, f, n, String::new(), true)}
        </details>
    }
}

pub fn datum_select(lang: Lang, f: &Fields) -> impl IntoView {
    let datum = f.get("datum");
    view! {
        <label>{tr!(lang, review.datum)}<select name="datum">
            <option value="wgs84">{tr!(lang, review.wgs84)}</option>
            <option value="gcj02" selected=datum == "gcj02">{tr!(lang, review.gcj02)}</option>
        </select></label>
    }
}

/// The reason and the source (a document, a web address or local knowledge, and a date).
pub fn source_fields(lang: Lang, f: &Fields) -> impl IntoView {
    view! {
        <fieldset class="source">
            <legend>{tr!(lang, review.source)}</legend>
            {f.textarea("reason", tr!(lang, review.reason), 2)}
            {f.text_input("source_title", tr!(lang, review.source_title))}
            <label>{tr!(lang, review.source_url)}<input type="url" name="source_url" value=f.get("source_url") /></label>
            <label class="check"><input type="checkbox" name="local_knowledge" checked=!f.get("local_knowledge").is_empty() />
                {tr!(lang, review.local_knowledge)}</label>
            <label>{tr!(lang, review.source_date)}<input type="date" name="source_date" value=f.get("source_date") required /></label>
        </fieldset>
    }
}
