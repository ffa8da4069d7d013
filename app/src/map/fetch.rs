//! GET requests from the map (browser only).
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

async fn response(url: &str) -> Result<web_sys::Response, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !resp.ok() {
        return Err(resp.status().into());
    }
    Ok(resp)
}

/// A JSON answer as a JS value, for data handed on to Leaflet as it is (the base map).
pub async fn fetch_json(url: &str) -> Result<JsValue, JsValue> {
    JsFuture::from(response(url).await?.json()?).await
}

/// A JSON answer read into one of the model's types.
pub async fn fetch_typed<T: serde::de::DeserializeOwned>(url: &str) -> Result<T, JsValue> {
    let text = JsFuture::from(response(url).await?.text()?).await?;
    let text = text.as_string().ok_or(JsValue::NULL)?;
    serde_json::from_str(&text).map_err(|e| JsValue::from_str(&e.to_string()))
}
