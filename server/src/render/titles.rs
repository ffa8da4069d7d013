//! The words of the title band: a default title from the filters, and a subtitle saying
//! how many entities match and what else the picture is filtered on.
use app::i18n::{city_name, Lang};
use app::model::Query;

fn list(lang: Lang, items: Vec<String>) -> Option<String> {
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    (!items.is_empty()).then(|| items.join(sep))
}

/// The default title: the atlas name and the sectors filtered on.
pub fn default_title(lang: Lang, query: &Query) -> String {
    let t = lang.strings();
    let sectors = query
        .sectors
        .iter()
        .map(|s| t.sector(*s).to_owned())
        .collect();
    match list(lang, sectors) {
        Some(names) => format!("{} · {names}", t.title),
        None => t.title.to_owned(),
    }
}

/// "N results · tiers · kinds · cities · "text"": what else the picture is filtered on.
pub fn subtitle(lang: Lang, query: &Query, matched: usize) -> String {
    let t = lang.strings();
    let mut parts = vec![format!("{matched} {}", t.results)];
    parts.extend(list(
        lang,
        query.tiers.iter().map(|x| t.tier(*x).into()).collect(),
    ));
    parts.extend(list(
        lang,
        query.kinds.iter().map(|x| t.kind(*x).into()).collect(),
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
        assert_eq!(default_title(Lang::Zh, &q), Lang::Zh.strings().title);
        q.sectors.extend([Marine, NewMaterials]);
        let t = Lang::Zh.strings();
        // Sectors in the enum's order, whatever order the URL gave them in.
        let want = format!(
            "{} · {}、{}",
            t.title,
            t.sector(NewMaterials),
            t.sector(Marine)
        );
        assert_eq!(default_title(Lang::Zh, &q), want);
    }
}
