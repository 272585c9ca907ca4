//! Guessing passwords does not pay: sign-in and registration are counted per account and per
//! client address over the last minute ([`crate::db::throttle`]), and refused with
//! "too many tries" (429, `Retry-After`) past a limit. A known and an unknown e-mail address go
//! the same way, so the answer tells nothing about which exist.
use crate::db::{self, Db};
use crate::error::AppError;
use crate::state::AppState;
use axum::http::request::Parts;
use sha2::{Digest, Sha256};

/// Failed attempts on one account within a minute before the next is refused.
pub const PER_ACCOUNT: i64 = 10;
/// Failed attempts from one client address within a minute (many people can share one
/// address: a school, a library, a municipality's network).
pub const PER_ADDRESS: i64 = 50;

/// What one attempt is aimed at.
pub struct Keys {
    account: String,
    address: Option<String>,
}

impl Keys {
    /// The keys of an attempt on the account `email` from the request being served. No e-mail
    /// address is kept: the account's key is a hash of it.
    pub fn for_request(st: &AppState, what: &str, email: &str) -> Keys {
        let normalized = db::users::normalize_email(email);
        let digest = Sha256::digest(format!("{what}\0{normalized}").as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let address = leptos::prelude::use_context::<Parts>()
            .and_then(|p| client_address(&p, st.behind_proxy))
            .map(|a| format!("{what}-address:{a}"));
        Keys {
            account: format!("{what}-account:{hex}"),
            address,
        }
    }

    /// `TooMany` when the account or the address has had its limit of attempts this minute.
    pub async fn refuse_if_exceeded(&self, db: &Db) -> Result<(), AppError> {
        let mut keys = vec![(self.account.as_str(), PER_ACCOUNT)];
        if let Some(a) = &self.address {
            keys.push((a.as_str(), PER_ADDRESS));
        }
        for (key, limit) in keys {
            let (n, oldest) = db::throttle::recent(db, key).await?;
            if n >= limit {
                let wait = oldest
                    .map(|o| {
                        let free = o.plus(db::throttle::WINDOW).micros() - db::now().micros();
                        (free / 1_000_000 + 1).clamp(1, 60)
                    })
                    .unwrap_or(60);
                tracing::info!("an attempt was refused: too many this minute");
                return Err(AppError::TooMany(wait as u64));
            }
        }
        Ok(())
    }

    /// Count this attempt (a failed sign-in, any registration).
    pub async fn note(&self, db: &Db) -> Result<(), AppError> {
        let mut keys = vec![self.account.as_str()];
        if let Some(a) = &self.address {
            keys.push(a.as_str());
        }
        Ok(db::throttle::note(db, &keys).await?)
    }

    /// The right password: the account's count starts again (the address's does not).
    pub async fn succeeded(&self, db: &Db) -> Result<(), AppError> {
        Ok(db::throttle::clear(db, &self.account).await?)
    }
}

/// The client's address: the peer's, or behind a proxy of the installation's
/// (`KARTLA_BEHIND_PROXY`) the last address the proxy says it forwarded for.
pub fn client_address(parts: &Parts, behind_proxy: bool) -> Option<String> {
    if behind_proxy {
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .rfind(|a| !a.is_empty());
        if let Some(a) = forwarded {
            return Some(a.to_owned());
        }
    }
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
}
