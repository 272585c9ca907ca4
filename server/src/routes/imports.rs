//! `POST /admin/imports`: an administrator's upload of criteria files. The files are read
//! (off the async threads), what they hold or what is wrong with them is kept as a pending
//! import, and the browser is sent to its preview. Nothing enters the catalogue until the
//! administrator confirms there.
use crate::import::{self, Options, SourceFile};
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use kartla_app::db::imports::{self, ImportResult};
use kartla_app::domain::{ImportError, ImportFormat, ImportProblem};
use kartla_app::state::AppState;

use super::plain::{base_name, error, multipart_failed, text, user_allowed};
use kartla_app::domain::policy::{Action, Kind};

/// The largest upload, in bytes.
pub const MAX_UPLOAD: usize = kartla_app::pages::import_upload::MAX_UPLOAD_MB * 1024 * 1024;

/// The most files one upload may hold.
const MAX_FILES: usize = 200;

pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let user = match user_allowed(&state, &headers, Kind::Import, Action::Create).await {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let Ok(mut multipart) = multipart else {
        return text(&headers, StatusCode::BAD_REQUEST, "error-bad-request");
    };
    let mut format = None;
    let mut files = vec![];
    let mut occupations = vec![];
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return multipart_failed(&headers, e.status()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(base_name);
        let bytes = match field.bytes().await {
            Ok(b) => b,
            Err(e) => return multipart_failed(&headers, e.status()),
        };
        match name.as_str() {
            "format" => {
                format = std::str::from_utf8(&bytes)
                    .ok()
                    .and_then(|s| s.parse::<ImportFormat>().ok())
            }
            "occupations" => {
                occupations = String::from_utf8_lossy(&bytes)
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect();
            }
            "files" => {
                // A file input left empty still sends one part, without a name or bytes.
                if let Some(file_name) = file_name.filter(|n| !n.is_empty()) {
                    if files.len() >= MAX_FILES {
                        return text(&headers, StatusCode::PAYLOAD_TOO_LARGE, "error-too-large");
                    }
                    files.push(SourceFile {
                        name: file_name,
                        bytes: bytes.to_vec(),
                    });
                }
            }
            _ => {}
        }
    }
    let Some(format) = format else {
        return text(&headers, StatusCode::BAD_REQUEST, "error-bad-request");
    };
    let names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
    let opts = Options { occupations };
    let result =
        match tokio::task::spawn_blocking(move || import::parse(format, &files, &opts)).await {
            Ok(Ok(contents)) => ImportResult::Ok(contents),
            Ok(Err(errors)) => ImportResult::Refused(errors),
            Err(_) => ImportResult::Refused(vec![ImportError::new(
                names.join(", "),
                ImportProblem::Unreadable(String::new()),
            )]),
        };
    if let Err(e) = imports::prune(&state.db).await {
        tracing::warn!(error = %e, "could not prune old import previews");
    }
    match imports::create(&state.db, user.id, format, &names, &result).await {
        Ok(id) => Redirect::to(&format!("/admin/imports/{id}")).into_response(),
        Err(e) => error(&headers, &e.into()),
    }
}
