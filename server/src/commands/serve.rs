//! `kartla serve`: the web server.
use super::{open_db, CmdResult};
use crate::config::{leptos_options, Config};
use kartla_app::state::AppState;

pub async fn run(cfg: &Config, demo: bool) -> CmdResult {
    let mailer = cfg.mailer()?;
    // A threshold that would publish too small a count is refused before anything is served.
    let stats_threshold = cfg.stats_threshold()?;
    let db = open_db(cfg).await?;
    if demo {
        super::demo::seed(&db).await?;
    }
    tokio::spawn(clean_up_every(db.clone(), CLEAN_UP_EVERY));
    let leptos_options = leptos_options();
    crate::assets::precompress_in_background(&leptos_options.site_root);
    let addr = leptos_options.site_addr;
    let assets =
        kartla_app::assets::Assets::read(&leptos_options.site_root, &leptos_options.site_pkg_dir);
    let state = AppState {
        db,
        published: Default::default(),
        leptos_options,
        secure_cookies: cfg.secure_cookies,
        public_url: cfg.public_url.clone(),
        assets,
        behind_proxy: cfg.behind_proxy,
        mailer,
        live: kartla_app::live::Hub::start(&cfg.database_url)
            .await
            .map_err(|e| format!("cannot listen for guidance sessions: {e}"))?,
        stats_threshold,
    };
    let app = crate::routes::router(state);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!("Kartla listens on http://{addr}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(stopped())
    .await
    .map_err(|e| e.to_string())
}

/// How often each server removes what has run out.
const CLEAN_UP_EVERY: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Remove ended sessions, run-out one-time links, day-old import previews and month-old kept
/// form input, now and then every `period`. Every server of an installation does this on the one database; each
/// clean-up is one `DELETE` of what has run out, so two servers at the same moment remove each
/// row once and never collide.
async fn clean_up_every(db: kartla_app::db::Db, period: std::time::Duration) {
    use kartla_app::db;
    let mut tick = tokio::time::interval(period);
    loop {
        tick.tick().await;
        report("expired sessions", db::sessions::delete_expired(&db).await);
        report("old sign-in attempts", db::throttle::delete_old(&db).await);
        report(
            "expired invitations",
            db::invitations::delete_expired(&db).await,
        );
        report(
            "old password links",
            db::password_resets::delete_old(&db).await,
        );
        report("old import previews", db::imports::prune(&db).await);
        report("old kept form input", db::kept::prune(&db).await);
        report(
            "old invitations to connect",
            db::share_invitations::prune(&db).await,
        );
    }
}

/// Say in the log how many of `what` a clean-up removed, or that it could not.
fn report(what: &str, result: Result<u64, sqlx::Error>) {
    match result {
        Ok(n) if n > 0 => tracing::info!(removed = n, what, "cleaned up"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, what, "could not clean up"),
    }
}

/// Resolves when the process is asked to stop: Ctrl-C, or SIGTERM from a service manager or
/// an orchestrator taking the server out of a load balancer.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("stopping: finishing the requests in hand");
}
