/// An on/off parameter (`legend`, `controls`, `interactive`): `1` or `0`, as the README
/// documents; anything else (`true`, `yes`, empty) is refused rather than guessed.
pub fn parse_flag(param: &str, value: &str) -> Result<bool, super::ParamError> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(super::ParamError::new(
            param,
            format!("expected 0 or 1, got {value:?}"),
        )),
    }
}
