//! Passwords, session cookies and "who is asking" for server functions. Server side only.
use crate::db::{self, users::UserRow};
use crate::error::AppError;
use crate::i18n::{self, Locale};
use crate::state::AppState;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use axum::http::{header, request::Parts, HeaderMap, HeaderValue};
use leptos::prelude::use_context;

pub const SESSION_COOKIE: &str = "kartla_session";

/// How many password hashes run at once: one per core. Each argon2id hash holds 19 MiB and a
/// core for tens of milliseconds; unbounded, a crowd signing in at once (seen in
/// `scripts/bench-load`: a thousand in ten seconds) took 13 GB of memory and starved every
/// other request of the database pool. Past the limit, sign-ins wait their turn instead.
fn hashing() -> &'static tokio::sync::Semaphore {
    static PERMITS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    PERMITS.get_or_init(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    })
}

/// Hash a password with argon2id, off the async threads (it takes tens of milliseconds).
pub async fn hash_password(password: String) -> Result<String, AppError> {
    let _turn = hashing().acquire().await.map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await
    .map_err(|_| AppError::Internal)?
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AppError::Internal
    })
}

/// Check a password against a stored hash. With no hash (unknown e-mail) a dummy is checked
/// so that the answer takes as long either way.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Jm2nYd2BXaqcLh9OJu1xmkQ9zFbYk0ynE3lPwl+6Rdo";
    let known = hash.is_some();
    let hash = hash.unwrap_or_else(|| DUMMY.to_owned());
    let Ok(_turn) = hashing().acquire().await else {
        return false;
    };
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
        && known
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

pub fn set_cookie(
    name: &str,
    value: &str,
    max_age_secs: u64,
    secure: bool,
    http_only: bool,
) -> Option<HeaderValue> {
    let mut c = format!("{name}={value}; Path=/; Max-Age={max_age_secs}; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if secure {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).ok()
}

/// The language of this request: cookie, then Accept-Language, then Swedish.
pub fn locale_of(headers: &HeaderMap) -> Locale {
    let cookie = cookie_value(headers, i18n::COOKIE_NAME);
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Locale::negotiate(cookie.as_deref(), accept)
}

/// The server's state, provided to every request's reactive owner.
///
/// A page's data is read by tasks of their own, which outlive the request when its client
/// leaves early (seen at the end of every `wrk` run in `scripts/bench-load`): the request's
/// owner is gone and with it every context, the request's head included. That is no fault,
/// and the task stops here, before it reads anything. The state missing while the request's
/// head is still there is a wiring fault and logged as one.
pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        if use_context::<Parts>().is_some() {
            tracing::error!("AppState missing from context");
        } else {
            tracing::debug!("request gone before its data was read");
        }
        AppError::Internal
    })
}

fn parts() -> Result<Parts, AppError> {
    use_context::<Parts>().ok_or(AppError::Internal)
}

/// The locale of the request being served.
pub fn request_locale() -> Locale {
    use_context::<Parts>()
        .map(|p| locale_of(&p.headers))
        .unwrap_or_default()
}

/// The person a request's session cookie names, looked up once per request however many
/// parts of the page ask (the header, the page's own data, the access checks).
#[derive(Clone, Default)]
pub struct RequestUser(std::sync::Arc<tokio::sync::OnceCell<Option<UserRow>>>);

/// The signed-in user, if any.
pub async fn current_user() -> Result<Option<UserRow>, AppError> {
    let once = use_context::<RequestUser>();
    if let Some(known) = once.as_ref().and_then(|o| o.0.get()) {
        return Ok(known.clone());
    }
    let st = state()?;
    let headers = &parts()?.headers;
    match once {
        Some(once) => once
            .0
            .get_or_try_init(|| user_from_headers(&st.db, headers))
            .await
            .cloned(),
        None => user_from_headers(&st.db, headers).await,
    }
}

/// The user whose session cookie these request headers carry, for plain routes outside the
/// server functions.
pub async fn user_from_headers(
    db: &db::Db,
    headers: &HeaderMap,
) -> Result<Option<UserRow>, AppError> {
    let Some(token) = cookie_value(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    Ok(db::sessions::user_for(db, &token).await?)
}

/// The signed-in user, or `Unauthorized`.
pub async fn require_user() -> Result<UserRow, AppError> {
    current_user().await?.ok_or(AppError::Unauthorized)
}

/// `path` when it is a path on this site, never another host (`//evil`, `https://…`, `/\\evil`)
/// nor anything that would not survive a `Location` header.
pub fn own_path(path: &str) -> Option<&str> {
    let own = path.starts_with('/')
        && !path.starts_with("//")
        && path.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    own.then_some(path)
}

/// The cookie that remembers the choice to see the Swedish original under each criterion.
pub const ORIGINALS_COOKIE: &str = "kartla_originals";

/// Whether this request's reader chose to see the Swedish originals.
pub fn shows_originals() -> bool {
    use_context::<Parts>()
        .and_then(|p| cookie_value(&p.headers, ORIGINALS_COOKIE))
        .is_some_and(|v| v == "1")
}

/// The session token of this request, if it carries one.
pub fn session_token() -> Option<String> {
    use_context::<Parts>().and_then(|p| cookie_value(&p.headers, SESSION_COOKIE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_password_verifies_against_its_own_hash_only() {
        let h = hash_password("correct horse".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse".into(), Some(h.clone())).await);
        assert!(!verify_password("wrong horse".into(), Some(h)).await);
        assert!(!verify_password("correct horse".into(), None).await);
    }

    #[test]
    fn the_cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; kartla_session=abc; b=2"),
        );
        assert_eq!(cookie_value(&h, SESSION_COOKIE).as_deref(), Some("abc"));
        assert_eq!(cookie_value(&h, "zzz"), None);
    }

    #[test]
    fn session_cookies_are_http_only_and_same_site() {
        let c = set_cookie(SESSION_COOKIE, "t", 60, true, true).unwrap();
        let c = c.to_str().unwrap();
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
    }
}
