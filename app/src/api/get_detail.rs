use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::EntityDetail;

/// One entity with the names of its related entities (for the detail panel).
#[server(input = GetUrl, output = super::JsonText, endpoint = "get_detail")]
pub async fn get_detail(id: String) -> Result<Option<EntityDetail>, ServerFnError> {
    let atlas = use_context::<super::AtlasContext>()
        .ok_or_else(|| ServerFnError::new("the atlas is not provided"))?;
    Ok(atlas.detail(&id))
}
