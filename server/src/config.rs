//! Typed configuration from command-line flags and environment, validated once at start-up.
use std::{net::SocketAddr, path::PathBuf};

use thiserror::Error;

use crate::auth::AuthConfig;
use crate::store::DEFAULT_DATABASE_URL;

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
    #[error("invalid value {value:?} for {source_name}: {expected}")]
    Value {
        source_name: String,
        value: String,
        expected: &'static str,
    },
    #[error("unknown flag {0:?} (known: {known})", known = FLAGS.map(|f| f.0).join(", "))]
    UnknownFlag(String),
    #[error("flag {0} needs a value")]
    MissingValue(String),
}

/// Every flag with its environment variable.
const FLAGS: [(&str, &str); 9] = [
    ("--addr", "ATLAS_ADDR"),
    ("--data-dir", "ATLAS_DATA_DIR"),
    ("--tile-url", "ATLAS_TILE_URL"),
    ("--frame-ancestors", "ATLAS_FRAME_ANCESTORS"),
    ("--database-url", "ATLAS_DATABASE_URL"),
    ("--secure-cookies", "ATLAS_SECURE_COOKIES"),
    ("--session-idle-minutes", "ATLAS_SESSION_IDLE_MINUTES"),
    ("--session-max-hours", "ATLAS_SESSION_MAX_HOURS"),
    ("--trust-forwarded-for", "ATLAS_TRUST_FORWARDED_FOR"),
];

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
    /// `sqlite://PATH` (default, created on first start) or `postgres://…`.
    pub database_url: String,
    pub auth: AuthConfig,
}

/// One setting's value and where it came from (for error messages).
struct Setting {
    source: String,
    value: String,
}

impl Config {
    /// Reads flags (`args` without the program name) and the process environment.
    pub fn from_args_and_env(
        args: impl IntoIterator<Item = String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let mut flags: Vec<(&str, String)> = Vec::new();
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let Some((name, _)) = FLAGS.iter().find(|(f, _)| *f == flag) else {
                return Err(ConfigError::UnknownFlag(flag));
            };
            flags.push((name, args.next().ok_or(ConfigError::MissingValue(flag))?));
        }
        let get = |flag: &str, extra_env: Option<&str>| -> Option<Setting> {
            if let Some((_, v)) = flags.iter().rev().find(|(f, _)| *f == flag) {
                return Some(Setting {
                    source: flag.into(),
                    value: v.clone(),
                });
            }
            let vars = FLAGS.iter().filter(|(f, _)| *f == flag).map(|(_, e)| *e);
            vars.chain(extra_env).find_map(|k| {
                env(k).map(|value| Setting {
                    source: k.into(),
                    value,
                })
            })
        };
        let or_default = |s: Option<Setting>, default: &str| {
            s.unwrap_or_else(|| Setting {
                source: "default".into(),
                value: default.into(),
            })
        };
        let addr = or_default(get("--addr", Some("LEPTOS_SITE_ADDR")), "127.0.0.1:3000");
        let addr = addr.value.parse().map_err(|_| ConfigError::Addr {
            source_name: addr.source,
            value: addr.value,
        })?;
        let ancestors = or_default(get("--frame-ancestors", None), "*");
        let frame_ancestors =
            frame_ancestors(&ancestors.value).map_err(|value| ConfigError::FrameAncestors {
                source_name: ancestors.source,
                value,
            })?;
        let nonempty = |s: Option<Setting>| s.map(|s| s.value).filter(|v| !v.trim().is_empty());
        let minutes = |flag, default| number(or_default(get(flag, None), default));
        Ok(Config {
            addr,
            data_dir: or_default(get("--data-dir", None), "data").value.into(),
            tile_url: nonempty(get("--tile-url", None)),
            tile_attribution: env("ATLAS_TILE_ATTRIBUTION").filter(|v| !v.trim().is_empty()),
            frame_ancestors,
            database_url: or_default(get("--database-url", None), DEFAULT_DATABASE_URL).value,
            auth: AuthConfig {
                secure_cookies: switch(or_default(get("--secure-cookies", None), "0"))?,
                idle_ms: minutes("--session-idle-minutes", "60")? * 60_000,
                max_age_ms: minutes("--session-max-hours", "12")? * 3_600_000,
                trust_forwarded_for: switch(or_default(get("--trust-forwarded-for", None), "0"))?,
            },
        })
    }
}

fn switch(s: Setting) -> Result<bool, ConfigError> {
    match s.value.as_str() {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(ConfigError::Value {
            source_name: s.source,
            value: s.value,
            expected: "1 or 0",
        }),
    }
}

/// A whole number from 1 to 100 000 (minutes or hours).
fn number(s: Setting) -> Result<i64, ConfigError> {
    s.value
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=100_000).contains(n))
        .ok_or(ConfigError::Value {
            source_name: s.source,
            value: s.value,
            expected: "a whole number from 1 to 100000",
        })
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
