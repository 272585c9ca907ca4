//! The one error type that crosses the wire. It carries codes, never raw text; the browser turns
//! a code into words through Fluent.
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one field of a form: which field, and a code naming what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("the input is not valid")]
    Validation(Vec<FieldError>),
    #[error("the request is malformed")]
    BadRequest,
    #[error("sign-in required")]
    Unauthorized,
    #[error("e-mail or password is wrong")]
    SignInFailed,
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("internal error")]
    Internal,
    /// Too many attempts this minute; try again after this many seconds.
    #[error("too many attempts")]
    TooMany(u64),
    /// Made in the browser only: the request never reached the server (offline).
    #[error("the server could not be reached")]
    Unreachable,
}

impl AppError {
    pub fn field(field: impl Into<String>, code: impl Into<String>) -> Self {
        AppError::Validation(vec![FieldError {
            field: field.into(),
            code: code.into(),
        }])
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Validation(_) => 422,
            AppError::BadRequest => 400,
            AppError::Unauthorized | AppError::SignInFailed => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Conflict(_) => 409,
            AppError::TooMany(_) => 429,
            AppError::Internal => 500,
            AppError::Unreachable => 503,
        }
    }

    /// The Fluent key of the message shown for this error as a whole.
    pub fn message_key(&self) -> String {
        match self {
            AppError::Validation(_) => "error-validation".into(),
            AppError::BadRequest => "error-bad-request".into(),
            AppError::Unauthorized => "error-unauthorized".into(),
            AppError::SignInFailed => "error-sign-in-failed".into(),
            AppError::Forbidden => "error-forbidden".into(),
            AppError::NotFound => "error-not-found".into(),
            AppError::Conflict(code) => format!("error-conflict-{code}"),
            AppError::TooMany(_) => "error-too-many".into(),
            AppError::Internal => "error-internal".into(),
            AppError::Unreachable => "error-unreachable".into(),
        }
    }

    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            AppError::Validation(v) => v,
            _ => &[],
        }
    }
}

/// Every code a `Conflict` can carry, so that a test can check each has words.
pub const CONFLICT_CODES: [&str; 13] = [
    "email-taken",
    "not-editable",
    "already-submitted",
    "already-decided",
    "not-a-draft",
    "code-taken",
    "draft-in-the-way",
    "import-refused",
    "import-applied",
    "case-moved",
    "no-home",
    "session-ended",
    "proposal-decided",
];

/// Every code a field error can carry.
pub const FIELD_CODES: [&str; 36] = [
    "required",
    "bad-org-code",
    "region-exists",
    "wrong-password",
    "changed-elsewhere",
    "invalid-month",
    "end-before-start",
    "bad-code",
    "code-taken",
    "no-sections",
    "no-criteria",
    "duplicate-code",
    "unknown-language",
    "guidance-on-occupation",
    "too-long",
    "too-short",
    "invalid-email",
    "invalid-rating",
    "unknown-criterion",
    "unknown-framework",
    "not-rated",
    "no-description",
    "not-listed",
    "does-not-fit",
    "in-past",
    "too-far",
    "no-items",
    "too-many",
    "invalid",
    "invalid-characters",
    "bad-language-tags",
    "no-such-session",
    "invalid-date",
    "invalid-points",
    "no-such-invitation",
    "not-your-counsellor",
];

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::BadRequest
            }
            ServerFnErrorErr::MissingArg(_) => AppError::BadRequest,
            ServerFnErrorErr::Request(_) => AppError::Unreachable,
            ServerFnErrorErr::Response(_) => AppError::Internal,
            other => {
                tracing::warn!(error = %other, "server function plumbing failed");
                AppError::Internal
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "database error");
        AppError::Internal
    }
}

impl From<validator::ValidationErrors> for AppError {
    fn from(errors: validator::ValidationErrors) -> Self {
        let mut out: Vec<FieldError> = errors
            .field_errors()
            .into_iter()
            .flat_map(|(field, errs)| {
                errs.iter().map(move |e| FieldError {
                    field: field.to_string(),
                    code: e.code.to_string(),
                })
            })
            .collect();
        out.sort_by(|a, b| a.field.cmp(&b.field));
        AppError::Validation(out)
    }
}
