//! Where a bulk upload's rows get their reason and source (their own cells, else the
//! file's), and which column a refusal is about.
use app::model::ChangeSource;
use serde_json::Value;

use super::bulk_table::{CellError, TableRow};
use super::CurationError;
use crate::catalogue::{is_date, is_web_address};

/// The source of every row whose own `reason`, `source_title` … cells are empty.
#[derive(Clone, Debug, Default)]
pub struct FileSource {
    pub reason: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub local_knowledge: Option<bool>,
}

/// `true`/`false` as a person writes it in a cell or a form.
pub fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "x" | "是" => Some(true),
        "false" | "no" | "n" | "0" | "否" => Some(false),
        _ => None,
    }
}

impl FileSource {
    /// Parts that are wrong whatever the rows say: a date or address that is none.
    pub(super) fn check(&self) -> Result<(), CurationError> {
        if let Some(d) = self.date.as_deref().filter(|d| !d.is_empty()) {
            is_date(d).map_err(|e| CurationError::bad("source_date", e))?;
        }
        match self.url.as_deref().filter(|u| !u.is_empty()) {
            Some(u) if !is_web_address(u) => {
                Err(CurationError::bad("source_url", "an http(s) address"))
            }
            _ => Ok(()),
        }
    }

    /// The row's reason and source: its own cells, else the file's.
    pub(super) fn of(&self, row: &TableRow) -> Result<(String, ChangeSource), CellError> {
        let cell = |c: &str, file: &Option<String>| {
            row.filled(c)
                .map(str::to_owned)
                .or_else(|| file.clone().filter(|v| !v.trim().is_empty()))
        };
        let local = match row.filled("local_knowledge") {
            None => self.local_knowledge.unwrap_or(false),
            Some(t) => yes_no(t).ok_or_else(|| {
                CellError::new("local_knowledge", format!("{t:?} is neither yes nor no"))
            })?,
        };
        let source = ChangeSource {
            title: cell("source_title", &self.title),
            url: cell("source_url", &self.url),
            local_knowledge: local,
            date: cell("source_date", &self.date).unwrap_or_default(),
        };
        Ok((cell("reason", &self.reason).unwrap_or_default(), source))
    }
}

/// The column a curation error is about: its parameter's, else a changed field its
/// message names (`members` is the lon/lat columns).
pub(super) fn column_of(e: &CurationError, patch: &Value) -> CellError {
    let (param, message) = match e {
        CurationError::Bad(p) => (p.param.clone(), p.message.clone()),
        CurationError::Conflict(m) => ("revision".into(), m.clone()),
        CurationError::NotFound(m) => ("id".into(), m.clone()),
        other => {
            tracing::error!(detail = %other, "bulk suggestion");
            ("id".into(), "internal error; it has been logged".into())
        }
    };
    let field = match param.as_str() {
        "reason" => "reason",
        "source" | "source.title" => "source_title",
        "source.url" => "source_url",
        "source.date" => "source_date",
        p => p.strip_prefix("changes.").unwrap_or(p),
    };
    let keys: Vec<&str> = patch
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let field = match field {
        "changes" if message.starts_with("site ") && keys.contains(&"members") => "members",
        "changes" => keys
            .iter()
            .copied()
            .find(|k| *k != "members" && message.contains(k))
            .or_else(|| keys.first().copied())
            .unwrap_or("id"),
        f => f,
    };
    let column = if field.starts_with("members") {
        "lon"
    } else {
        field
    };
    CellError::new(column, message)
}
