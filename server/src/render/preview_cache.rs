//! First-view pictures, drawn and compressed once per view, format, dpi and data version:
//! every visit to a page asks for one, most for the same few views.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use app::model::PreviewFormat;

use super::palette_png::indexed_png;
use super::{preview_svg, PreviewRequest, Rasteriser, RenderError};
use crate::compressed::Compressed;
use crate::data::Data;

/// Distinct views kept; past this the cache starts again (a bound, not a policy: the
/// common views come straight back).
const MAX_VIEWS: usize = 256;

#[derive(Debug, Default)]
pub struct PreviewCache(Mutex<HashMap<String, Arc<Compressed>>>);

impl PreviewCache {
    /// The picture `request` names in `format`, drawn now if it is not kept yet.
    pub fn get(
        &self,
        data: &Data,
        request: &PreviewRequest,
        format: PreviewFormat,
        raster: &Rasteriser,
    ) -> Result<Arc<Compressed>, RenderError> {
        let key = format!("{}{}", data.version, request.href(format));
        if let Some(hit) = self.lock().get(&key) {
            return Ok(hit.clone());
        }
        let svg = preview_svg(data, request)?;
        let picture = Arc::new(match format {
            PreviewFormat::Svg => Compressed::new(svg.into_bytes(), "image/svg+xml; charset=utf-8"),
            PreviewFormat::Png => {
                Compressed::stored(indexed_png(&raster.pixmap(&svg)?)?, "image/png")
            }
        });
        let mut map = self.lock();
        if map.len() >= MAX_VIEWS {
            map.clear();
        }
        map.insert(key, picture.clone());
        Ok(picture)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Compressed>>> {
        // A panic while holding the lock can only have left a complete map behind.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
