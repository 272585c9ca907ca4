//! Evidence files in and out. `POST /evidence` takes the upload form (multipart: `title`,
//! `experiences`, `file`) from a participant; `GET /evidence/{id}/file` serves a file to its
//! owner and to validators of the owner's handed-in work, and is "not found" for anyone else.
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use kartla_app::access;
use kartla_app::auth::user_from_headers;
use kartla_app::db::evidence::{self, Draft, NewEvidence};
use kartla_app::domain::evidence::{title_for, Refusal, MAX_BYTES, MAX_TITLE};
use kartla_app::domain::policy::{Action, Kind};
use kartla_app::domain::MediaType;
use kartla_app::error::AppError;
use kartla_app::state::AppState;

use super::plain::{base_name, disposition, error, multipart_failed, text, user_allowed};

/// The largest request the upload route reads at all. Files between [`MAX_BYTES`] and this are
/// read to the end and refused with a message; beyond it the request is cut off with 413.
pub const MAX_REQUEST: usize = 2 * MAX_BYTES;

/// A browser posting the form is sent back to the page, which names the problem next to the
/// field with everything typed kept; any other client gets the status and the words.
fn refuse(headers: &HeaderMap, r: Refusal) -> Response {
    let wants_page = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if wants_page {
        return Redirect::to(&format!("/evidence?refused={}", r.code())).into_response();
    }
    let status = match r {
        Refusal::TooBig => StatusCode::PAYLOAD_TOO_LARGE,
        Refusal::WrongType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        Refusal::TooMany => StatusCode::CONFLICT,
        Refusal::NoFile | Refusal::TitleTooLong => StatusCode::UNPROCESSABLE_ENTITY,
    };
    text(headers, status, &format!("evidence-refused-{}", r.code()))
}

pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let user = match user_allowed(&state, &headers, Kind::Evidence, Action::Create).await {
        Ok(u) => u,
        Err(refused) => return refused,
    };
    let Ok(mut multipart) = multipart else {
        return text(&headers, StatusCode::BAD_REQUEST, "error-bad-request");
    };
    let mut draft = Draft::default();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_big = false;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return multipart_failed(&headers, e.status()),
        };
        match field.name().unwrap_or_default() {
            "title" => match field.text().await {
                // Far over the limit is not a person's typing and is not kept.
                Ok(t) if t.len() <= 8 * MAX_TITLE => draft.title = t,
                Ok(_) => return text(&headers, StatusCode::BAD_REQUEST, "error-bad-request"),
                Err(e) => return multipart_failed(&headers, e.status()),
            },
            "experiences" => {
                if let Ok(Ok(id)) = field.text().await.map(|t| t.trim().parse::<i64>()) {
                    draft.experiences.push(id);
                }
            }
            "file" => {
                let name = field.file_name().map(base_name).unwrap_or_default();
                let mut bytes = vec![];
                // Read to the end even past the limit, so that the browser gets the answer
                // instead of a cut connection; only the first MAX_BYTES are kept.
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) => {
                            if bytes.len() + chunk.len() > MAX_BYTES {
                                too_big = true;
                                bytes.clear();
                            } else if !too_big {
                                bytes.extend_from_slice(&chunk);
                            }
                        }
                        Ok(None) => break,
                        Err(e) => return multipart_failed(&headers, e.status()),
                    }
                }
                if !name.is_empty() || !bytes.is_empty() || too_big {
                    file = Some((name, bytes));
                }
            }
            _ => {}
        }
    }
    let checked = check(&draft, file, too_big);
    let result = match checked {
        Ok(new) => match evidence::add(&state.db, user.id, new).await {
            Ok(Some(e)) => Ok(e.number),
            Ok(None) => Err(Refusal::TooMany),
            Err(e) => return error(&headers, &e.into()),
        },
        Err(r) => Err(r),
    };
    match result {
        Ok(number) => Redirect::to(&format!("/evidence?added={number}")).into_response(),
        Err(r) => {
            // What was typed comes back on the page; the file itself has to be chosen again.
            if let Err(e) = evidence::keep_draft(&state.db, user.id, &draft).await {
                return error(&headers, &e.into());
            }
            refuse(&headers, r)
        }
    }
}

/// The upload as a new piece of evidence, or why not.
fn check(
    draft: &Draft,
    file: Option<(String, Vec<u8>)>,
    too_big: bool,
) -> Result<NewEvidence, Refusal> {
    let name = file.as_ref().map(|(n, _)| n.as_str()).unwrap_or_default();
    let title = title_for(&draft.title, name)?;
    if too_big {
        return Err(Refusal::TooBig);
    }
    let Some((file_name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Err(Refusal::NoFile);
    };
    let media_type = MediaType::sniff(&bytes).ok_or(Refusal::WrongType)?;
    Ok(NewEvidence {
        title,
        file_name,
        media_type,
        bytes,
        experiences: draft.experiences.clone(),
    })
}

pub async fn download(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    match download_inner(&state, &id, &headers).await {
        Ok(r) => r,
        Err(e) => error(&headers, &e),
    }
}

async fn download_inner(
    state: &AppState,
    id: &str,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let user = user_from_headers(&state.db, headers)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let (owner, media, number, bytes) = evidence::file(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Besides its owner, the staff of the cases that hold it.
    let cases = if user.id == owner {
        vec![]
    } else {
        kartla_app::db::cases::holding_evidence(&state.db, id).await?
    };
    let record = access::Record {
        cases,
        ..access::Record::of(Kind::Evidence, id, owner)
    };
    access::check_person(&state.db, &user, Action::View, record).await?;
    // Pictures open in the browser, PDFs download; either way the file can run nothing.
    let kind = match media {
        MediaType::Pdf => "attachment",
        MediaType::Jpeg | MediaType::Png => "inline",
    };
    let name = disposition(
        headers,
        kind,
        "file-name-attachment",
        number,
        media.extension(),
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(media.as_str()),
            ),
            (header::CONTENT_DISPOSITION, name),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}
