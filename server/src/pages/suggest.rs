use app::i18n;
use app::model::{
    wire_name, Entity, Lang, Precision, RegionKind, Status, REGION_STROKE, SEA_COLOR,
};
use app::tr;
use leptos::prelude::*;

use super::document::{document_with, page_header, Head};
use super::{href, Flash};

/// Leaflet and the map picker, loaded on this page only (never on the map's pages).
const HEAD: Head = Head {
    styles: &["/vendor/leaflet/leaflet.css"],
    scripts: &["/vendor/leaflet/leaflet.js", "/suggest.js"],
};
const PRECISIONS: [Precision; 3] = [Precision::Site, Precision::District, Precision::City];

/// What the suggest page shows: the entity and the form's values (as it stands, or as the
/// editor sent it when it was refused).
pub struct SuggestView<'a> {
    pub entity: &'a Entity,
    pub fields: Vec<(String, String)>,
    pub basemap_url: String,
}

impl SuggestView<'_> {
    fn get(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

fn text_input(v: &SuggestView, name: &'static str, label: &'static str) -> impl IntoView {
    view! { <label>{label}<input name=name value=v.get(name) /></label> }
}

fn sites(lang: Lang, v: &SuggestView) -> impl IntoView {
    v.entity
        .props
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let current = v.get(&format!("site{i}_precision"));
            let options = PRECISIONS.map(|p| {
                let w = wire_name(&p);
                view! { <option selected=current == w value=w>{i18n::precision(lang, p)}</option> }
            });
            view! {
                <fieldset class="site" data-site=i.to_string()>
                    <legend>{tr!(lang, review.site)}" "{(i + 1).to_string()}" · "{m.name_zh.clone()}</legend>
                    <label>{tr!(lang, review.lon)}<input name=format!("site{i}_lon") value=v.get(&format!("site{i}_lon")) inputmode="decimal" required /></label>
                    <label>{tr!(lang, review.lat)}<input name=format!("site{i}_lat") value=v.get(&format!("site{i}_lat")) inputmode="decimal" required /></label>
                    <label>{tr!(lang, review.precision)}<select name=format!("site{i}_precision")>{options}</select></label>
                </fieldset>
            }
        })
        .collect_view()
}

/// The map picker's data: each site's index, name and position.
fn sites_json(v: &SuggestView) -> String {
    let sites: Vec<_> = (0..v.entity.props.members.len())
        .map(|i| {
            let n = |k: &str| v.get(&format!("site{i}_{k}")).parse::<f64>().ok();
            serde_json::json!({"lon": n("lon"), "lat": n("lat")})
        })
        .collect();
    serde_json::Value::from(sites).to_string()
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

/// `/suggest/{id}`: an editor's correction of one entity.
pub fn suggest_page(lang: Lang, css: &str, v: SuggestView, flash: Flash) -> String {
    let p = &v.entity.props;
    let (name, _) = lang.pick(&p.name_zh, &p.name_en);
    let title = format!("{} · {name}", tr!(lang, review.suggest));
    let status = v.get("status");
    let statuses = Status::ALL.map(|s| {
        let w = wire_name(&s);
        view! { <option selected=status == w value=w>{s.label(lang)}</option> }
    });
    let datum = v.get("datum");
    let body = view! {
        {page_header(lang, &format!("/suggest/{}", v.entity.id))}
        <main class="account wide suggest">
            <h1>{title.clone()}</h1>
            <p>{tr!(lang, review.suggest_intro)}</p>
            <p><a href=href(&format!("/?sel={}", v.entity.id), lang)>{tr!(lang, review.on_map)}</a>" · "
                <a href=href(&format!("/entities/{}/history", v.entity.id), lang)>{tr!(lang, review.view_history)}</a></p>
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <form class="suggest-form" method="post" action=href(&format!("/suggest/{}", v.entity.id), lang)>
                <input type="hidden" name="base_revision" value=v.get("base_revision") />
                <div id="suggest-map" class="suggest-map" data-sites=sites_json(&v) data-basemap=v.basemap_url.clone()
                    data-looks=looks_json() style=format!("background:{SEA_COLOR}")
                    aria-label=tr!(lang, map_label)></div>
                <p class="hint">{tr!(lang, review.map_hint)}</p>
                {sites(lang, &v)}
                <label>{tr!(lang, review.datum)}<select name="datum">
                    <option value="wgs84">{tr!(lang, review.wgs84)}</option>
                    <option value="gcj02" selected=datum == "gcj02">{tr!(lang, review.gcj02)}</option>
                </select></label>
                {text_input(&v, "location_note", tr!(lang, review.location_note))}
                {text_input(&v, "name_en", tr!(lang, review.name_en))}
                <label>{tr!(lang, review.aliases)}<textarea name="aliases" rows="2">{v.get("aliases")}</textarea></label>
                <label>{tr!(lang, review.status)}<select name="status">
                    <option value="">{tr!(lang, review.status_none)}</option>{statuses}</select></label>
                <label>{tr!(lang, review.as_of)}<input type="date" name="status_as_of" value=v.get("status_as_of") /></label>
                <label>{tr!(lang, review.area)}<input name="area_km2" value=v.get("area_km2") inputmode="decimal" /></label>
                <label>{tr!(lang, review.website)}<input type="url" name="website" value=v.get("website") /></label>
                <label>{tr!(lang, review.note)}<textarea name="note" rows="3">{v.get("note")}</textarea></label>
                <fieldset class="source">
                    <legend>{tr!(lang, review.source)}</legend>
                    <label>{tr!(lang, review.reason)}<textarea name="reason" rows="2" required>{v.get("reason")}</textarea></label>
                    {text_input(&v, "source_title", tr!(lang, review.source_title))}
                    <label>{tr!(lang, review.source_url)}<input type="url" name="source_url" value=v.get("source_url") /></label>
                    <label class="check"><input type="checkbox" name="local_knowledge" checked=!v.get("local_knowledge").is_empty() />
                        {tr!(lang, review.local_knowledge)}</label>
                    <label>{tr!(lang, review.source_date)}<input type="date" name="source_date" value=v.get("source_date") required /></label>
                </fieldset>
                <button type="submit">{tr!(lang, review.submit)}</button>
            </form>
        </main>
    };
    document_with(lang, &title, css, body, &HEAD)
}
