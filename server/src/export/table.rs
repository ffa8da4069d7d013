use app::model::{wire_name, Entity};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    #[error("csv: {0}")]
    CsvFlush(String),
    #[error("xlsx: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

/// Column headers, bilingual so the file explains itself. The curated columns and the
/// revision come last: a downloaded file, edited, uploads back as suggestions
/// (`curation::bulk_propose`), which reads the wire name after the space.
pub const COLUMNS: [&str; 22] = [
    "id",
    "名称 name_zh",
    "name_en",
    "类型 kind",
    "领域 sectors",
    "层级 tier",
    "层级来源 tier_note",
    "城市 cities",
    "区县 districts",
    "位置精度 precision",
    "经度 lon",
    "纬度 lat",
    "站点 sites",
    "规划出处 refs",
    "相关 related",
    "状态 status",
    "状态日期 status_as_of",
    "面积 area_km2",
    "网站 website",
    "备注 note",
    "位置说明 location_note",
    "版本 revision",
];

/// Columns written as numbers in XLSX (lon, lat, area, revision), so they sort and plot.
const NUMERIC: [u16; 4] = [10, 11, 17, 21];

fn row(e: &Entity) -> Vec<String> {
    let p = &e.props;
    let join = |items: Vec<String>| items.join("; ");
    let (lon, lat) = e.sites().next().unwrap_or_default();
    vec![
        e.id.clone(),
        p.name_zh.clone(),
        p.name_en.clone(),
        wire_name(&p.kind),
        join(p.sectors.iter().map(wire_name).collect()),
        wire_name(&p.tier),
        p.tier_note.clone().unwrap_or_default(),
        p.cities.join("; "),
        p.districts.join("; "),
        wire_name(&p.precision),
        format!("{lon:.5}"),
        format!("{lat:.5}"),
        join(
            p.members
                .iter()
                .map(|m| {
                    format!(
                        "{} ({:.5}, {:.5}, {})",
                        m.name_zh,
                        m.lon,
                        m.lat,
                        wire_name(&m.precision)
                    )
                })
                .collect(),
        ),
        join(
            p.refs
                .iter()
                .map(|r| format!("{}：{}", r.section, r.quote))
                .collect(),
        ),
        p.related.join("; "),
        p.status.as_ref().map(wire_name).unwrap_or_default(),
        p.status_as_of.clone().unwrap_or_default(),
        p.area_km2.map(|a| a.to_string()).unwrap_or_default(),
        p.website.clone().unwrap_or_default(),
        p.note.clone().unwrap_or_default(),
        p.location_note.clone().unwrap_or_default(),
        p.revision.to_string(),
    ]
}

/// UTF-8 CSV with a byte-order mark, so Excel opens the Chinese text correctly.
pub fn to_csv<'a>(entities: impl Iterator<Item = &'a Entity>) -> Result<Vec<u8>, ExportError> {
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(COLUMNS)?;
    for e in entities {
        w.write_record(row(e))?;
    }
    w.into_inner()
        .map_err(|e| ExportError::CsvFlush(e.error().to_string()))
}

pub fn to_xlsx<'a>(entities: impl Iterator<Item = &'a Entity>) -> Result<Vec<u8>, ExportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("entities")?;
    let bold = Format::new().set_bold();
    for (c, title) in COLUMNS.iter().enumerate() {
        sheet.write_with_format(0, c as u16, *title, &bold)?;
    }
    for (r, e) in entities.enumerate() {
        for (c, value) in row(e).into_iter().enumerate() {
            let (row, col) = (r as u32 + 1, c as u16);
            match value.parse::<f64>() {
                Ok(n) if NUMERIC.contains(&col) => sheet.write_number(row, col, n)?,
                _ => sheet.write_string(row, col, value)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, 0, COLUMNS.len() as u16 - 1)?;
    Ok(book.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities() -> Vec<Entity> {
        let text = include_str!("../index/doc_entities.json");
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn csv_has_bom_header_and_one_row_per_entity() {
        let es = entities();
        let bytes = to_csv(es.iter()).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut r = csv::Reader::from_reader(&bytes[3..]);
        assert_eq!(r.headers().unwrap().len(), COLUMNS.len());
        assert_eq!(r.records().count(), es.len());
    }

    #[test]
    fn xlsx_is_a_zip_container() {
        let bytes = to_xlsx(entities().iter()).unwrap();
        assert!(bytes.starts_with(b"PK"), "xlsx files are zip archives");
    }
}
