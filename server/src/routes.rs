//! The HTTP surface: Leptos pages, server functions, and the plain routes (health, language,
//! PDF profile).
mod evidence;
mod imports;
mod live;
mod own_site;
mod plain;

use crate::documents::{self, profile, statement};
use axum::body::Body;
use axum::extract::{Form, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use kartla_app::access;
use kartla_app::app::{shell, App};
use kartla_app::auth::{cookie_value, locale_of, set_cookie, SESSION_COOKIE};
use kartla_app::db;
use kartla_app::domain::policy::{Action, Kind};
use kartla_app::domain::verification::Document;
use kartla_app::domain::MappingId;
use kartla_app::error::AppError;
use kartla_app::i18n::{self, Locale};
use kartla_app::state::AppState;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use serde::Deserialize;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// The largest request body a form or server function may send.
pub const MAX_BODY: usize = 256 * 1024;

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let ctx_state = state.clone();
    Router::new()
        .route("/health", get(health))
        .route("/language", post(set_language))
        .route("/preferences/originals", post(set_originals))
        .route("/mappings/{id}/profile.pdf", get(profile_pdf))
        .route("/cases/{id}/statement.pdf", get(statement_pdf))
        .route("/sessions/{id}/events", get(live::events))
        .route("/mappings/{id}/study-plan.pdf", get(study_plan_pdf))
        .route("/evidence/{id}/file", get(evidence::download))
        .route("/verify/check", get(verify_check))
        .route("/pkg/{*path}", get(pkg))
        .route("/locales/{hash}/{file}", get(messages))
        .route("/experiences/{id}/certificate.pdf", get(certificate_pdf))
        .route("/stats.csv", get(stats_csv))
        .route("/stats.pdf", get(stats_pdf))
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(ctx_state.clone());
                provide_context(kartla_app::auth::RequestUser::default());
            },
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            {
                let st = state.clone();
                move || provide_context(st.clone())
            },
            shell,
        ))
        .layer(axum::middleware::map_response(error_status))
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        // Added after the general limit, so that only this route takes large bodies.
        .route(
            "/admin/imports",
            post(imports::upload).layer(axum::extract::DefaultBodyLimit::max(imports::MAX_UPLOAD)),
        )
        .route(
            "/evidence",
            post(evidence::upload)
                .layer(axum::extract::DefaultBodyLimit::max(evidence::MAX_REQUEST)),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            own_site::own_pages_only,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        // Pages, styles and script go out compressed (brotli, else gzip) for old phones on slow
        // connections; quality 4 keeps it cheap enough to do per request. WebAssembly comes
        // precompressed (see `assets`), pictures as they are.
        .layer(
            CompressionLayer::new()
                .quality(CompressionLevel::Precise(4))
                .compress_when(
                    DefaultPredicate::new()
                        .and(NotForContentType::const_new("application/wasm"))
                        // Events go out as they happen, never held back to compress.
                        .and(NotForContentType::const_new("text/event-stream")),
                ),
        )
        .with_state(state)
}

/// The compiled script, WebAssembly and style sheet, precompressed where a release build has
/// written the copies. Addressed by this build's hash of them (as the pages do), a browser keeps
/// them for a year without asking again; by a plain name or an older build's hash (live reload
/// in development, a page from before a deploy), it asks each time.
async fn pkg(
    State(state): State<AppState>,
    Path(path): Path<String>,
    req: axum::extract::Request,
) -> Response {
    let (file, current) = state.assets.addressed(&path);
    let Ok(uri) = format!("/{file}").parse() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (mut parts, body) = req.into_parts();
    parts.uri = uri;
    let dir = std::path::Path::new(&*state.leptos_options.site_root)
        .join(&*state.leptos_options.site_pkg_dir);
    let served = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .try_call(axum::extract::Request::from_parts(parts, body))
        .await;
    let Ok(res) = served else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut res = res.map(Body::new);
    if res.status().is_success() {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if current {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            }),
        );
    }
    res
}

/// A language's messages (its Fluent source) for the islands in the browser, which carry none
/// of their own: kept for a year when asked for by this build's hash of them.
async fn messages(Path((hash, file)): Path<(String, String)>) -> Response {
    let Some(locale) = file.strip_suffix(".ftl").and_then(Locale::parse) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let source = i18n::sources::source(locale);
    let cache = if hash == i18n::messages_hash(locale) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, cache),
        ],
        source,
    )
        .into_response()
}

/// Server function errors leave server_fn as a blanket 500; answer them with the status the
/// error names (400, 401, 403, 404, 409, 422) instead. Other responses pass untouched.
async fn error_status(res: Response) -> Response {
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !res.headers().contains_key("serverfnerror")
    {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_BODY)
        .await
        .unwrap_or_default();
    if let Ok(e) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if let AppError::TooMany(seconds) = e {
            parts
                .headers
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// 200 while the database answers, 503 while it is away (and 200 again when it is back,
/// without a restart). A load balancer asks often and waits briefly, so this never waits for
/// the pool's full timeout.
async fn health(State(state): State<AppState>) -> StatusCode {
    let ask = sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(&state.db);
    match tokio::time::timeout(std::time::Duration::from_secs(2), ask).await {
        Ok(Ok(_)) => StatusCode::OK,
        Ok(Err(e)) => {
            tracing::error!(error = %e, "health check failed");
            StatusCode::SERVICE_UNAVAILABLE
        }
        Err(_) => {
            tracing::error!("health check failed: the database did not answer within 2 s");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

#[derive(Deserialize)]
struct LanguageForm {
    lang: String,
    #[serde(default)]
    return_to: String,
}

/// Only a path on this site: never another host (`//evil`, `https://…`).
fn safe_return(path: &str) -> &str {
    kartla_app::auth::own_path(path).unwrap_or("/")
}

async fn set_language(State(state): State<AppState>, Form(form): Form<LanguageForm>) -> Response {
    let target = safe_return(&form.return_to).to_owned();
    let mut res = Redirect::to(&target).into_response();
    if let Some(l) = Locale::parse(&form.lang) {
        if let Some(c) = set_cookie(
            i18n::COOKIE_NAME,
            l.tag(),
            60 * 60 * 24 * 365,
            state.secure_cookies,
            false,
        ) {
            res.headers_mut().append(header::SET_COOKIE, c);
        }
    }
    res
}

#[derive(Deserialize)]
struct OriginalsForm {
    #[serde(default)]
    on: String,
    #[serde(default)]
    return_to: String,
}

/// `POST /preferences/originals`: show (`on=1`) or hide the Swedish original under each
/// criterion shown in another language; remembered in this browser for a year.
async fn set_originals(State(state): State<AppState>, Form(form): Form<OriginalsForm>) -> Response {
    let target = safe_return(&form.return_to).to_owned();
    let mut res = Redirect::to(&target).into_response();
    let value = if form.on == "1" { "1" } else { "0" };
    if let Some(c) = set_cookie(
        kartla_app::auth::ORIGINALS_COOKIE,
        value,
        60 * 60 * 24 * 365,
        state.secure_cookies,
        false,
    ) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

#[derive(Deserialize)]
struct CodeQuery {
    #[serde(default)]
    code: String,
}

/// The verification form posts here (GET); a well-formed code goes to its page, anything else
/// to a "not found" page that offers the form again.
async fn verify_check(Query(q): Query<CodeQuery>) -> Redirect {
    match kartla_app::domain::verification::VerificationCode::parse(&q.code) {
        Some(code) => Redirect::to(&format!("/verify/{code}")),
        None => Redirect::to("/verify/-"),
    }
}

#[derive(Deserialize)]
struct PdfQuery {
    lang: Option<String>,
    /// `?two=1`: the criteria in the person's language and Swedish side by side; `?two=ar`:
    /// in Arabic and Swedish.
    two: Option<String>,
}

impl PdfQuery {
    /// How to print: the labels in `?lang=` or the reader's language, `?two=` as asked.
    fn print(&self, headers: &HeaderMap) -> documents::Print {
        let locale = self.locale(headers);
        let (two_languages, second) = self.two_languages();
        documents::Print {
            two_languages,
            second,
            ..documents::Print::new(locale)
        }
    }

    /// The labels' language: `?lang=`, else the reader's.
    fn locale(&self, headers: &HeaderMap) -> Locale {
        self.lang
            .as_deref()
            .and_then(Locale::parse)
            .unwrap_or_else(|| locale_of(headers))
    }

    /// Whether to print two languages, and the one beside Swedish if named.
    fn two_languages(&self) -> (bool, Option<String>) {
        match self.two.as_deref() {
            None | Some("0") => (false, None),
            Some(tag)
                if (2..=8).contains(&tag.len())
                    && tag.chars().all(|c| c.is_ascii_lowercase() || c == '-') =>
            {
                (true, Some(tag.to_owned()))
            }
            Some(_) => (true, None),
        }
    }
}

async fn profile_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<PdfQuery>,
    headers: HeaderMap,
) -> Response {
    match profile_pdf_inner(&state, &id, &q, &headers).await {
        Ok(bytes) => pdf_response(
            bytes,
            plain::disposition(
                &headers,
                "attachment",
                "file-name-profile",
                id_number(&id),
                "pdf",
            ),
        ),
        Err(e) => plain::error(&headers, &e),
    }
}

async fn profile_pdf_inner(
    state: &AppState,
    id: &str,
    q: &PdfQuery,
    headers: &HeaderMap,
) -> Result<Vec<u8>, AppError> {
    let id: MappingId = id.parse().map_err(|_| AppError::NotFound)?;
    let token = cookie_value(headers, SESSION_COOKIE).ok_or(AppError::Unauthorized)?;
    let user = db::sessions::user_for(&state.db, &token)
        .await?
        .ok_or(AppError::Unauthorized)?;
    // Who may see it is decided before anything else of the mapping is read.
    let (owner, status) = db::mappings::owner_and_status(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Once handed in, the profile is of what was handed in (the case's last version), for
    // the staff of the case always and for the person until it is theirs to change again.
    let case = db::cases::of_mapping(&state.db, id).await?;
    let frozen = case
        .as_ref()
        .filter(|_| user.id != owner || !status.editable_by_owner());
    let mut asked = access::Record::mapping(&state.db, &user, Kind::ProfilePdf, id, owner).await?;
    asked.cases = case.as_ref().map(|c| c.facts().cases).unwrap_or_default();
    access::check_person(&state.db, &user, Action::View, asked).await?;
    let record = match frozen {
        Some(c) => db::cases::version(&state.db, &state.published, c.id, c.version).await?,
        None => db::mappings::load_with(&state.db, &state.published, id).await?,
    }
    .ok_or(AppError::NotFound)?;
    // The version handed in is analysed with the validator's judgements of it.
    let judgements = match frozen {
        Some(c) => db::cases::judgements(&state.db, c.id).await?,
        None => vec![],
    };
    // Every profile sent out gets its own code, printed on each page, and is recorded with a
    // fingerprint of the file so that /verify/{code} can vouch for it.
    let print = q.print(headers);
    let about = documents::About::of(&record, Document::Profile);
    documents::issue(
        &state.db,
        &state.public_base(headers),
        about,
        print,
        |print| profile::render_async(record, judgements, print),
    )
    .await
}

/// `GET /cases/{id}/statement.pdf`: a concluded case's statement, for its person and staff,
/// in `?lang=` or the reader's language (`?two=` as for the profile), with its own
/// verification code.
async fn statement_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<PdfQuery>,
    headers: HeaderMap,
) -> Response {
    match statement_pdf_inner(&state, &id, &q, &headers).await {
        Ok(bytes) => pdf_response(
            bytes,
            plain::disposition(
                &headers,
                "attachment",
                "file-name-statement",
                id_number(&id),
                "pdf",
            ),
        ),
        Err(e) => plain::error(&headers, &e),
    }
}

async fn statement_pdf_inner(
    state: &AppState,
    id: &str,
    q: &PdfQuery,
    headers: &HeaderMap,
) -> Result<Vec<u8>, AppError> {
    let id: kartla_app::domain::CaseId = id.parse().map_err(|_| AppError::NotFound)?;
    let user = kartla_app::auth::user_from_headers(&state.db, headers)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if kartla_app::domain::policy::scope(&user.actor(), Kind::Statement, Action::View).is_empty() {
        return Err(AppError::Forbidden);
    }
    let head = db::cases::head(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let asked = access::Record {
        cases: head.facts().cases,
        ..access::Record::of(Kind::Statement, id.0, head.owner_id)
    };
    access::check_person(&state.db, &user, Action::View, asked).await?;
    let statement = statement::load(&state.db, &state.published, &head).await?;
    let print = q.print(headers);
    let about = documents::About::of(&statement.record, Document::Statement);
    documents::issue(
        &state.db,
        &state.public_base(headers),
        about,
        print,
        |print| statement::render_async(statement, print),
    )
    .await
}

/// The follow-up statistics the filters ask for, as the page shows them to the reader.
async fn stats_for(
    state: &AppState,
    headers: &HeaderMap,
    q: &kartla_app::stats_view::StatsQuery,
) -> Result<(kartla_app::stats_view::StatsView, Locale), AppError> {
    let user = kartla_app::auth::user_from_headers(&state.db, headers)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let locale = locale_of(headers);
    let view =
        kartla_app::stats_view::load(&state.db, &user, q, state.stats_threshold, locale).await?;
    Ok((view, locale))
}

/// `GET /stats.csv?from=&to=&by=&org=`: the statistics page's breakdown as CSV.
async fn stats_csv(
    State(state): State<AppState>,
    Query(q): Query<kartla_app::stats_view::StatsQuery>,
    headers: HeaderMap,
) -> Response {
    match stats_for(&state, &headers, &q).await {
        Ok((view, locale)) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/csv; charset=utf-8"),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    plain::disposition(
                        &headers,
                        "attachment",
                        "file-name-stats",
                        i64::from(view.period.to.year),
                        "csv",
                    ),
                ),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("private, no-store"),
                ),
            ],
            documents::stats::csv(&view, locale),
        )
            .into_response(),
        Err(e) => plain::error(&headers, &e),
    }
}

/// `GET /stats.pdf?from=&to=&by=&org=`: the statistics page as a PDF report.
async fn stats_pdf(
    State(state): State<AppState>,
    Query(q): Query<kartla_app::stats_view::StatsQuery>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let (view, locale) = stats_for(&state, &headers, &q).await?;
        let today = db::now().date();
        let year = i64::from(view.period.to.year);
        let bytes = documents::render_blocking("statistics report", move || {
            documents::stats::render(&view, &today, locale)
        })
        .await?;
        Ok::<_, AppError>((bytes, year))
    }
    .await;
    match result {
        Ok((bytes, year)) => pdf_response(
            bytes,
            plain::disposition(&headers, "attachment", "file-name-stats", year, "pdf"),
        ),
        Err(e) => plain::error(&headers, &e),
    }
}

/// `GET /experiences/{id}/certificate.pdf`: the owner's certificate draft for one experience,
/// in `?lang=` or the reader's language. Anyone else, and schooling, get "not found".
async fn certificate_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<PdfQuery>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let user = kartla_app::auth::user_from_headers(&state.db, &headers)
            .await?
            .ok_or(AppError::Unauthorized)?;
        access::check_own(&user, Kind::CertificateDraft, Action::View)?;
        let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
        let row = db::experiences::get(&state.db, user.id, id)
            .await?
            .filter(|r| r.experience.kind.certificate_offered())
            .ok_or(AppError::NotFound)?;
        let locale = q.locale(&headers);
        let today = db::now().date();
        let name = user.name.clone();
        documents::render_blocking("certificate draft", move || {
            documents::certificate::render(&name, &row.experience, &today, locale)
        })
        .await
    }
    .await;
    match result {
        Ok(bytes) => pdf_response(
            bytes,
            plain::disposition(
                &headers,
                "attachment",
                "file-name-certificate",
                id_number(&id),
                "pdf",
            ),
        ),
        Err(e) => plain::error(&headers, &e),
    }
}

/// `GET /mappings/{id}/study-plan.pdf`: the individual study plan, for its person and a
/// counsellor the mapping is shared with, in the reader's language (or `?lang=`).
async fn study_plan_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<PdfQuery>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let user = kartla_app::auth::user_from_headers(&state.db, &headers)
            .await?
            .ok_or(AppError::Unauthorized)?;
        let mapping: MappingId = id.parse().map_err(|_| AppError::NotFound)?;
        let locale = q.locale(&headers);
        let plan = kartla_app::api::study_plan::load(
            &state.db,
            &state.published,
            &user,
            mapping,
            locale.tag(),
        )
        .await?;
        let today = db::now().date();
        documents::render_blocking("study plan", move || {
            documents::study_plan::render(&plan, &today, locale)
        })
        .await
    }
    .await;
    match result {
        Ok(bytes) => pdf_response(
            bytes,
            plain::disposition(
                &headers,
                "attachment",
                "file-name-study-plan",
                id_number(&id),
                "pdf",
            ),
        ),
        Err(e) => plain::error(&headers, &e),
    }
}

/// The number in an address, for a download's name (0 if it was not one; such a request has
/// already been answered "not found" by then).
fn id_number(id: &str) -> i64 {
    id.parse().unwrap_or(0)
}

fn pdf_response(bytes: Vec<u8>, disposition: HeaderValue) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::safe_return;

    #[test]
    fn the_language_form_only_returns_to_this_site() {
        assert_eq!(safe_return("/mappings/3"), "/mappings/3");
        assert_eq!(safe_return("//evil.example"), "/");
        assert_eq!(safe_return("https://evil.example"), "/");
        assert_eq!(safe_return(""), "/");
        assert_eq!(safe_return("/\\evil.example"), "/");
        assert_eq!(safe_return("/a\r\nSet-Cookie: x=1"), "/");
    }

    #[test]
    fn the_print_form_asks_for_two_languages_by_a_tick_or_a_language_tag() {
        let q = |two: Option<&str>| {
            super::PdfQuery {
                lang: None,
                two: two.map(str::to_owned),
            }
            .two_languages()
        };
        assert_eq!(q(None), (false, None));
        assert_eq!(q(Some("0")), (false, None));
        assert_eq!(q(Some("1")), (true, None));
        assert_eq!(q(Some("ar")), (true, Some("ar".to_owned())));
        // Anything else is the person's language, never text put into the PDF.
        assert_eq!(q(Some("<script>")), (true, None));
        assert_eq!(q(Some(&"a".repeat(40))), (true, None));
    }
}

#[cfg(test)]
mod health_tests {
    use super::*;

    async fn health_is_503_when_the_database_does_not_answer(engine: db::Engine) {
        let t = db::testing::fresh(engine).await;
        let db = t.db.clone();
        let state = AppState {
            db: db.clone(),
            published: Default::default(),
            leptos_options: leptos::config::LeptosOptions::builder()
                .output_name("kartla")
                .build(),
            secure_cookies: false,
            public_url: None,
            assets: Default::default(),
            behind_proxy: false,
            mailer: None,
            live: Default::default(),
            stats_threshold: Default::default(),
        };
        assert_eq!(health(State(state.clone())).await, StatusCode::OK);
        db.close().await;
        assert_eq!(health(State(state)).await, StatusCode::SERVICE_UNAVAILABLE);
    }

    #[tokio::test]
    async fn health_is_503_when_the_sqlite_database_does_not_answer() {
        health_is_503_when_the_database_does_not_answer(db::Engine::Sqlite).await;
    }

    #[tokio::test]
    async fn health_is_503_when_the_postgres_database_does_not_answer() {
        health_is_503_when_the_database_does_not_answer(db::Engine::Postgres).await;
    }
}
