//! `source=`: which document an entity's citations come from. The 14th Five-Year plan
//! itself is the reserved word `plan`; any other document is named by its title, exactly
//! as the citations give it (`莆田市“十四五”规划`). Several, comma-separated or repeated,
//! mean any of them.
use std::collections::BTreeSet;

use super::ParamError;

/// How `source=` names the plan itself (a citation without `document`).
pub const PLAN_SOURCE: &str = "plan";
/// Longest document title `source=` accepts.
pub const MAX_SOURCE_CHARS: usize = 100;

/// What `source=` calls a citation's document: [`PLAN_SOURCE`] for the plan, else its title.
pub fn source_name(document: Option<&str>) -> &str {
    document.unwrap_or(PLAN_SOURCE)
}

/// Adds each comma-separated item of `value` (trimmed) to `set`; an empty item is refused,
/// so `source=` alone never silently means "every source".
///
/// ```
/// use app::model::params::parse_sources;
/// let mut set = std::collections::BTreeSet::new();
/// parse_sources("source", "plan, 莆田市“十四五”规划", &mut set).unwrap();
/// assert_eq!(set.len(), 2);
/// assert_eq!(parse_sources("source", "", &mut set).unwrap_err().param, "source");
/// ```
pub fn parse_sources(
    param: &str,
    value: &str,
    set: &mut BTreeSet<String>,
) -> Result<(), ParamError> {
    for item in value.split(',').map(str::trim) {
        if item.is_empty() {
            let msg = format!(
                "expected {PLAN_SOURCE} (the plan itself) or a cited document's title, \
                 comma-separated; the documents are /api/v1/facets (sources)"
            );
            return Err(ParamError::new(param, msg));
        }
        if item.chars().count() > MAX_SOURCE_CHARS {
            let msg = format!("a document title has at most {MAX_SOURCE_CHARS} characters");
            return Err(ParamError::new(param, msg));
        }
        set.insert(item.to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(values: &[&str]) -> Result<BTreeSet<String>, ParamError> {
        let mut set = BTreeSet::new();
        for v in values {
            parse_sources("source", v, &mut set)?;
        }
        Ok(set)
    }

    #[test]
    fn plan_and_titles_add_up() {
        let set = parsed(&["plan", " 莆田市“十四五”规划 ,plan", "厦门市规划"]).unwrap();
        let want = ["plan", "莆田市“十四五”规划", "厦门市规划"].map(String::from);
        assert_eq!(set, BTreeSet::from(want));
        assert_eq!(source_name(None), "plan");
        assert_eq!(source_name(Some("厦门市规划")), "厦门市规划");
    }

    #[test]
    fn empty_items_and_long_titles_are_refused() {
        for bad in ["", "  ", "plan,", ",plan", "plan,,厦门"] {
            let e = parsed(&[bad]).unwrap_err();
            assert_eq!(e.param, "source", "{bad:?}");
            assert!(e.message.contains("plan"), "{e}");
        }
        assert!(parsed(&[&"规".repeat(100)]).is_ok());
        assert_eq!(parsed(&[&"规".repeat(101)]).unwrap_err().param, "source");
    }
}
