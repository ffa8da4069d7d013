//! The server's commands beside serving: `user add` (the first admin comes from here: there
//! is no default account), `db backup` / `db restore` (SQLite), and `catalogue export`
//! (the published catalogue as a data file).
use std::io::BufRead;
use std::path::PathBuf;

use app::model::Role;
use thiserror::Error;

use std::sync::Arc;

use crate::auth::{accounts, admin, AuthError};
use crate::curation::Published;
use crate::data::Data;
use crate::feature_cache::catalogue_geojson;
use crate::store::{backup_sqlite, restore_sqlite, Store, StoreError, DEFAULT_DATABASE_URL};

pub const USAGE: &str = "usage: server [FLAGS]                     serve the atlas (see README)
       server user add --role ROLE NAME      add an account (editor, reviewer or admin); the
                                            password is read from standard input
       server db backup FILE                 copy the SQLite store to a new FILE
       server db restore FILE                replace the SQLite store's contents with FILE's
       server catalogue export FILE          write the published catalogue (the data files
                                            plus approved revisions) as entities GeoJSON;
                                            takes --data-dir DIR (or ATLAS_DATA_DIR; default data)
  commands take --database-url URL (or ATLAS_DATABASE_URL; default sqlite://var/atlas.sqlite)";

#[derive(Debug, Error)]
pub enum CliError {
    #[error("{0}\n{USAGE}")]
    Usage(String),
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("reading the password from standard input: {0}")]
    Stdin(std::io::Error),
    #[error(transparent)]
    Data(#[from] crate::data::DataError),
    #[error(transparent)]
    Curation(#[from] crate::curation::CurationError),
    #[error("cannot write {file}: {source}")]
    Write {
        file: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Debug, PartialEq)]
pub enum Command {
    AddUser { name: String, role: Role },
    Backup(PathBuf),
    Restore(PathBuf),
    ExportCatalogue { file: PathBuf, data_dir: PathBuf },
}

/// A command and its database URL, or `None` when `args` are the server's flags.
pub fn parse(
    args: &[String],
    env: impl Fn(&str) -> Option<String>,
) -> Result<Option<(Command, String)>, CliError> {
    let (Some(first), Some(second)) = (args.first(), args.get(1)) else {
        return Ok(None);
    };
    if !matches!(first.as_str(), "user" | "db" | "catalogue") {
        return Ok(None);
    }
    let mut url = env("ATLAS_DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
    let mut data_dir = env("ATLAS_DATA_DIR").unwrap_or_else(|| "data".into());
    let (mut role, mut positional) = (None, Vec::new());
    let mut rest = args[2..].iter();
    while let Some(a) = rest.next() {
        let mut value = || {
            rest.next()
                .cloned()
                .ok_or(CliError::Usage(format!("{a} needs a value")))
        };
        match a.as_str() {
            "--role" => role = Some(value()?),
            "--database-url" => url = value()?,
            "--data-dir" => data_dir = value()?,
            _ => positional.push(a.clone()),
        }
    }
    let one = |what: &str| match positional.as_slice() {
        [p] => Ok(p.clone()),
        _ => Err(CliError::Usage(format!("expected one {what}"))),
    };
    let command = match (first.as_str(), second.as_str()) {
        ("user", "add") => {
            let role = role.ok_or(CliError::Usage("--role is required".into()))?;
            let role = Role::parse("--role", &role).map_err(|e| CliError::Usage(e.message))?;
            Command::AddUser {
                name: one("NAME")?,
                role,
            }
        }
        ("db", "backup") => Command::Backup(one("FILE")?.into()),
        ("db", "restore") => Command::Restore(one("FILE")?.into()),
        ("catalogue", "export") => Command::ExportCatalogue {
            file: one("FILE")?.into(),
            data_dir: data_dir.into(),
        },
        _ => return Err(CliError::Usage(format!("unknown command {first} {second}"))),
    };
    Ok(Some((command, url)))
}

/// Runs `command` against the store at `url`, saying what it did on standard output.
pub async fn run(command: Command, url: &str, stdin: impl BufRead) -> Result<(), CliError> {
    let store = Store::open(url).await?;
    match command {
        Command::AddUser { name, role } => {
            let mut password = String::new();
            stdin
                .take(4096)
                .read_line(&mut password)
                .map_err(CliError::Stdin)?;
            let password = password.trim_end_matches(['\n', '\r']);
            let who = accounts::Actor {
                name: None,
                address: "command line".into(),
            };
            admin::add_user(&store, &name, role, password, &who).await?;
            println!("added {} {name}", role.name());
        }
        Command::Backup(file) => {
            backup_sqlite(&store, &file).await?;
            println!("backed up to {}", file.display());
        }
        Command::Restore(file) => {
            restore_sqlite(&store, &file).await?;
            println!("restored from {}", file.display());
        }
        Command::ExportCatalogue { file, data_dir } => {
            let published = Published::new(Arc::new(Data::load(&data_dir)?));
            published.refresh(&store).await?;
            let data = published.current();
            let body = catalogue_geojson(&data.catalogue.entities);
            std::fs::write(&file, body).map_err(|source| CliError::Write {
                file: file.clone(),
                source,
            })?;
            let (n, seq) = (data.catalogue.entities.len(), data.seq);
            println!(
                "wrote {n} entities (revisions up to {seq}) to {}",
                file.display()
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn commands_parse_and_the_server_flags_are_left_alone() {
        let none = |_: &str| None;
        assert_eq!(parse(&args("--addr 127.0.0.1:0"), none).unwrap(), None);
        let (cmd, url) = parse(&args("user add --role admin ada"), none)
            .unwrap()
            .unwrap();
        assert_eq!(
            cmd,
            Command::AddUser {
                name: "ada".into(),
                role: Role::Admin
            }
        );
        assert_eq!(url, DEFAULT_DATABASE_URL);
        let (cmd, url) = parse(&args("db backup b.sqlite --database-url sqlite://x"), none)
            .unwrap()
            .unwrap();
        assert_eq!(
            (cmd, url.as_str()),
            (Command::Backup("b.sqlite".into()), "sqlite://x")
        );
        assert!(parse(&args("user add ada"), none).is_err(), "role required");
        assert!(parse(&args("user add --role root ada"), none).is_err());
        assert!(parse(&args("db drop"), none).is_err());
    }
}
