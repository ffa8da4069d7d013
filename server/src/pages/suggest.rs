use app::model::{wire_name, Entity, Lang, Status, FUJIAN_FRAME};
use app::tr;
use leptos::prelude::*;

use super::document::{document_with, page_header};
use super::picker::{
    datum_select, map_picker, new_site_fields, site_fields, source_fields, Fields, HEAD,
};
use super::Flash;

/// What the suggest page shows: the entity and the form's values (as it stands, or as the
/// editor sent it when it was refused).
pub struct SuggestView<'a> {
    pub entity: &'a Entity,
    pub fields: Vec<(String, String)>,
    pub basemap_url: String,
}

/// `/suggest/{id}`: an editor's correction of one entity.
pub fn suggest_page(lang: Lang, css: &str, v: SuggestView, flash: Flash) -> String {
    let (e, f) = (v.entity, Fields(v.fields));
    let p = &e.props;
    let (name, _) = lang.pick(&p.name_zh, &p.name_en);
    let title = format!("{} · {name}", tr!(lang, review.suggest));
    let status = f.get("status");
    let statuses = Status::ALL.map(|s| {
        let w = wire_name(&s);
        view! { <option selected=status == w value=w>{s.label(lang)}</option> }
    });
    let sites = p
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| site_fields(lang, &f, i, m.name_zh.clone(), false))
        .collect_view();
    let n = p.members.len();
    let body = view! {
        {page_header(lang, &format!("/suggest/{}", e.id))}
        <main class="account wide suggest">
            <h1>{title.clone()}</h1>
            <p>{tr!(lang, review.suggest_intro)}</p>
            <p><a href=lang.href(&format!("/?sel={}", e.id))>{tr!(lang, review.on_map)}</a>" · "
                <a href=lang.href(&format!("/entities/{}/history", e.id))>{tr!(lang, review.view_history)}</a></p>
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <form class="suggest-form" method="post" action=lang.href(&format!("/suggest/{}", e.id))>
                <input type="hidden" name="base_revision" value=f.get("base_revision") />
                {map_picker(lang, &f, n + 1, &v.basemap_url, FUJIAN_FRAME)}
                {sites}
                {new_site_fields(lang, &f, n)}
                {datum_select(lang, &f)}
                {f.text_input("location_note", tr!(lang, review.location_note))}
                {f.text_input("name_en", tr!(lang, review.name_en))}
                {f.textarea("aliases", tr!(lang, review.aliases), 2)}
                {f.textarea("related", tr!(lang, review.related), 2)}
                <label>{tr!(lang, review.status)}<select name="status">
                    <option value="">{tr!(lang, review.status_none)}</option>{statuses}</select></label>
                <label>{tr!(lang, review.as_of)}<input type="date" name="status_as_of" value=f.get("status_as_of") /></label>
                <label>{tr!(lang, review.area)}<input name="area_km2" value=f.get("area_km2") inputmode="decimal" /></label>
                <label>{tr!(lang, review.website)}<input type="url" name="website" value=f.get("website") /></label>
                {f.textarea("note", tr!(lang, review.note), 3)}
                {source_fields(lang, &f)}
                <button type="submit">{tr!(lang, review.submit)}</button>
            </form>
        </main>
    };
    document_with(lang, &title, css, body, &HEAD)
}
