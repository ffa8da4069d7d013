//! Bulk uploads as plain functions: reading CSV and XLSX tables, a row against its entity,
//! the source of a row and the column an error is about.
use app::model::{Entity, ParamError};
use serde_json::json;

use super::super::bulk_row::changes;
use super::super::bulk_source::column_of;
use super::super::bulk_table::{read, TableRow};
use super::{yes_no, CellError, FileSource, MAX_FILE_BYTES};
use crate::curation::CurationError;
use crate::export::{to_csv, to_xlsx};

fn entities() -> Vec<Entity> {
    serde_json::from_str(include_str!("../index/doc_entities.json")).unwrap()
}

fn entity(id: &str) -> Entity {
    entities().into_iter().find(|e| e.id == id).unwrap()
}

fn file_error(bytes: &[u8]) -> ParamError {
    let e = read(bytes).unwrap_err();
    assert_eq!(e.param, "file", "{e}");
    e
}

fn errors(cells: &[(&'static str, &str)], id: &str) -> Vec<CellError> {
    changes(&TableRow::of(2, cells), &entity(id)).unwrap_err()
}

#[test]
fn bulk_an_unedited_export_changes_nothing_in_csv_or_xlsx() {
    let es = entities();
    for bytes in [to_csv(es.iter()).unwrap(), to_xlsx(es.iter()).unwrap()] {
        let rows = read(&bytes).unwrap();
        assert_eq!(rows.len(), es.len());
        assert_eq!(rows[0].line, 2, "the header is line 1");
        for (row, e) in rows.iter().zip(&es) {
            assert_eq!(row.get("id"), Some(e.id.as_str()));
            assert_eq!(row.get("revision"), Some("0"));
            assert_eq!(changes(row, e).unwrap(), Default::default(), "{}", e.id);
        }
    }
}

#[test]
fn bulk_headers_are_bilingual_or_bare_and_the_bom_is_optional() {
    let csv = "id,经度 lon,LAT,revision,whatever\nxm-torch,118.2,24.49,0,x\n";
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat();
    for bytes in [csv.as_bytes(), &with_bom] {
        let rows = read(bytes).unwrap();
        assert_eq!(rows[0].get("lon"), Some("118.2"));
        assert_eq!(rows[0].get("lat"), Some("24.49"));
        assert_eq!(rows[0].get("whatever"), None, "unknown columns are ignored");
    }
    // A quoted line break keeps the next row's line number right.
    let rows = read(b"id,note,revision\na,\"x\ny\",0\nb,z,0\n").unwrap();
    assert_eq!((rows[0].line, rows[1].line), (2, 4));
}

#[test]
fn bulk_whole_file_problems_name_the_file() {
    file_error(b"");
    file_error(b"id,revision\n");
    assert!(file_error(b"name,revision\nx,0\n")
        .message
        .contains("no id column"));
    assert!(file_error(b"id,lon\nx,1\n").message.contains("revision"));
    assert!(file_error("id,lon,经度 lon,revision\n".as_bytes())
        .message
        .contains("twice"));
    file_error(b"\x00\x01\x02binary");
    file_error(b"PK\x03\x04not really a zip");
    file_error(&vec![b'a'; MAX_FILE_BYTES + 1]);
}

#[test]
fn bulk_a_moved_single_site_becomes_a_site_unless_the_row_says_otherwise() {
    let e = entity("xm-torch");
    let row = TableRow::of(
        2,
        &[("lon", "118.2"), ("lat", "24.49"), ("precision", "site")],
    );
    let patch = changes(&row, &e).unwrap();
    assert_eq!(patch["members"][0]["lon"], json!(118.2));
    assert_eq!(patch["members"][0]["precision"], "site");
    assert!(
        !patch.contains_key("precision"),
        "the site's precision follows"
    );
    let row = TableRow::of(2, &[("lon", "118.2"), ("precision", "District")]);
    let patch = changes(&row, &e).unwrap();
    assert_eq!(patch["members"][0]["precision"], "district");
    assert_eq!(patch["precision"], "district");
    // Curated fields: only what differs, an empty cell clears.
    let row = TableRow::of(
        2,
        &[
            ("status", "在建"),
            ("area_km2", "12.5"),
            ("note", ""),
            ("name_en", e.props.name_en.as_str()),
        ],
    );
    let patch = changes(&row, &e).unwrap();
    assert_eq!(
        json!(patch),
        json!({"status": "under_construction", "area_km2": 12.5})
    );
}

#[test]
fn bulk_bad_cells_are_refused_naming_their_column() {
    let bad = errors(
        &[
            ("lon", "abc"),
            ("area_km2", "-1"),
            ("status", "done"),
            ("precision", "exact"),
        ],
        "xm-torch",
    );
    let columns: Vec<&str> = bad.iter().map(|e| e.column.as_str()).collect();
    assert_eq!(columns, ["status", "area_km2", "precision", "lon"]);
    assert!(bad[3].message.contains("\"abc\" is not a number"));
    assert_eq!(errors(&[("name_en", " ")], "xm-torch")[0].column, "name_en");
    // The lon/lat columns cannot say which of several sites moved.
    let multi = errors(&[("lat", "26.9")], "md-energy");
    assert_eq!(multi[0].column, "lat");
    assert!(multi[0].message.contains("2 sites"), "{}", multi[0].message);
}

#[test]
fn bulk_a_rows_source_cells_win_over_the_files() {
    let file = FileSource {
        reason: Some("survey".into()),
        title: Some("county report".into()),
        date: Some("2026-05-01".into()),
        ..FileSource::default()
    };
    let row = TableRow::of(
        2,
        &[("source_title", "site visit"), ("local_knowledge", "是")],
    );
    let (reason, source) = file.of(&row).unwrap();
    assert_eq!(reason, "survey");
    assert_eq!(source.title.as_deref(), Some("site visit"));
    assert!(source.local_knowledge);
    assert_eq!(source.date, "2026-05-01");
    let row = TableRow::of(2, &[("local_knowledge", "perhaps")]);
    assert_eq!(file.of(&row).unwrap_err().column, "local_knowledge");
    assert_eq!(yes_no(" No "), Some(false));
    let dated = FileSource {
        date: Some("May".into()),
        ..FileSource::default()
    };
    assert!(matches!(dated.check(), Err(CurationError::Bad(p)) if p.param == "source_date"));
}

#[test]
fn bulk_errors_are_placed_in_their_columns() {
    let patch = json!({"members": [], "note": "x"});
    let at =
        |param: &str, message: &str| column_of(&CurationError::bad(param, message), &patch).column;
    assert_eq!(
        at("changes", "site \"园\" (1, 2) is 40.0 km outside 莆田市"),
        "lon"
    );
    assert_eq!(at("changes", "note is longer than 2000 characters"), "note");
    assert_eq!(at("changes.members", "bad"), "lon");
    assert_eq!(at("source.date", "not a date"), "source_date");
    assert_eq!(at("source", "name a document"), "source_title");
    assert_eq!(at("reason", "say why"), "reason");
    let stale = column_of(
        &CurationError::Conflict("based on revision 0".into()),
        &patch,
    );
    assert_eq!(stale.column, "revision");
}
