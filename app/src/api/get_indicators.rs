use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::model::Indicator;

/// The plan's 表1 indicators (`data/indicators.json`), for the sector overview.
#[server(input = GetUrl, output = super::JsonText, endpoint = "get_indicators")]
pub async fn get_indicators() -> Result<Vec<Indicator>, ServerFnError> {
    let atlas = use_context::<super::AtlasContext>()
        .ok_or_else(|| ServerFnError::new("the atlas is not provided"))?;
    Ok(atlas.indicators())
}
