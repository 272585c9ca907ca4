//! Kartla's documents as PDF, one file each: the competence profile, the certificate draft.
//! They share what is here: their words (Fluent, in the reader's language), the page
//! furniture (the document's name, its verification code, "page X of Y", the QR code) and
//! rendering off the async runtime. Each builds a [`Doc`](crate::typeset::Doc) and hands it to
//! [`crate::typeset`], which knows nothing of them.
pub mod certificate;
pub mod profile;
pub mod statement;
pub mod stats;
pub mod study_plan;
#[cfg(test)]
pub mod testing;

use crate::typeset::{is_rtl, Meta, Para, Style, BODY_WIDTH};
use kartla_app::domain::{Criterion, Experience, MappingRecord};
use kartla_app::error::AppError;
use kartla_app::i18n::{isolate, translate, Locale};

/// Named arguments for a Fluent message.
type Args<'a> = &'a [(&'a str, String)];

pub fn t(locale: Locale, key: &str) -> String {
    translate(locale, key, None)
}

pub fn t_args(locale: Locale, key: &str, args: Args<'_>) -> String {
    let mut fa = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        // A whole number goes in as a number, so that the message picks its language's plural
        // form for it ("1 criterion", and Arabic's six forms); "007" stays text.
        // (Not beyond 2^53, where a number stops being exact.)
        match v.parse::<i64>() {
            Ok(n) if n.to_string() == *v && n.unsigned_abs() < 1 << 53 => fa.set(*k, n),
            _ => fa.set(*k, v.clone()),
        }
    }
    translate(locale, key, Some(&fa))
}

/// Two languages side by side, in the order that reads right for the pair: the person's
/// language on the side its own lines start from (the right for Arabic), Swedish on the other.
/// Cells are laid from the document's starting edge, so the order depends on both directions.
pub fn pair(doc_rtl: bool, other: &str) -> [&str; 2] {
    let base = Locale::BASE.tag();
    if kartla_app::domain::language::is_rtl(other) == doc_rtl {
        [other, base]
    } else {
        [base, other]
    }
}

/// A person's own words (a name, a role, a place) set apart from the label around them, so
/// that an Arabic name does not pull the label's dates and brackets into its own direction.
/// (Values the document writes itself go through `i18n::isolate`, in right-to-left documents
/// only.)
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

/// A cell of two side by side (pt), and the room on each side inside it.
pub const CELL: f32 = BODY_WIDTH / 2.0;
pub const CELL_PAD: f32 = 3.0;

/// How a document is printed: the labels' language, and the criteria in one language or two
/// side by side; with the verification code it carries.
#[derive(Debug, Clone)]
pub struct Print {
    /// The language of the labels.
    pub locale: Locale,
    /// The criteria in two languages side by side: the person's (or else the labels') and
    /// Swedish.
    pub two_languages: bool,
    /// The language beside Swedish when not the person's, e.g. `ar`.
    pub second: Option<String>,
    pub verify: Option<Verification>,
}

impl Print {
    pub fn new(locale: Locale) -> Self {
        Self {
            locale,
            two_languages: false,
            second: None,
            verify: None,
        }
    }
}

impl Print {
    /// The language printed beside Swedish, if the criteria go in two languages: the one asked
    /// for, else the person's, else the labels'; none when that is Swedish too.
    pub fn second_language(&self, record: &MappingRecord) -> Option<String> {
        if !self.two_languages {
            return None;
        }
        // A language asked for by name counts only if some criterion is written in it.
        let written = |tag: &str| {
            record
                .criteria()
                .any(|c| c.text.languages().any(|l| l == tag))
        };
        let asked = self.second.clone().filter(|tag| written(tag));
        [
            asked.unwrap_or_default(),
            record.person.locale.clone(),
            self.locale.tag().to_owned(),
        ]
        .into_iter()
        .find(|tag| !tag.is_empty() && tag != "sv")
    }
}

/// "A1 Tar emot gods …": a criterion's code and text, in the text's direction.
pub fn criterion_text(c: &Criterion, lang: &str) -> Para {
    let text = c.text.get(lang);
    Para::dir(Style::STRONG, format!("{} {text}", c.code), is_rtl(text))
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
                isolate(locale, &v.code.to_string())
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

/// What a printed document is about, for its verification record.
pub struct About {
    pub mapping: kartla_app::domain::MappingId,
    pub person: String,
    pub status: kartla_app::domain::MappingStatus,
    pub frameworks: String,
    pub document: kartla_app::domain::verification::Document,
}

impl About {
    pub fn of(
        record: &MappingRecord,
        document: kartla_app::domain::verification::Document,
    ) -> Self {
        Self {
            mapping: record.id,
            person: record.person.name.clone(),
            status: record.status,
            frameworks: record
                .frameworks
                .iter()
                .map(|f| format!("{} v{}", f.code, f.version))
                .collect::<Vec<_>>()
                .join(", "),
            document,
        }
    }
}

/// Issue a document: give it a fresh verification code, render it with the code on every page
/// and a QR code leading to `{base}/verify/{code}`, and record it with a fingerprint of the
/// file so that the verification page can vouch for it. The page's download and the command
/// line issue documents the same way.
pub async fn issue<F, Fut>(
    db: &kartla_app::db::Db,
    base: &str,
    about: About,
    mut print: Print,
    render: F,
) -> Result<Vec<u8>, AppError>
where
    F: FnOnce(Print) -> Fut,
    Fut: std::future::Future<Output = Result<Vec<u8>, AppError>>,
{
    use kartla_app::db::prints;
    use kartla_app::domain::verification::{initials, PrintRecord};
    use sha2::{Digest, Sha256};
    let code = prints::new_code();
    print.verify = Some(Verification {
        code: code.clone(),
        url: format!("{}/verify/{code}", base.trim_end_matches('/')),
    });
    let bytes = render(print).await?;
    let record = PrintRecord {
        code,
        document: about.document,
        initials: initials(&about.person),
        status: about.status,
        frameworks: about.frameworks,
        printed_at: kartla_app::db::now(),
        sha256: Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    };
    prints::record(db, about.mapping, &record).await?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_number_picks_its_plural_form() {
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let judged =
            |l: Locale, n: &str| plain(t_args(l, "pdf-gaps-judged", &[("count", n.to_owned())]));
        assert!(judged(Locale::ENGLISH, "1").contains("one criterion"));
        assert!(judged(Locale::ENGLISH, "3").contains("3 criteria"));
        // Arabic has a form of its own for two.
        let ar = Locale::from_tag("ar").expect("Arabic is in the registry");
        assert_ne!(judged(ar, "2"), judged(ar, "11"));
        let page = [("page", "007".to_owned()), ("pages", "9".to_owned())];
        assert!(plain(t_args(Locale::ENGLISH, "pdf-page", &page)).contains("007"));
    }
}
