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
}
