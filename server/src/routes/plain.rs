//! What the plain (non-Leptos) routes share: answers in the reader's language, who is asking,
//! and the file names people send along.
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use kartla_app::auth::{locale_of, user_from_headers};
use kartla_app::db::users::UserRow;
use kartla_app::domain::policy::{Action, Kind};
use kartla_app::error::AppError;
use kartla_app::i18n;
use kartla_app::state::AppState;

/// A plain-text answer: the Fluent message `key` in the reader's language, with `status`.
pub fn text(headers: &HeaderMap, status: StatusCode, key: &str) -> Response {
    (status, i18n::translate(locale_of(headers), key, None)).into_response()
}

/// An [`AppError`] as its status and words.
pub fn error(headers: &HeaderMap, e: &AppError) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    text(headers, status, &e.message_key())
}

/// A multipart body that could not be read: too large (413) or malformed (400).
pub fn multipart_failed(headers: &HeaderMap, status: StatusCode) -> Response {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        text(headers, status, "error-too-large")
    } else {
        text(headers, StatusCode::BAD_REQUEST, "error-bad-request")
    }
}

/// The signed-in user when the access policy lets them do `action` to their own records of
/// `kind` (or to all of them); otherwise the answer to send (401, 403).
pub async fn user_allowed(
    state: &AppState,
    headers: &HeaderMap,
    kind: Kind,
    action: Action,
) -> Result<UserRow, Response> {
    let user = match user_from_headers(&state.db, headers).await {
        Ok(Some(u)) => u,
        Ok(None) => return Err(error(headers, &AppError::Unauthorized)),
        Err(e) => return Err(error(headers, &e)),
    };
    match kartla_app::access::check_own(&user, kind, action) {
        Ok(()) => Ok(user),
        Err(e) => Err(error(headers, &e)),
    }
}

/// Only a sent file's own name, never a path sent along with it, without control characters.
pub fn base_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    base.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// A file name for a download, from the Fluent message `key` in the reader's language: ASCII
/// letters, digits and dashes only, so that it is safe in a header on every system.
pub fn file_name(headers: &HeaderMap, key: &str, number: i64, extension: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("number", number);
    let stem: String = i18n::translate_plain(locale_of(headers), key, Some(&args))
        .chars()
        .filter_map(|c| match c {
            'å' | 'ä' => Some('a'),
            'ö' => Some('o'),
            c if c.is_ascii_alphanumeric() || c == '-' => Some(c),
            ' ' => Some('-'),
            _ => None,
        })
        .collect();
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_file_name_is_kept() {
        assert_eq!(base_name("../../etc/passwd"), "passwd");
        assert_eq!(base_name("C:\\Users\\a\\skills_sv.csv"), "skills_sv.csv");
        assert_eq!(base_name("ok.toml"), "ok.toml");
        assert_eq!(base_name("a\u{0}b.png"), "ab.png");
    }

    #[test]
    fn download_names_are_plain_ascii_in_the_readers_language() {
        let sv = HeaderMap::new();
        assert_eq!(
            file_name(&sv, "file-name-attachment", 3, "pdf"),
            "bilaga-3.pdf"
        );
        let mut en = HeaderMap::new();
        en.insert(axum::http::header::ACCEPT_LANGUAGE, "en".parse().unwrap());
        assert_eq!(
            file_name(&en, "file-name-attachment", 3, "pdf"),
            "attachment-3.pdf"
        );
    }
}
