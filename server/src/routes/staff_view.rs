//! Who looks at a map page. For a map page requested with a session cookie, the signed-in
//! user's [`StaffView`] (the queue's count for reviewers) goes to Leptos through the
//! request's extensions; anonymous requests cost nothing and get no editing UI.
use app::model::params::{ATLAS_PATH, PLAN_PATH};
use app::model::{Role, StaffView};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::Response;

use crate::auth::session::current;
use crate::state::AppState;
use crate::store::SuggestionRow;

async fn staff_view(s: &AppState, headers: &HeaderMap) -> Option<StaffView> {
    let signed = match current(&s.store, &s.auth, headers).await {
        Ok(signed) => signed?,
        Err(e) => {
            // The map still works; the header just shows no staff links.
            tracing::warn!("staff view: {e}");
            return None;
        }
    };
    let user = &signed.user;
    if user.must_change_password {
        return None;
    }
    let pending = if user.role.includes(Role::Reviewer) {
        let count = async {
            let mut conn = s.store.pool.acquire().await?;
            SuggestionRow::pending(&mut conn).await
        };
        match count.await {
            Ok(n) => Some(usize::try_from(n).unwrap_or_default()),
            Err(e) => {
                tracing::warn!("staff view: the queue's count: {e}");
                None
            }
        }
    } else {
        None
    };
    Some(StaffView {
        can_suggest: true,
        pending,
    })
}

pub async fn attach(State(s): State<AppState>, mut req: Request, next: Next) -> Response {
    let page = matches!(req.uri().path(), ATLAS_PATH | PLAN_PATH);
    if req.method() == Method::GET && page {
        if let Some(v) = staff_view(&s, req.headers()).await {
            req.extensions_mut().insert(v);
        }
    }
    next.run(req).await
}
