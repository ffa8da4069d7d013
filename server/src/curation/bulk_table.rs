//! An uploaded table of suggestions (CSV or XLSX) as rows of named cells: the export's
//! columns, matched by their header (`经度 lon` or just `lon`), plus the source columns.
use std::collections::HashMap;
use std::io::Cursor;

use app::model::ParamError;
use calamine::{Data, Reader, Xlsx};
use serde::Serialize;

use crate::export::COLUMNS;

/// Larger uploads are refused before they are read.
pub const MAX_FILE_BYTES: usize = 5 << 20;
/// The parameter a whole-file problem names.
pub const FILE: &str = "file";
/// Columns besides the export's: why and on what authority each row's change is made.
pub const SOURCE_COLUMNS: [&str; 5] = [
    "reason",
    "source_title",
    "source_url",
    "source_date",
    "local_knowledge",
];

/// One problem of a row: the column (its wire name) and what is wrong.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CellError {
    pub column: String,
    pub message: String,
}

impl CellError {
    pub fn new(column: &str, message: impl Into<String>) -> CellError {
        CellError {
            column: column.to_owned(),
            message: message.into(),
        }
    }
}

/// One data row: its line in the file (the header is line 1) and its cells by wire name.
#[derive(Clone, Debug, Default)]
pub struct TableRow {
    pub line: usize,
    cells: HashMap<&'static str, String>,
}

impl TableRow {
    /// The trimmed cell of `column`, `None` when the file has no such column.
    pub fn get(&self, column: &str) -> Option<&str> {
        self.cells.get(column).map(|s| s.trim())
    }

    /// The cell, `None` when absent or empty.
    pub fn filled(&self, column: &str) -> Option<&str> {
        self.get(column).filter(|s| !s.is_empty())
    }

    #[cfg(test)]
    pub fn of(line: usize, cells: &[(&'static str, &str)]) -> TableRow {
        let cells = cells.iter().map(|(k, v)| (*k, v.to_string())).collect();
        TableRow { line, cells }
    }
}

/// The wire name a header stands for: the whole header (`经度 lon`), its last word (`lon`).
fn column(header: &str) -> Option<&'static str> {
    let h = header.trim().trim_start_matches('\u{feff}').trim();
    let word = h.rsplit(char::is_whitespace).next().unwrap_or(h);
    COLUMNS
        .iter()
        .map(|c| (*c, c.rsplit(' ').next().unwrap_or(c)))
        .find(|(full, wire)| h == *full || word.eq_ignore_ascii_case(wire))
        .map(|(_, wire)| wire)
        .or_else(|| {
            SOURCE_COLUMNS
                .into_iter()
                .find(|c| word.eq_ignore_ascii_case(c))
        })
}

fn bad(message: impl Into<String>) -> ParamError {
    ParamError::new(FILE, message)
}

/// The rows of an uploaded file: XLSX (a zip archive) or UTF-8 CSV, with or without a
/// byte-order mark. Whole-file problems are errors naming `file`.
pub fn read(bytes: &[u8]) -> Result<Vec<TableRow>, ParamError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(bad(format!("at most {} MB", MAX_FILE_BYTES >> 20)));
    }
    let lines = if bytes.starts_with(b"PK\x03\x04") {
        xlsx_lines(bytes)?
    } else {
        csv_lines(bytes)?
    };
    let mut lines = lines.into_iter();
    let Some((_, header)) = lines.next() else {
        return Err(bad("empty: no header row"));
    };
    let mut names: Vec<Option<&'static str>> = Vec::new();
    for h in &header {
        let name = column(h);
        if name.is_some() && names.contains(&name) {
            return Err(bad(format!("the column {h:?} is given twice")));
        }
        names.push(name);
    }
    for needed in ["id", "revision"] {
        if !names.contains(&Some(needed)) {
            let msg = format!(
                "no {needed} column: upload a table with the export's header \
                 (/api/v1/export.csv or .xlsx)"
            );
            return Err(bad(msg));
        }
    }
    let rows: Vec<TableRow> = lines
        .map(|(line, cells)| TableRow {
            line,
            cells: names
                .iter()
                .zip(cells)
                .filter_map(|(n, v)| n.map(|n| (n, v)))
                .collect(),
        })
        .filter(|r| r.cells.values().any(|v| !v.trim().is_empty()))
        .collect();
    if rows.is_empty() {
        return Err(bad("no rows below the header"));
    }
    Ok(rows)
}

type Lines = Vec<(usize, Vec<String>)>;

fn csv_lines(bytes: &[u8]) -> Result<Lines, ParamError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) || std::str::from_utf8(bytes).is_err() {
        return Err(bad("neither an XLSX file nor a UTF-8 CSV table"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| bad(format!("not a CSV table: {e}")))?;
        let line = record
            .position()
            .map_or(out.len() + 1, |p| p.line() as usize);
        out.push((line, record.iter().map(str::to_owned).collect()));
    }
    Ok(out)
}

fn xlsx_lines(bytes: &[u8]) -> Result<Lines, ParamError> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| bad(format!("not XLSX: {e}")))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| bad("the workbook has no sheet"))?
        .map_err(|e| bad(format!("its first sheet does not read: {e}")))?;
    let first = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut texts = vec![String::new(); first_col];
            texts.extend(cells.iter().map(text));
            (first + i + 1, texts)
        })
        .collect())
}

/// A cell as the CSV would have it: whole numbers without `.0`, dates as `YYYY-MM-DD`.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::Error(e) => format!("#{e:?}"),
    }
}
