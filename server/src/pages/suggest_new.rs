use app::i18n::{self, city_name};
use app::model::{wire_name, Lang, Sector, ALL_KINDS, ALL_TIERS, CITIES, FUJIAN_FRAME};
use app::tr;
use leptos::prelude::*;

use super::document::{document_with, page_header};
use super::picker::{datum_select, map_picker, site_fields, source_fields, Fields, HEAD};
use super::Flash;

/// The kind, sectors, tier and city of a new entity, as selects and checkboxes.
fn classification(lang: Lang, f: &Fields) -> impl IntoView {
    let (kind, tier, city) = (f.get("kind"), f.get("tier"), f.get("city"));
    let chosen: Vec<&str> =
        f.0.iter()
            .filter(|(k, _)| k == "sector")
            .map(|(_, v)| v.as_str())
            .collect();
    let kinds = ALL_KINDS.map(|k| {
        let w = wire_name(&k);
        view! { <option selected=kind == w value=w>{i18n::kind(lang, k)}</option> }
    });
    let tiers = ALL_TIERS.map(|t| {
        let w = wire_name(&t);
        // A tier only when the document states one: "none" unless it does.
        let selected = tier == w || tier.is_empty() && w == "none";
        view! { <option selected=selected value=w>{i18n::tier(lang, t)}</option> }
    });
    let cities =
        CITIES.map(|c| view! { <option selected=city == c value=c>{city_name(lang, c)}</option> });
    let sectors = Sector::ALL.map(|s| {
        let w = wire_name(&s);
        view! { <label class="check"><input type="checkbox" name="sector" value=w.clone() checked=chosen.contains(&w.as_str()) />{i18n::sector(lang, s)}</label> }
    });
    view! {
        <label>{tr!(lang, kind)}<select name="kind">{kinds}</select></label>
        <fieldset class="sectors"><legend>{tr!(lang, sector)}</legend>{sectors}</fieldset>
        <label>{tr!(lang, review.tier_stated)}<select name="tier">{tiers}</select></label>
        <label>{tr!(lang, city)}<select name="city">{cities}</select></label>
        {f.text_input("district", tr!(lang, review.district))}
    }
}

/// `/suggest/new`: an entity another document names (a city plan, the next five-year plan).
pub fn new_entity_page(lang: Lang, css: &str, f: Fields, basemap: &str, flash: Flash) -> String {
    let title = tr!(lang, review.add_entity);
    let body = view! {
        {page_header(lang, "/suggest/new")}
        <main class="account wide suggest">
            <h1>{title}</h1>
            <p>{tr!(lang, review.add_intro)}</p>
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <form class="suggest-form" method="post" action=lang.href("/suggest/new")>
                {f.text_input("name_zh", tr!(lang, review.name_zh))}
                {f.text_input("name_en", tr!(lang, review.name_en))}
                {classification(lang, &f)}
                {map_picker(lang, &f, 1, basemap, FUJIAN_FRAME)}
                {site_fields(lang, &f, 0, f.get("name_zh"), false)}
                {datum_select(lang, &f)}
                <fieldset class="citation">
                    <legend>{tr!(lang, review.citation)}</legend>
                    {f.text_input("document", tr!(lang, review.document))}
                    {f.text_input("section", tr!(lang, review.section))}
                    {f.textarea("quote", tr!(lang, review.quote), 2)}
                </fieldset>
                {source_fields(lang, &f)}
                <button type="submit">{tr!(lang, review.submit)}</button>
            </form>
        </main>
    };
    document_with(lang, title, css, body, &HEAD)
}
