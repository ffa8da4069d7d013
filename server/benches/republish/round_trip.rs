//! The whole approval on a store: an editor's suggestion approved by a reviewer through
//! the curation functions (what the router's handlers call), on a SQLite file as the server
//! opens it (WAL, `synchronous = FULL`), until the published state shows the new revision.
use std::sync::Arc;
use std::time::{Duration, Instant};

use app::model::Role;
use serde_json::json;
use server::auth::accounts::Actor;
use server::auth::admin::add_user;
use server::curation::{approve, propose, Proposal, Published};
use server::data::Data;
use server::store::Store;

use super::catalogue::MOVED;

/// Two places in 莆田 the site moves between, so each suggestion changes something.
const PLACES: [(f64, f64); 2] = [(119.0071, 25.4412), (119.0120, 25.4390)];

pub struct Desk {
    rt: tokio::runtime::Runtime,
    store: Store,
    published: Published,
    editor: Actor,
    reviewer: Actor,
    moves: usize,
    _dir: tempfile::TempDir,
}

fn actor(name: &str) -> Actor {
    Actor {
        name: Some(name.into()),
        address: "bench".into(),
    }
}

impl Desk {
    pub fn new(data: Arc<Data>) -> Desk {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime");
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}", dir.path().join("atlas.sqlite").display());
        let store = rt.block_on(Store::open(&url)).expect("a fresh store");
        let (editor, reviewer) = (actor("eve"), actor("rex"));
        let pw = "a long enough password";
        for (who, role) in [(&editor, Role::Editor), (&reviewer, Role::Reviewer)] {
            let name = who.name.as_deref().unwrap_or_default();
            rt.block_on(add_user(&store, name, role, pw, &actor("admin")))
                .expect("a user");
        }
        Desk {
            rt,
            store,
            published: Published::new(data),
            editor,
            reviewer,
            moves: 0,
            _dir: dir,
        }
    }

    /// An editor's suggestion moving the site (not timed): its id.
    fn suggest(&mut self) -> String {
        let base = self.published.current();
        let revision = base.catalogue.entity(MOVED).map_or(0, |e| e.props.revision);
        let (lon, lat) = PLACES[self.moves % 2];
        self.moves += 1;
        let body = json!({
            "entity_id": MOVED,
            "base_revision": revision,
            "changes": {"members": [{"name_zh": "莆田“北斗+高分”综合大数据应用平台", "lon": lon,
                "lat": lat, "precision": "site", "city": "莆田市", "district": "城厢区"}]},
            "reason": "located on site",
            "source": {"title": "莆田市政府公告", "date": "2026-05-01"},
        });
        let p: Proposal = serde_json::from_value(body).expect("a proposal");
        self.rt
            .block_on(propose(&self.store, &self.published, &self.editor, p))
            .expect("proposed")
    }

    /// Suggests, then times the approval until the published state holds it.
    pub fn approve_timed(&mut self) -> Duration {
        let id = self.suggest();
        let start = Instant::now();
        let done = self
            .rt
            .block_on(approve(
                &self.store,
                &self.published,
                &self.reviewer,
                &id,
                "",
            ))
            .expect("approved");
        let visible = self.published.current();
        let elapsed = start.elapsed();
        let shown = visible.catalogue.entity(MOVED).map(|e| e.props.revision);
        assert_eq!(shown, Some(done.revision), "visible on this replica");
        elapsed
    }
}
