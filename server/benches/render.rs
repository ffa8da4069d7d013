//! Image export of the whole province with every entity, 1920×1080 at 96 dpi: building the
//! SVG, and rasterising it to PNG (parse, text layout, render, encode).
//! Run: `cargo bench -p server --bench render`.
use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use server::data::Data;
use server::render::{render_svg, Rasteriser, RenderRequest, FONT_DIR};

fn bench(c: &mut Criterion) {
    let data = Data::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data"))
        .expect("bundled data loads");
    let fonts = Rasteriser::new(Path::new(FONT_DIR)).expect("CJK fonts load");
    let request = RenderRequest::from_pairs(&[]).expect("defaults are valid");
    let svg = render_svg(&data, &request, "2025-01-31").expect("the default view renders");
    let png = fonts.png(&svg).expect("renders");
    eprintln!("SVG {} bytes, PNG {} bytes", svg.len(), png.len());

    let mut group = c.benchmark_group("render_1920x1080_province_all");
    group.sample_size(20);
    group.bench_function("svg", |b| {
        b.iter(|| render_svg(&data, black_box(&request), "2025-01-31"))
    });
    group.bench_function("png_from_svg", |b| {
        b.iter(|| fonts.png(black_box(&svg)).expect("renders"))
    });
    group.bench_function("svg_and_png", |b| {
        b.iter(|| {
            let svg = render_svg(&data, black_box(&request), "2025-01-31").expect("renders");
            fonts.png(&svg).expect("renders")
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
