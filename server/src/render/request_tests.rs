use super::*;
use app::model::params::MAX_TITLE_CHARS;
use app::model::Sector;

fn parse(qs: &str) -> Result<RenderRequest, ParamError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(qs.as_bytes()).into_owned().collect();
    RenderRequest::from_pairs(&pairs)
}

fn param_of(qs: &str) -> String {
    match parse(qs) {
        Ok(r) => panic!("{qs:?} should fail, got {r:?}"),
        Err(e) => e.param,
    }
}

#[test]
fn defaults_are_full_hd_at_96_dpi_in_chinese_with_legend() {
    let r = parse("").unwrap();
    assert_eq!(r.size, ImageSize::Slide1920);
    assert_eq!((r.dpi, r.legend, r.lang), (96, true, Lang::Zh));
    assert_eq!(r.pixel_size(), (1920, 1080));
    assert_eq!(r.at, None);
    assert_eq!(r.query.limit, MAX_LIMIT);
}

#[test]
fn sizes_and_dpi_give_the_raster_size() {
    assert_eq!(parse("size=1280x720").unwrap().pixel_size(), (1280, 720));
    assert_eq!(
        parse("size=1920x1080&dpi=192").unwrap().pixel_size(),
        (3840, 2160)
    );
    let a4 = parse("size=a4-landscape").unwrap();
    assert_eq!((a4.dpi, a4.pixel_size()), (150, (1754, 1240)));
    assert_eq!(
        parse("size=a4-portrait&dpi=300").unwrap().pixel_size(),
        (2480, 3508)
    );
}

#[test]
fn filters_and_view_parameters_are_read() {
    let r =
        parse("sector=new_materials&at=118.1,24.5,9&lang=en&legend=0&sel=x&panel=filters").unwrap();
    assert!(r.query.sectors.contains(&Sector::NewMaterials));
    assert_eq!(
        r.at,
        Some(Viewport {
            lon: 118.1,
            lat: 24.5,
            zoom: 9.0
        })
    );
    assert_eq!((r.lang, r.legend), (Lang::En, false));
    assert_eq!(parse("title=").unwrap().title, None);
}

#[test]
fn every_bad_value_names_its_parameter() {
    for (qs, param) in [
        ("size=99x99", "size"),
        ("size=", "size"),
        ("dpi=5", "dpi"),
        ("dpi=601", "dpi"),
        ("dpi=abc", "dpi"),
        ("dpi=-96", "dpi"),
        ("dpi=96.5", "dpi"),
        // 12000×6750 is over the pixel cap although 600 is a valid dpi.
        ("dpi=600", "dpi"),
        ("at=foo", "at"),
        ("at=118,24", "at"),
        ("at=118,24,21", "at"),
        ("at=118,89,5", "at"),
        ("at=NaN,24,5", "at"),
        ("at=1,2,3&at=1,2,3", "at"),
        ("legend=yes", "legend"),
        ("legend=true", "legend"),
        ("panel=map", "panel"),
        ("controls=2", "controls"),
        ("lang=fr", "lang"),
        ("sector=gold", "sector"),
        ("colour=red", "colour"),
    ] {
        assert_eq!(param_of(qs), param, "{qs}");
    }
    let long = "字".repeat(MAX_TITLE_CHARS + 1);
    assert_eq!(param_of(&format!("title={long}")), "title");
}

#[test]
fn canonical_form_ignores_order_and_ui_parameters() {
    let a = parse("sector=new_energy&size=1280x720&sel=abc").unwrap();
    let b = parse("size=1280x720&sector=new_energy").unwrap();
    assert_eq!(a.canonical(), b.canonical());
    assert_ne!(a.canonical(), parse("size=1280x720").unwrap().canonical());
}
