//! `kartla serve`: the web server.
use super::{open_db, CmdResult};
use crate::config::{leptos_options, Config};
use kartla_app::state::AppState;

pub async fn run(cfg: &Config, demo: bool) -> CmdResult {
    let db = open_db(cfg).await?;
    if demo {
        super::demo::seed(&db).await?;
    }
    match kartla_app::db::sessions::delete_expired(&db).await {
        Ok(n) if n > 0 => tracing::info!(removed = n, "expired sessions removed"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "could not remove expired sessions"),
    }
    let leptos_options = leptos_options();
    crate::assets::precompress_in_background(&leptos_options.site_root);
    let addr = leptos_options.site_addr;
    let state = AppState {
        db,
        leptos_options,
        secure_cookies: cfg.secure_cookies,
        public_url: cfg.public_url.clone(),
    };
    let app = crate::routes::router(state);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!("Kartla listens on http://{addr}");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| e.to_string())
}
