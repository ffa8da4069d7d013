//! The view's language (`lang=zh|en`), which lives in the URL so text follows the link.
use serde::{Deserialize, Serialize};

use super::params::ParamError;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// `lang=`: `zh` or `en`.
    pub fn parse(code: &str) -> Result<Lang, ParamError> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| ParamError::new("lang", format!("expected zh or en, got {code:?}")))
    }

    /// `path` in this language: the pages carry it in the URL (`lang=en`; Chinese is the
    /// default, so nothing is added for it).
    pub fn href(self, path: &str) -> String {
        let sep = if path.contains('?') { '&' } else { '?' };
        match self {
            Lang::Zh => path.to_owned(),
            Lang::En => format!("{path}{sep}lang=en"),
        }
    }

    /// Of a name given in both languages, the one in this language, then the other.
    pub fn pick<'a, T: ?Sized>(self, zh: &'a T, en: &'a T) -> (&'a T, &'a T) {
        match self {
            Lang::Zh => (zh, en),
            Lang::En => (en, zh),
        }
    }
}
