//! Kartla's documents as PDF, one file each: the competence profile, the certificate draft.
//! They share what is here: their words (Fluent, in the reader's language), the page
//! furniture (the document's name, its verification code, "page X of Y", the QR code) and
//! rendering off the async runtime. Each builds a [`Doc`](crate::typeset::Doc) and hands it to
//! [`crate::typeset`], which knows nothing of them.
pub mod certificate;
pub mod profile;
#[cfg(test)]
pub mod testing;

use crate::typeset::Meta;
use kartla_app::domain::Experience;
use kartla_app::error::AppError;
use kartla_app::i18n::{translate, Locale};

/// Named arguments for a Fluent message.
type Args<'a> = &'a [(&'a str, String)];

pub fn t(locale: Locale, key: &str) -> String {
    translate(locale, key, None)
}

pub fn t_args(locale: Locale, key: &str, args: Args<'_>) -> String {
    let mut fa = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    translate(locale, key, Some(&fa))
}

/// A person's own words (a name, a role, a place) set apart from the label around them, so
/// that an Arabic name does not pull the label's dates and brackets into its own direction.
pub fn iso(value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("\u{2068}{value}\u{2069}")
    }
}

/// "2018-03 – 2022-08", or "2018-03 – pågår" while it goes on.
pub fn period(e: &Experience, locale: Locale) -> String {
    match e.end {
        Some(end) => t_args(
            locale,
            "experience-period",
            &[("start", e.start.to_string()), ("end", end.to_string())],
        ),
        None => t_args(
            locale,
            "experience-period-ongoing",
            &[("start", e.start.to_string())],
        ),
    }
}

/// The verification code a printed profile carries, and where it can be checked.
#[derive(Debug, Clone)]
pub struct Verification {
    pub code: kartla_app::domain::verification::VerificationCode,
    pub url: String,
}

/// What a document says about itself, apart from its content.
pub struct Cover {
    /// The document's name ("Kompetensprofil"): in the footer of every page.
    pub name: String,
    /// The title viewers show ("Kompetensprofil – Amal Hassan").
    pub title: String,
    pub author: String,
    pub subject: String,
    /// At the top of every page but the first.
    pub header: Option<String>,
    /// Its verification code, in the footer and as a QR code on every page.
    pub verify: Option<Verification>,
}

impl Cover {
    /// The metadata and page furniture in `locale`: the name (and code) and "page X of Y" in
    /// the footer, the QR code beside it.
    pub fn meta(self, locale: Locale) -> Meta {
        let footer = match &self.verify {
            Some(v) => format!(
                "{} · {}: {}",
                self.name,
                t(locale, "pdf-verify-code"),
                v.code
            ),
            None => self.name,
        };
        Meta {
            title: self.title,
            author: self.author,
            subject: self.subject,
            lang: locale.tag().to_owned(),
            header: self.header,
            footer,
            page_label: Box::new(move |page, pages| {
                t_args(
                    locale,
                    "pdf-page",
                    &[("page", page.to_string()), ("pages", pages.to_string())],
                )
            }),
            qr: self.verify.map(|v| v.url),
        }
    }
}

/// Render off the async runtime's threads (rendering is CPU-bound); a failure is logged as
/// `what` failing, and answered as an internal error.
pub async fn render_blocking(
    what: &'static str,
    render: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
) -> Result<Vec<u8>, AppError> {
    tokio::task::spawn_blocking(render)
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|e| {
            tracing::error!(error = %e, document = what, "PDF rendering failed");
            AppError::Internal
        })
}
