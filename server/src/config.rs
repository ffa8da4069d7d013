//! Typed configuration from command-line flags and environment, validated once at start-up.
use std::{net::SocketAddr, path::PathBuf};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error(
        "invalid address {value:?} for {source_name}: expected host:port, e.g. 127.0.0.1:3000"
    )]
    Addr { source_name: String, value: String },
    #[error(
        "invalid frame-ancestors source {value:?} for {source_name}: expected *, 'self', 'none', \
         a scheme like https: or an origin like https://example.org, separated by spaces"
    )]
    FrameAncestors { source_name: String, value: String },
    #[error(
        "unknown flag {0:?} (known: --addr HOST:PORT, --data-dir DIR, --tile-url URL, \
         --frame-ancestors SOURCES)"
    )]
    UnknownFlag(String),
    #[error("flag {0} needs a value")]
    MissingValue(String),
}

/// Server settings. Precedence: flag > `ATLAS_*` env > `LEPTOS_SITE_ADDR` (set by cargo-leptos) > default.
#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    /// Optional tile layer URL template; off by default so the map works fully offline.
    pub tile_url: Option<String>,
    pub tile_attribution: Option<String>,
    /// Who may put `/embed` in a frame (CSP `frame-ancestors`); other pages: only this site.
    pub frame_ancestors: String,
}

impl Config {
    /// Reads flags (`args` without the program name) and the process environment.
    pub fn from_args_and_env(
        args: impl IntoIterator<Item = String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let (mut addr, mut data_dir, mut tile_url, mut ancestors) = (None, None, None, None);
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let slot = match flag.as_str() {
                "--addr" => &mut addr,
                "--data-dir" => &mut data_dir,
                "--tile-url" => &mut tile_url,
                "--frame-ancestors" => &mut ancestors,
                _ => return Err(ConfigError::UnknownFlag(flag)),
            };
            *slot = Some(args.next().ok_or(ConfigError::MissingValue(flag))?);
        }
        let (addr_source, addr_value) = match addr {
            Some(a) => ("--addr".to_string(), a),
            None => ["ATLAS_ADDR", "LEPTOS_SITE_ADDR"]
                .iter()
                .find_map(|k| env(k).map(|v| (k.to_string(), v)))
                .unwrap_or_else(|| ("default".into(), "127.0.0.1:3000".into())),
        };
        let addr = addr_value.parse().map_err(|_| ConfigError::Addr {
            source_name: addr_source,
            value: addr_value,
        })?;
        let nonempty = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        let (ancestors_source, ancestors) = match ancestors {
            Some(a) => ("--frame-ancestors", a),
            None => match env("ATLAS_FRAME_ANCESTORS") {
                Some(a) => ("ATLAS_FRAME_ANCESTORS", a),
                None => ("default", "*".into()),
            },
        };
        let frame_ancestors =
            frame_ancestors(&ancestors).map_err(|value| ConfigError::FrameAncestors {
                source_name: ancestors_source.into(),
                value,
            })?;
        Ok(Config {
            addr,
            data_dir: data_dir
                .or_else(|| env("ATLAS_DATA_DIR"))
                .unwrap_or_else(|| "data".into())
                .into(),
            tile_url: nonempty(tile_url.or_else(|| env("ATLAS_TILE_URL"))),
            tile_attribution: nonempty(env("ATLAS_TILE_ATTRIBUTION")),
            frame_ancestors,
        })
    }
}

/// Checks a space-separated CSP source list (it goes into a header, so no `;` or quotes
/// beyond the keywords); returns it normalised, or the first bad source.
fn frame_ancestors(list: &str) -> Result<String, String> {
    let sources: Vec<&str> = list.split_whitespace().collect();
    if sources.is_empty() {
        return Err(list.to_string());
    }
    for s in &sources {
        let keyword = ["*", "'self'", "'none'"].contains(s);
        let scheme = s.strip_suffix(':').is_some_and(|x| {
            !x.is_empty()
                && x.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-')
        });
        let origin = s.split_once("://").is_some_and(|(scheme, host)| {
            ["http", "https"].contains(&scheme)
                && !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-.:*".contains(c))
        });
        if !(keyword || scheme || origin) {
            return Err(s.to_string());
        }
    }
    Ok(sources.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn defaults_are_offline_on_port_3000() {
        let c = Config::from_args_and_env([], env_of(&[])).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.data_dir, PathBuf::from("data"));
        assert!(c.tile_url.is_none());
    }

    #[test]
    fn flag_beats_env() {
        let args = ["--addr".to_string(), "0.0.0.0:8080".to_string()];
        let c = Config::from_args_and_env(args, env_of(&[("ATLAS_ADDR", "127.0.0.1:1")])).unwrap();
        assert_eq!(c.addr.port(), 8080);
    }

    #[test]
    fn bad_address_names_its_source() {
        let err = Config::from_args_and_env([], env_of(&[("ATLAS_ADDR", "nope")])).unwrap_err();
        assert!(err.to_string().contains("ATLAS_ADDR"), "{err}");
    }

    #[test]
    fn embedding_is_open_by_default_and_configurable() {
        let c = Config::from_args_and_env([], env_of(&[])).unwrap();
        assert_eq!(c.frame_ancestors, "*");
        let env = env_of(&[("ATLAS_FRAME_ANCESTORS", " 'self'  https://*.example.org ")]);
        let c = Config::from_args_and_env([], env).unwrap();
        assert_eq!(c.frame_ancestors, "'self' https://*.example.org");
        let args = [
            "--frame-ancestors".to_string(),
            "https://a.example; script-src *".into(),
        ];
        let err = Config::from_args_and_env(args, env_of(&[])).unwrap_err();
        assert!(err.to_string().contains("--frame-ancestors"), "{err}");
        assert!(err.to_string().contains("a.example;"), "{err}");
    }

    #[test]
    fn unknown_flag_is_an_error() {
        assert!(Config::from_args_and_env(["--port".into()], env_of(&[])).is_err());
    }
}
