//! What every request handler and server function reaches through context.
use crate::db::Db;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

#[derive(Clone, Debug, FromRef)]
pub struct AppState {
    pub db: Db,
    /// Published framework versions read so far (they never change).
    pub published: crate::db::frameworks::Published,
    pub leptos_options: LeptosOptions,
    /// Mark cookies `Secure`: on whenever Kartla is served over HTTPS.
    pub secure_cookies: bool,
    /// Where Kartla is reached from outside, for links printed on paper.
    pub public_url: Option<String>,
    /// The addresses of the compiled script, WebAssembly and style sheet.
    pub assets: crate::assets::Assets,
    /// Requests come through a proxy of the installation, which names the client in
    /// `X-Forwarded-For` (`KARTLA_BEHIND_PROXY`).
    #[from_ref(skip)]
    pub behind_proxy: bool,
    /// How mail is sent, when the installation has an SMTP server (`KARTLA_SMTP_URL`).
    #[from_ref(skip)]
    pub mailer: Option<crate::mail::Mailer>,
    /// Announcements of changes in guidance sessions, across the installation's servers.
    #[from_ref(skip)]
    pub live: crate::live::Hub,
    /// The smallest count of people the follow-up statistics show (`KARTLA_STATS_THRESHOLD`).
    #[from_ref(skip)]
    pub stats_threshold: crate::domain::disclosure::Threshold,
}

impl AppState {
    /// Where this Kartla is reached, for links on paper and in mail: `KARTLA_PUBLIC_URL` when
    /// set, else the host the request came to (when it looks like a host name).
    pub fn public_base(&self, headers: &axum::http::HeaderMap) -> String {
        if let Some(url) = &self.public_url {
            return url.trim_end_matches('/').to_owned();
        }
        let host = headers
            .get(axum::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".:-[]".contains(c))
            })
            .unwrap_or("localhost");
        let scheme = if self.secure_cookies { "https" } else { "http" };
        format!("{scheme}://{host}")
    }
}
