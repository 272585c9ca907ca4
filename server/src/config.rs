//! Configuration, read from the environment once at start. Every variable:
//!
//! | variable | default | meaning |
//! | --- | --- | --- |
//! | `KARTLA_DATABASE_URL` | `sqlite://data/kartla.db` | the database: `sqlite://PATH` or `postgres://USER:PASSWORD@HOST:PORT/NAME`; migrated at start |
//! | `KARTLA_SECURE_COOKIES` | `false` | mark cookies `Secure`; set `true` behind HTTPS |
//! | `KARTLA_PUBLIC_URL` | the request's host | the address printed on profiles for `/verify/{code}` and in mailed links (needed with `KARTLA_SMTP_URL`) |
//! | `LEPTOS_SITE_ADDR` | `127.0.0.1:3000` | the address Kartla listens on |
//! | `LEPTOS_SITE_ROOT` | `target/site` | where the compiled CSS and WebAssembly are served from |
//! | `KARTLA_BEHIND_PROXY` | `false` | requests come through the installation's proxy or load balancer, which names the client in `X-Forwarded-For` (used to count sign-in attempts per client address) |
//! | `KARTLA_SMTP_URL` | none | the SMTP server invitations and password links are sent through (`smtp://host:port`, `smtps://user:password@host`, `smtp://host?tls=required`); without it the links are shown to an administrator to pass on |
//! | `KARTLA_MAIL_FROM` | none | the sender of that mail (`Kartla <kartla@example.se>`); needed with `KARTLA_SMTP_URL` |
//! | `KARTLA_LOCALES_DIR` | none | a folder of the installation's own messages, laid out as `locales/` (`ar/main.ftl`, …): they improve or complete the built-in translations without a new release; a file that does not parse, or a message Kartla does not have, is reported at start (`kartla i18n status` lists them) and the built-in messages are kept |
//! | `KARTLA_STATS_THRESHOLD` | `5` | the smallest count of people the follow-up statistics show as it is; smaller ones are "fewer than N", and others beside them are hidden so that none can be worked out; never below 3 |
//! | `RUST_LOG` | `info` | log filter; answers, names and e-mail addresses are never logged |
use leptos::config::LeptosOptions;

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub secure_cookies: bool,
    pub public_url: Option<String>,
    pub behind_proxy: bool,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub locales_dir: Option<std::path::PathBuf>,
    pub stats_threshold: Option<String>,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: std::env::var("KARTLA_DATABASE_URL")
                .ok()
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| "sqlite://data/kartla.db".to_owned()),
            secure_cookies: std::env::var("KARTLA_SECURE_COOKIES")
                .map(|v| matches!(v.trim(), "1" | "true" | "yes"))
                .unwrap_or(false),
            public_url: std::env::var("KARTLA_PUBLIC_URL")
                .ok()
                .filter(|s| s.starts_with("https://") || s.starts_with("http://")),
            behind_proxy: std::env::var("KARTLA_BEHIND_PROXY")
                .map(|v| matches!(v.trim(), "1" | "true" | "yes"))
                .unwrap_or(false),
            smtp_url: set("KARTLA_SMTP_URL"),
            mail_from: set("KARTLA_MAIL_FROM"),
            locales_dir: set("KARTLA_LOCALES_DIR").map(Into::into),
            stats_threshold: set("KARTLA_STATS_THRESHOLD"),
        }
    }

    /// The follow-up statistics' threshold: `KARTLA_STATS_THRESHOLD`, 5 unless set, refused
    /// below 3.
    pub fn stats_threshold(&self) -> Result<kartla_app::domain::disclosure::Threshold, String> {
        use kartla_app::domain::disclosure::Threshold;
        let Some(text) = &self.stats_threshold else {
            return Ok(Threshold::default());
        };
        let bad = || {
            format!(
                "KARTLA_STATS_THRESHOLD={text}: expected a whole number, at least {}",
                Threshold::MIN
            )
        };
        let n: u64 = text.trim().parse().map_err(|_| bad())?;
        Threshold::new(n).map_err(|_| bad())
    }

    /// The mailer of the SMTP settings: none without them, an error when half of them are
    /// given or either cannot be used.
    pub fn mailer(&self) -> Result<Option<kartla_app::mail::Mailer>, String> {
        match (&self.smtp_url, &self.mail_from) {
            (None, None) => Ok(None),
            // A link in mail is never built from a request's Host header, which anyone can set:
            // a "forgot password" asked with a forged host would mail the secret elsewhere.
            (Some(_), Some(_)) if self.public_url.is_none() => Err(
                "KARTLA_SMTP_URL needs KARTLA_PUBLIC_URL (https://…), the address the links in mail lead to"
                    .to_owned(),
            ),
            (Some(url), Some(from)) => kartla_app::mail::Mailer::new(url, from).map(Some),
            _ => Err("set both KARTLA_SMTP_URL and KARTLA_MAIL_FROM, or neither".to_owned()),
        }
    }
}

impl Config {
    /// Take the installation's own messages, if it has any; what cannot be used is said in the
    /// log (file and line) and the built-in messages stay. Before anything is translated.
    pub fn use_locales(&self) -> Vec<kartla_app::i18n::sources::Problem> {
        let Some(dir) = &self.locales_dir else {
            return vec![];
        };
        let overrides = kartla_app::i18n::sources::Overrides::read(dir);
        let problems = overrides.problems.clone();
        for p in &problems {
            tracing::warn!("KARTLA_LOCALES_DIR: {p}");
        }
        let taken: usize = overrides.files.len();
        if kartla_app::i18n::sources::use_overrides(overrides).is_ok() {
            tracing::info!("messages: {taken} files of the installation's own in use");
        }
        problems
    }

    /// Where the installation is reached, for links printed on documents made on the command
    /// line: `KARTLA_PUBLIC_URL`, else the address it serves on.
    pub fn public_base(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", leptos_options().site_addr),
        }
    }
}

fn set(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|s| !s.trim().is_empty())
}

/// Leptos's options: from cargo-leptos's environment when it runs us, else the same defaults
/// as `[workspace.metadata.leptos]`, so the release binary also runs on its own.
pub fn leptos_options() -> LeptosOptions {
    if let Ok(conf) = leptos::config::get_configuration(None) {
        return conf.leptos_options;
    }
    let addr = std::env::var("LEPTOS_SITE_ADDR")
        .ok()
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| std::net::SocketAddr::from(([127, 0, 0, 1], 3000)));
    let root = std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".to_owned());
    LeptosOptions::builder()
        .output_name("kartla")
        .site_root(root)
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}
