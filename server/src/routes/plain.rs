//! What the plain (non-Leptos) routes share: answers in the reader's language, who is asking,
//! and the file names people send along.
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kartla_app::auth::{locale_of, user_from_headers};
use kartla_app::db::users::UserRow;
use kartla_app::domain::policy::{Action, Kind};
use kartla_app::error::AppError;
use kartla_app::i18n::{self, Locale};
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

/// A download's name, from the Fluent message `key` in the reader's language: its letters kept
/// (any script), words joined by dashes.
pub fn file_name(headers: &HeaderMap, key: &str, number: i64, extension: &str) -> String {
    stem(locale_of(headers), key, number, |c| c.is_alphanumeric()) + "." + extension
}

/// The stem of a download's name: the characters `keep` allows, spaces as dashes, nothing that
/// could break out of a header or a path.
fn stem(locale: Locale, key: &str, number: i64, keep: impl Fn(char) -> bool) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("number", number);
    i18n::translate_plain(locale, key, Some(&args))
        .chars()
        .filter_map(|c| match c {
            '-' | ' ' => Some('-'),
            // Marks carry vowels and joins in Arabic, Persian and Ethiopic names.
            c if keep(c) || is_mark(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// Combining marks and the zero-width non-joiner a word of some scripts needs.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}' | '\u{135D}'..='\u{135F}')
}

/// `Content-Disposition` for a download named by `key`: the name in the reader's language as
/// RFC 6266/5987 `filename*` (UTF-8, so an Arabic name does not become `-3.pdf`), and a plain
/// ASCII `filename` beside it for clients that read only that one (Swedish letters simplified,
/// English where the reader's language has no Latin letters).
pub fn disposition(
    headers: &HeaderMap,
    kind: &str,
    key: &str,
    number: i64,
    extension: &str,
) -> HeaderValue {
    let locale = locale_of(headers);
    let ascii = |l: Locale| {
        let s = stem(l, key, number, |c| c.is_alphanumeric());
        s.chars()
            .filter_map(|c| match c {
                'å' | 'ä' | 'Å' | 'Ä' => Some('a'),
                'ö' | 'Ö' => Some('o'),
                c if c.is_ascii_alphanumeric() || c == '-' => Some(c),
                _ => None,
            })
            .collect::<String>()
    };
    // A stem that lost letters ("belge-tasla-3" of "belge-taslağı-3") says the wrong thing:
    // the English one is said instead (Swedish å, ä and ö become a and o).
    let full_stem = stem(locale, key, number, |c| c.is_alphanumeric());
    let lost = full_stem
        .chars()
        .filter(|c| {
            c.is_alphabetic() && !c.is_ascii() && !matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö')
        })
        .count();
    let plain = if lost > 0 {
        ascii(Locale::ENGLISH)
    } else {
        ascii(locale)
    };
    let full = file_name(headers, key, number, extension);
    let value = format!(
        "{kind}; filename=\"{plain}.{extension}\"; filename*=UTF-8''{}",
        percent_encode(&full)
    );
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("attachment"))
}

/// RFC 5987's encoding of a value: its attr-chars as they are, every other byte as `%XX`.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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
    fn download_names_keep_their_letters_with_a_plain_name_beside() {
        let header = |lang: &str| {
            let mut h = HeaderMap::new();
            h.insert(axum::http::header::ACCEPT_LANGUAGE, lang.parse().unwrap());
            let v = disposition(&h, "attachment", "file-name-profile", 7, "pdf");
            (
                file_name(&h, "file-name-profile", 7, "pdf"),
                v.to_str().unwrap().to_owned(),
            )
        };
        let (name, sv) = header("sv");
        assert_eq!(name, "kompetensprofil-7.pdf");
        assert_eq!(
            sv,
            "attachment; filename=\"kompetensprofil-7.pdf\"; filename*=UTF-8''kompetensprofil-7.pdf"
        );
        for lang in ["ar", "ti", "uk", "fa"] {
            let (name, value) = header(lang);
            assert!(name.ends_with("-7.pdf"), "{lang}: {name}");
            assert!(!name.is_ascii(), "{lang} keeps its own letters: {name}");
            let encoded = value.split("filename*=UTF-8''").nth(1).unwrap();
            assert_eq!(decode(encoded), name, "{lang}");
            assert!(
                value.contains("filename=\"competence-profile-7.pdf\""),
                "{lang}: the plain name is the English one: {value}"
            );
        }
    }

    #[test]
    fn a_plain_name_that_would_lose_letters_is_the_english_one() {
        let mut tr = HeaderMap::new();
        tr.insert(axum::http::header::ACCEPT_LANGUAGE, "tr".parse().unwrap());
        let name = file_name(&tr, "file-name-certificate", 3, "pdf");
        assert!(!name.is_ascii(), "Turkish keeps its letters: {name}");
        let v = disposition(&tr, "attachment", "file-name-certificate", 3, "pdf");
        assert!(
            v.to_str()
                .unwrap()
                .starts_with("attachment; filename=\"certificate-draft-3.pdf\""),
            "{v:?}"
        );
    }

    #[test]
    fn the_encoding_leaves_only_safe_bytes() {
        assert_eq!(percent_encode("a b\"c;%/ä"), "a%20b%22c%3B%25%2F%C3%A4");
        assert_eq!(decode(&percent_encode("ملف-3.pdf")), "ملف-3.pdf");
    }

    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = vec![];
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }
}
