//! How an embedded map (`/embed?…`) looks: `title`, `legend`, `controls`, `interactive`.
use super::params::{parse_flag, parse_title, ParamError, EMBED_PARAMS};

/// Options of the embed page; the full map ignores them. Images read `title` and `legend`.
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
    /// Sets one of [`EMBED_PARAMS`]; a bad value is named, not ignored.
    pub fn set(&mut self, param: &str, value: &str) -> Result<(), ParamError> {
        match param {
            "title" => self.title = parse_title(value)?,
            "legend" => self.legend = parse_flag(param, value)?,
            "controls" => self.controls = parse_flag(param, value)?,
            "interactive" => self.interactive = parse_flag(param, value)?,
            _ => {
                let known = EMBED_PARAMS.join(", ");
                return Err(ParamError::new(
                    param,
                    format!("not an embed option ({known})"),
                ));
            }
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
        for bad in ["no", "true", "false", ""] {
            assert_eq!(o.set("interactive", bad).unwrap_err().param, "interactive");
        }
        assert_eq!(o.set("title", &"x".repeat(101)).unwrap_err().param, "title");
    }
}
