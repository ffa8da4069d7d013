use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::model::CityProfile;

/// What the catalogue holds for one of the ten `CITIES` (official or short name). Any other
/// name is the caller's mistake, so it gets a 400 rather than an empty profile that looks
/// like real data.
#[server(input = GetUrl, output = super::JsonText, endpoint = "get_city_profile")]
pub async fn get_city_profile(city: String) -> Result<CityProfile, ServerFnError> {
    let atlas = use_context::<super::AtlasContext>()
        .ok_or_else(|| ServerFnError::new("the atlas is not provided"))?;
    atlas.city_profile(&city).map_err(|e| {
        if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(http::StatusCode::BAD_REQUEST);
        }
        ServerFnError::new(e.to_string())
    })
}
