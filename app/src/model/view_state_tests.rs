//! Round trips and error reporting of [`super::ViewState`].
use super::*;
use crate::model::Sector;

fn pairs(s: &[(&str, &str)]) -> Vec<(String, String)> {
    s.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn round_trips_every_piece_of_state() {
    let s = ViewState::from_pairs(&pairs(&[
        ("sector", "new_materials"),
        ("tier", "national"),
        ("q", "厦门 火炬"),
        ("sel", "graphene-cluster"),
        ("at", "118.1,24.5,9"),
        ("panel", "filters"),
        ("lang", "en"),
        ("sort", "tier"),
    ]));
    assert!(s.error.is_none());
    assert_eq!(s.sort, Some("tier"));
    assert!(s.query.sectors.contains(&Sector::NewMaterials));
    let again = ViewState::from_pairs(&s.to_pairs());
    assert_eq!(again, s);
    assert!(
        s.href().starts_with("/?sector=new_materials"),
        "{}",
        s.href()
    );
}

#[test]
fn round_trips_sector_overview_and_city_profile() {
    let s = ViewState::from_pairs(&pairs(&[("panel", "sectors"), ("profile", "厦门市")]));
    assert_eq!(s.panel, Panel::Sectors);
    assert_eq!(s.profile.as_deref(), Some("厦门市"));
    assert!(s.error.is_none());
    assert_eq!(ViewState::from_pairs(&s.to_pairs()), s);
    assert_eq!(
        s.href(),
        "/?panel=sectors&profile=%E5%8E%A6%E9%97%A8%E5%B8%82"
    );
    let bad = ViewState::from_pairs(&pairs(&[("profile", "上海市")]));
    assert_eq!(bad.profile, None);
    assert_eq!(
        bad.error.as_ref().map(|e| e.param.as_str()),
        Some("profile")
    );
}

#[test]
fn bad_filter_is_reported_not_dropped() {
    let s = ViewState::from_pairs(&pairs(&[("tier", "mega")]));
    assert_eq!(s.error.as_ref().map(|e| e.param.as_str()), Some("tier"));
}

#[test]
fn embed_links_keep_the_map_and_drop_the_panels() {
    let s = ViewState::from_pairs(&pairs(&[
        ("sector", "marine"),
        ("at", "118.1,24.5,9"),
        ("panel", "filters"),
        ("sort", "tier"),
        ("lang", "en"),
    ]));
    let mut embed = EmbedOptions::default();
    embed.set("interactive", "0").unwrap();
    let href = s.embed_href(&embed);
    assert_eq!(
        href,
        "/embed?sector=marine&at=118.1000,24.5000,9&lang=en&interactive=0"
    );
    let back = ViewState::from_pairs(&pairs(&[
        ("sector", "marine"),
        ("at", "118.1,24.5,9"),
        ("lang", "en"),
        ("interactive", "0"),
    ]));
    assert!(!back.embed.interactive && back.error.is_none());
    // The full map of an embedded view leaves the embed options behind.
    assert_eq!(back.href(), "/?sector=marine&at=118.1000,24.5000,9&lang=en");
    let bad = ViewState::from_pairs(&pairs(&[("legend", "maybe")]));
    assert_eq!(bad.error.map(|e| e.param), Some("legend".into()));
}

#[test]
fn default_view_is_the_bare_path() {
    assert_eq!(ViewState::default().href(), "/");
}

#[test]
fn clearing_filters_keeps_view_selection_and_language() {
    let mut s = ViewState::from_pairs(&pairs(&[
        ("sector", "marine"),
        ("tier", "national"),
        ("q", "xmhj"),
        ("sel", "xm-torch"),
        ("at", "118.1,24.5,9"),
        ("lang", "en"),
    ]));
    s.clear_filters();
    assert_eq!(s.href(), "/?sel=xm-torch&at=118.1000,24.5000,9&lang=en");
}
