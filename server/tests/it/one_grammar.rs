//! One grammar on both sides: for every (parameter, input) of the table, the page's parser
//! (the browser's, `ViewState`) and the image export's (`RenderRequest`) accept or reject it
//! alike, naming the same parameter, and read the same value. The browser converts digits
//! with `parseFloat` after the same grammar check; `tests/e2e/url.test.mjs` runs part of this
//! table there.
use app::model::params::query_pairs;
use app::model::ViewState;
use server::render::RenderRequest;

/// `(query string, the parameter a parser must name, or "" when both accept it)`.
const TABLE: [(&str, &str); 37] = [
    ("at=118.1,24.5,9", ""),
    ("at=118.1,24.5,9.25", ""),
    ("at=-180,-85,0", ""),
    ("at=118.1,86,9", "at"),
    ("at=24.5,118.1,9", "at"),
    ("at=118.1,24.5,21", "at"),
    ("at=118.1,24.5", "at"),
    ("at=0x10,24,5", "at"),
    ("at=inf,24,5", "at"),
    ("at=118.1, 24.5 ,9", ""),
    ("at=1,2,3&at=1,2,3", "at"),
    ("legend=1", ""),
    ("legend=0", ""),
    ("legend=true", "legend"),
    ("legend=", "legend"),
    ("controls=0", ""),
    ("interactive=yes", "interactive"),
    ("lang=en", ""),
    ("lang=fr", "lang"),
    ("lang=", "lang"),
    ("title=新材料", ""),
    ("title=", ""),
    ("city=厦门", ""),
    ("city=厦门市,平潭", ""),
    ("city=上海市", "city"),
    ("profile=厦门", ""),
    ("profile=上海", "profile"),
    ("panel=filters", ""),
    ("panel=map", "panel"),
    ("sort=tier", ""),
    ("sort=size", "sort"),
    ("sector=marine&tier=mega", "tier"),
    ("bbox=24,118,25,119", "bbox"),
    ("source=plan", ""),
    ("source=plan,莆田市规划&source=厦门市规划", ""),
    ("source=", "source"),
    ("colour=red", "colour"),
];

fn pairs(qs: &str) -> Vec<(String, String)> {
    query_pairs(qs)
}

#[test]
fn browser_and_server_read_every_parameter_alike() {
    for (qs, bad) in TABLE {
        let page = ViewState::from_pairs(&pairs(qs));
        let image = RenderRequest::from_pairs(&pairs(qs));
        let page_bad = page.error.as_ref().map_or("", |e| e.param.as_str());
        let image_bad = image.as_ref().err().map_or("", |e| e.param.as_str());
        assert_eq!(page_bad, bad, "the page reading {qs:?}");
        assert_eq!(image_bad, bad, "the image export reading {qs:?}");
        if let Ok(r) = image {
            assert_eq!(r.at, page.viewport, "{qs}");
            assert_eq!(r.lang, page.lang, "{qs}");
            assert_eq!(
                (r.legend, &r.title),
                (page.embed.legend, &page.embed.title),
                "{qs}"
            );
            let mut q = page.query.clone();
            q.limit = r.query.limit;
            assert_eq!(r.query, q, "{qs}");
        }
    }
}

#[test]
fn long_titles_are_refused_alike() {
    let qs = format!("title={}", "字".repeat(101));
    assert_eq!(
        ViewState::from_pairs(&pairs(&qs)).error.map(|e| e.param),
        Some("title".into())
    );
    assert_eq!(
        RenderRequest::from_pairs(&pairs(&qs)).unwrap_err().param,
        "title"
    );
}

#[test]
fn short_and_official_city_names_are_one_city() {
    let a = ViewState::from_pairs(&pairs("city=厦门&profile=平潭"));
    let b = ViewState::from_pairs(&pairs("city=厦门市&profile=平潭综合实验区"));
    assert_eq!(a, b);
    assert_eq!(a.to_pairs(), b.to_pairs());
}
