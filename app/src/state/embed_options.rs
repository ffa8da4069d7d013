//! How an embedded map (`/embed?…`) looks: `title`, `legend`, `controls`, `interactive`.
use crate::model::QueryError;

pub const MAX_TITLE_CHARS: usize = 100;

/// Options of the embed page; the full map ignores them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    pub title: Option<String>,
    pub legend: bool,
    /// Zoom buttons.
    pub controls: bool,
    /// `false` locks the view (for slides): no panning, zooming or keyboard moves.
    pub interactive: bool,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            title: None,
            legend: true,
            controls: true,
            interactive: true,
        }
    }
}

impl EmbedOptions {
    pub const PARAMS: [&'static str; 4] = ["title", "legend", "controls", "interactive"];

    /// Sets one parameter (one of [`Self::PARAMS`]); a bad value is named, not ignored.
    pub fn set(&mut self, param: &str, value: &str) -> Result<(), QueryError> {
        let flag = || match value {
            "1" | "true" => Ok(true),
            "0" | "false" => Ok(false),
            _ => Err(QueryError {
                param: param.into(),
                message: format!("expected 0 or 1, got {value:?}"),
            }),
        };
        match param {
            "title" if value.chars().count() > MAX_TITLE_CHARS => {
                return Err(QueryError {
                    param: "title".into(),
                    message: format!("at most {MAX_TITLE_CHARS} characters"),
                })
            }
            "title" => self.title = Some(value.trim().to_string()).filter(|t| !t.is_empty()),
            "legend" => self.legend = flag()?,
            "controls" => self.controls = flag()?,
            "interactive" => self.interactive = flag()?,
            _ => {}
        }
        Ok(())
    }

    /// Canonical pairs, defaults omitted.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some(t) = &self.title {
            out.push(("title".into(), t.clone()));
        }
        for (name, on) in [
            ("legend", self.legend),
            ("controls", self.controls),
            ("interactive", self.interactive),
        ] {
            if !on {
                out.push((name.into(), "0".into()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_parse_strictly_and_defaults_are_omitted() {
        let mut o = EmbedOptions::default();
        assert!(o.to_pairs().is_empty());
        o.set("legend", "0").unwrap();
        o.set("title", " 新材料 ").unwrap();
        assert_eq!(
            o.to_pairs(),
            [
                ("title".into(), "新材料".into()),
                ("legend".into(), "0".into())
            ]
        );
        let err = o.set("interactive", "no").unwrap_err();
        assert_eq!(err.param, "interactive");
        assert_eq!(o.set("title", &"x".repeat(101)).unwrap_err().param, "title");
    }
}
