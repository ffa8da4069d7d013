//! An opaque picture as an indexed PNG: a map's flat fills, rings and labels need few colours,
//! so a palette of [`PALETTE_COLOURS`] (NeuQuant) keeps it indistinguishable at a glance at
//! about a third of the RGBA PNG's bytes (the first-view picture: 30 KB instead of 94 KB).
use color_quant::NeuQuant;
use resvg::tiny_skia::Pixmap;

use super::RenderError;

pub const PALETTE_COLOURS: usize = 128;
/// NeuQuant learns from every 10th pixel: its recommended balance of speed and quality.
const SAMPLE_FACTOR: i32 = 10;

/// `pixmap` (opaque: its alpha is ignored) as an 8-bit indexed PNG.
pub fn indexed_png(pixmap: &Pixmap) -> Result<Vec<u8>, RenderError> {
    let rgba = pixmap.data();
    let quant = NeuQuant::new(SAMPLE_FACTOR, PALETTE_COLOURS, rgba);
    // At most PALETTE_COLOURS entries, so every index fits a byte.
    let indices: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| quant.index_of(p) as u8)
        .collect();
    let png_error = |e: png::EncodingError| RenderError::Png(e.to_string());
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(quant.color_map_rgb());
    encoder.set_compression(png::Compression::High);
    // Palette indices are labels, not intensities: differencing them only adds noise (the
    // first-view picture: 30 KB unfiltered, 37 KB with the default filter).
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(&indices).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use resvg::tiny_skia::Color;

    #[test]
    fn a_few_colours_come_back_as_they_were() {
        let mut pixmap = Pixmap::new(40, 20).unwrap();
        pixmap.fill(Color::from_rgba8(0xdf, 0xe9, 0xf1, 255));
        let red = [0xd0, 0x40, 0x40, 255];
        for pixel in pixmap.data_mut().chunks_exact_mut(4).step_by(3) {
            pixel.copy_from_slice(&red);
        }
        let png = indexed_png(&pixmap).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let reader = decoder.read_info().unwrap();
        assert_eq!(reader.info().color_type, png::ColorType::Indexed);
        let back = Pixmap::decode_png(&png).unwrap();
        assert_eq!((back.width(), back.height()), (40, 20));
        let close = |a: &[u8], b: &[u8]| a.iter().zip(b).all(|(x, y)| x.abs_diff(*y) <= 4);
        for (was, is) in pixmap.data().chunks(4).zip(back.data().chunks(4)) {
            assert!(close(was, is), "{was:?} became {is:?}");
        }
    }
}
