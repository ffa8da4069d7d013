//! The page's server functions read their arguments from the query string, and server_fn
//! answers a missing, repeated or unknown one with a 500 (`Args|missing field …`) before the
//! function runs. This checks every call first, with the same parsers the functions use, so
//! bad input is a 400 JSON naming the parameter, like every other public URL.
use app::api::{
    parse_search, GetCityProfile, GetDetail, GetIndicators, GetPlanText, GetPlanToc, GetSectors,
    SearchEntities, SearchPlan,
};
use app::model::params::{parse_city, query_pairs, ParamError};
use app::model::{parse_plan_search, Lang};
use axum::{extract::Request, middleware::Next, response::IntoResponse, response::Response};
use leptos::server_fn::ServerFn;

use super::ApiError;

type Pairs = [(String, String)];
type Check = fn(&Pairs) -> Result<(), ParamError>;

/// Every server function's path and the check of its arguments.
const CHECKS: [(&str, Check); 8] = [
    (SearchEntities::PATH, |p| {
        parse_search(&only(p, "query")?).map(drop)
    }),
    (GetDetail::PATH, |p| only(p, "id").map(drop)),
    (GetCityProfile::PATH, |p| {
        parse_city("city", &only(p, "city")?).map(drop)
    }),
    (GetSectors::PATH, none),
    (GetIndicators::PATH, none),
    (GetPlanToc::PATH, none),
    (GetPlanText::PATH, |p| {
        let [_, lang] = given(p, ["id", "lang"])?;
        Lang::parse(&lang).map(drop)
    }),
    (SearchPlan::PATH, |p| {
        let [q, lang] = given(p, ["q", "lang"])?;
        Lang::parse(&lang)?;
        parse_plan_search(&q).map(drop)
    }),
];

/// The value of `name`, given exactly once, and nothing else given.
fn only(pairs: &Pairs, name: &'static str) -> Result<String, ParamError> {
    given(pairs, [name]).map(|[v]| v)
}

/// The value of each of `names`, each given exactly once, and nothing else given.
fn given<const N: usize>(
    pairs: &Pairs,
    names: [&'static str; N],
) -> Result<[String; N], ParamError> {
    if let Some((k, _)) = pairs.iter().find(|(k, _)| !names.contains(&k.as_str())) {
        let known = names.join(", ");
        return Err(ParamError::new(
            k,
            format!("unknown parameter; known: {known}"),
        ));
    }
    let mut out = names.map(|_| String::new());
    for (slot, name) in out.iter_mut().zip(names) {
        let mut values = pairs.iter().filter(|(k, _)| k == name);
        match (values.next(), values.next()) {
            (Some((_, v)), None) => slot.clone_from(v),
            (None, _) => return Err(ParamError::new(name, "required")),
            (Some(_), Some(_)) => return Err(ParamError::new(name, "given more than once")),
        }
    }
    Ok(out)
}

fn none(pairs: &Pairs) -> Result<(), ParamError> {
    match pairs.first() {
        Some((k, _)) => Err(ParamError::new(k, "unknown parameter; this takes none")),
        None => Ok(()),
    }
}

/// Middleware: refuses a server-function call with bad arguments before server_fn sees it.
pub async fn check(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if let Some((_, check)) = CHECKS.iter().find(|(p, _)| *p == path) {
        let pairs = query_pairs(request.uri().query().unwrap_or_default());
        if let Err(e) = check(&pairs) {
            return ApiError::BadParam(e).into_response();
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_registered_server_function_is_checked() {
        for (path, _) in leptos::server_fn::axum::server_fn_paths() {
            assert!(
                CHECKS.iter().any(|(p, _)| *p == path),
                "{path} has no argument check"
            );
        }
    }

    #[test]
    fn arguments_are_required_once_and_alone() {
        assert_eq!(only(&pairs(&[("id", "x")]), "id"), Ok("x".into()));
        assert_eq!(only(&pairs(&[]), "id").unwrap_err().param, "id");
        assert_eq!(
            only(&pairs(&[("id", "a"), ("id", "b")]), "id")
                .unwrap_err()
                .param,
            "id"
        );
        assert_eq!(
            only(&pairs(&[("id", "a"), ("x", "b")]), "id")
                .unwrap_err()
                .param,
            "x"
        );
        assert_eq!(none(&pairs(&[("x", "1")])).unwrap_err().param, "x");
        let two = given(&pairs(&[("lang", "en"), ("q", "膜")]), ["q", "lang"]);
        assert_eq!(two, Ok(["膜".to_string(), "en".to_string()]));
        let missing = given(&pairs(&[("q", "膜")]), ["q", "lang"]).unwrap_err();
        assert_eq!(missing.param, "lang");
    }
}
