//! Requests that change anything come only from Kartla's own pages. A page on another site
//! could otherwise post a form here: sign a person in as someone else (the cookie's
//! `SameSite=Lax` does not stop that: the person has no session yet), sign them out, or act
//! for them in a browser that ignores `SameSite`. Browsers say where a request comes from
//! (`Sec-Fetch-Site`; older ones at least `Origin`); a request from elsewhere is refused with
//! 403 and words in the reader's language. Requests that say nothing (no browser: curl, the
//! load scripts) pass: they carry no one else's cookies.
use super::plain;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use kartla_app::state::AppState;

pub async fn own_pages_only(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let reads = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !reads && from_elsewhere(req.headers(), state.public_url.as_deref()) {
        tracing::info!(path = %req.uri().path(), "refused a request from another site");
        return plain::text(req.headers(), StatusCode::FORBIDDEN, "error-cross-site");
    }
    next.run(req).await
}

/// Whether the browser says the request comes from a page of another site.
fn from_elsewhere(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let value = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = value(header::HeaderName::from_static("sec-fetch-site")) {
        // `none`: typed, a bookmark; `same-site` is a neighbour under the same domain, which
        // is another site all the same.
        return !matches!(site, "same-origin" | "none");
    }
    match value(header::ORIGIN) {
        None => false,
        Some(origin) => !is_own(origin, value(header::HOST), public_url),
    }
}

/// Whether `origin` (`scheme://host[:port]`) is Kartla's: the address it is published at, or
/// else the host the request was sent to.
fn is_own(origin: &str, host: Option<&str>, public_url: Option<&str>) -> bool {
    if let Some(public) = public_url {
        let public = public.trim_end_matches('/');
        let public_origin = match public.find("://") {
            Some(i) => match public[i + 3..].find('/') {
                Some(j) => &public[..i + 3 + j],
                None => public,
            },
            None => public,
        };
        return origin.eq_ignore_ascii_case(public_origin);
    }
    let origin_host = origin.split_once("://").map(|(_, h)| h);
    origin_host.is_some() && origin_host == host
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn the_browser_s_word_decides() {
        for (site, elsewhere) in [
            ("same-origin", false),
            ("none", false),
            ("same-site", true),
            ("cross-site", true),
            ("something-new", true),
        ] {
            let h = headers(&[("sec-fetch-site", site), ("host", "kartla.test")]);
            assert_eq!(from_elsewhere(&h, None), elsewhere, "{site}");
        }
    }

    #[test]
    fn without_it_the_origin_must_be_kartla_s_own() {
        let own = headers(&[("origin", "http://kartla.test"), ("host", "kartla.test")]);
        assert!(!from_elsewhere(&own, None));
        let other = headers(&[("origin", "https://evil.example"), ("host", "kartla.test")]);
        assert!(from_elsewhere(&other, None));
        let opaque = headers(&[("origin", "null"), ("host", "kartla.test")]);
        assert!(from_elsewhere(&opaque, None));
        let port = headers(&[
            ("origin", "http://kartla.test:8080"),
            ("host", "kartla.test"),
        ]);
        assert!(from_elsewhere(&port, None));
        // Behind a proxy the published address counts, whatever the host header says.
        let proxied = headers(&[
            ("origin", "https://kartla.region.se"),
            ("host", "10.0.0.5:3000"),
        ]);
        assert!(!from_elsewhere(&proxied, Some("https://kartla.region.se/")));
        assert!(from_elsewhere(&other, Some("https://kartla.region.se")));
        // Not a browser: nothing to go on, and no one else's cookies either.
        assert!(!from_elsewhere(&headers(&[("host", "kartla.test")]), None));
    }
}
