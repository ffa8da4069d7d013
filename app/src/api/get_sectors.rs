use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::model::SectorInfo;

/// The fields with their colours and 2025 targets (`data/sectors.json`).
#[server(input = GetUrl, output = super::JsonText, endpoint = "get_sectors")]
pub async fn get_sectors() -> Result<Vec<SectorInfo>, ServerFnError> {
    let atlas = use_context::<super::AtlasContext>()
        .ok_or_else(|| ServerFnError::new("the atlas is not provided"))?;
    Ok(atlas.sectors())
}
