//! UI text in Chinese (default) and English. Every string lives in `app/locales/{zh,en}.json`;
//! `build.rs` turns them into [leptos_i18n] keys, so a key missing from either file, or a
//! misspelt key or interpolation, is a compile error. Components never hold literal UI
//! text: they ask [`tr!`](crate::tr) for a key in the view's [`Lang`] (which lives in the
//! URL, so the text follows the link rather than a cookie).
mod labels;

pub use labels::{
    city_name, frame_preset, image_size_label, kind, kind_badge, precision, sector, sort_label,
    tier,
};

/// What `build.rs` generated from the locale files: the `i18n` module of leptos_i18n. Its
/// context helpers (cookie, `Accept-Language`) go unused: the language lives in the URL.
#[allow(unused_imports, dead_code)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}
use generated::i18n::Locale;

use crate::model::Lang;

/// The generated leptos_i18n locale of a [`Lang`].
pub const fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::Zh => Locale::zh,
        Lang::En => Locale::en,
    }
}

/// The UI text at `key` (a path in `locales/*.json`, e.g. `share.copy`) in a [`Lang`], with
/// any `{{ name }}` in it filled from `name = value` arguments. Crates using it depend on
/// `leptos_i18n`, which its expansion names.
///
/// ```
/// use app::model::Lang;
/// assert_eq!(app::tr!(Lang::En, share.copy), "Copy");
/// assert_eq!(app::tr!(Lang::Zh, in_view, shown = 3, total = 9), "地图范围内 3 个（共 9 个）");
/// ```
#[macro_export]
macro_rules! tr {
    ($lang:expr, $($key:tt)+) => {
        ::leptos_i18n::td_string!($crate::i18n::locale($lang), $($key)+)
    };
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// Every leaf key of a locale file, dotted (`share.copy`).
    fn keys(value: &serde_json::Value, prefix: &str, out: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    keys(v, &format!("{prefix}{k}."), out);
                }
            }
            _ => {
                out.insert(prefix.trim_end_matches('.').to_string());
            }
        }
    }

    /// leptos_i18n only warns about a key missing from one file (and shows the default
    /// language's text), so hold both files to the same keys here.
    #[test]
    fn both_locales_have_the_same_keys() {
        let parse = |text: &str| {
            let mut out = BTreeSet::new();
            keys(&serde_json::from_str(text).unwrap(), "", &mut out);
            out
        };
        let zh = parse(include_str!("../../locales/zh.json"));
        let en = parse(include_str!("../../locales/en.json"));
        assert_eq!(
            zh.symmetric_difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new()
        );
        assert!(zh.len() > 100, "{} keys", zh.len());
    }
}
