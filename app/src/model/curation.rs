//! The curated side of an entity: what became of it (status), where each curated field
//! comes from (provenance), and the source a change cites. Shared by the server, which
//! publishes revisions, and the browser, which shows them in the detail panel.
use serde::{Deserialize, Serialize};

/// What became of an entity: 规划 / 在建 / 建成运营 / 未落地 / 未知.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Planned,
    UnderConstruction,
    Operating,
    NotRealised,
    Unknown,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::UnderConstruction,
        Status::Operating,
        Status::NotRealised,
        Status::Unknown,
    ];

    /// The label in `lang`.
    pub fn label(self, lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::Zh => self.label_zh(),
            super::Lang::En => self.label_en(),
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Status::Planned => "规划",
            Status::UnderConstruction => "在建",
            Status::Operating => "建成运营",
            Status::NotRealised => "未落地",
            Status::Unknown => "未知",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::UnderConstruction => "under construction",
            Status::Operating => "operating",
            Status::NotRealised => "not realised",
            Status::Unknown => "unknown",
        }
    }
}

/// What a change cites: a document (title and/or URL) or local knowledge, and a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// True when the change rests on the editor's own knowledge rather than a document.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub local_knowledge: bool,
    /// `YYYY-MM-DD`: when the source says so (publication or observation date).
    pub date: String,
}

impl ChangeSource {
    /// One line for the detail panel, the history and the feed.
    pub fn describe(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if let Some(t) = &self.title {
            parts.push(t);
        }
        if let Some(u) = &self.url {
            parts.push(u);
        }
        if self.local_knowledge {
            parts.push("local knowledge / 本地知识");
        }
        format!("{} ({})", parts.join(" · "), self.date)
    }
}

/// Where one field's current value comes from: the revision that last set it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSource {
    /// A property name of `EntityProps` (`members`, `status` …).
    pub field: String,
    pub revision: u64,
    /// `YYYY-MM-DD` (UTC) of the approval.
    pub date: String,
    pub source: ChangeSource,
    pub reviewer: String,
}

/// One field of a revision: its value before and after (JSON; `null` when absent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_reads_as_one_line() {
        let s = ChangeSource {
            title: Some("福州市政府公告".into()),
            url: None,
            local_knowledge: true,
            date: "2026-05-01".into(),
        };
        assert_eq!(
            s.describe(),
            "福州市政府公告 · local knowledge / 本地知识 (2026-05-01)"
        );
        let json = serde_json::to_string(&Status::UnderConstruction).unwrap();
        assert_eq!(json, "\"under_construction\"");
    }
}
