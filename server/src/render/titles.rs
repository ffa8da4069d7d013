//! The words of the title band: a default title from the filters, and a subtitle saying
//! how many entities match and what else the picture is filtered on.
use app::i18n;
use app::i18n::city_name;
use app::model::Lang;
use app::model::Query;
use app::tr;

fn list(lang: Lang, items: Vec<String>) -> Option<String> {
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    (!items.is_empty()).then(|| items.join(sep))
}

/// The default title: the atlas name and the sectors filtered on.
pub fn default_title(lang: Lang, query: &Query) -> String {
    let sectors = query
        .sectors
        .iter()
        .map(|s| i18n::sector(lang, *s).to_owned())
        .collect();
    match list(lang, sectors) {
        Some(names) => format!("{} · {names}", tr!(lang, title)),
        None => tr!(lang, title).to_owned(),
    }
}

/// "N results · tiers · kinds · cities · "text"": what else the picture is filtered on.
pub fn subtitle(lang: Lang, query: &Query, matched: usize) -> String {
    let mut parts = vec![format!("{matched} {}", tr!(lang, results))];
    parts.extend(list(
        lang,
        query
            .tiers
            .iter()
            .map(|x| i18n::tier(lang, *x).into())
            .collect(),
    ));
    parts.extend(list(
        lang,
        query
            .kinds
            .iter()
            .map(|x| i18n::kind(lang, *x).into())
            .collect(),
    ));
    parts.extend(list(
        lang,
        query.cities.iter().map(|c| city_name(lang, c)).collect(),
    ));
    parts.extend(query.q.as_ref().map(|q| format!("“{q}”")));
    // Spatial filters have no short name in the UI; name the parameter rather than nothing.
    parts.extend(query.bbox.map(|_| "bbox".to_owned()));
    parts.extend(query.near.map(|_| "near".to_owned()));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::model::Sector::{Marine, NewMaterials};

    #[test]
    fn default_title_names_the_filtered_sectors() {
        let mut q = Query::default();
        assert_eq!(default_title(Lang::Zh, &q), tr!(Lang::Zh, title));
        q.sectors.extend([Marine, NewMaterials]);
        let lang = Lang::Zh;
        // Sectors in the enum's order, whatever order the URL gave them in.
        let want = format!(
            "{} · {}、{}",
            tr!(lang, title),
            i18n::sector(lang, NewMaterials),
            i18n::sector(lang, Marine)
        );
        assert_eq!(default_title(Lang::Zh, &q), want);
    }
}
