//! An administrator starts a new framework: a draft, version 1, opened in the editor.
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewFrameworkInput {
    pub kind: String,
    pub code: String,
    pub title_sv: String,
    #[serde(default)]
    pub title_en: String,
}

#[server(prefix = "/api", endpoint = "new_framework")]
pub async fn new_framework(input: NewFrameworkInput) -> Result<(), AppError> {
    use crate::db::frameworks::{self, CatalogueError};
    use crate::domain::catalogue::{is_valid_code, MAX_TITLE_CHARS};
    use crate::domain::{DraftDoc, FrameworkKind};
    use crate::error::FieldError;
    crate::access::require_all(
        crate::domain::policy::Kind::FrameworkDraft,
        crate::domain::policy::Action::Create,
    )
    .await?;
    let st = crate::auth::state()?;
    let mut errors = vec![];
    let kind: Option<FrameworkKind> = input.kind.parse().ok();
    if kind.is_none() {
        errors.push(FieldError {
            field: "kind".into(),
            code: "required".into(),
        });
    }
    let code = input.code.trim().to_owned();
    if code.is_empty() {
        errors.push(FieldError {
            field: "code".into(),
            code: "required".into(),
        });
    } else if !is_valid_code(&code) {
        errors.push(FieldError {
            field: "code".into(),
            code: "bad-code".into(),
        });
    }
    for (field, value, required) in [
        ("title_sv", &input.title_sv, true),
        ("title_en", &input.title_en, false),
    ] {
        if required && value.trim().is_empty() {
            errors.push(FieldError {
                field: field.into(),
                code: "required".into(),
            });
        } else if value.chars().count() > MAX_TITLE_CHARS {
            errors.push(FieldError {
                field: field.into(),
                code: "too-long".into(),
            });
        }
    }
    let Some(kind) = kind.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let mut title = std::collections::BTreeMap::new();
    title.insert(
        crate::i18n::Locale::BASE.tag().to_owned(),
        input.title_sv.trim().to_owned(),
    );
    if !input.title_en.trim().is_empty() {
        title.insert("en".to_owned(), input.title_en.trim().to_owned());
    }
    let id = match frameworks::create_draft(&st.db, &DraftDoc::new(kind, code, title)).await {
        Ok(id) => id,
        Err(CatalogueError::CodeTaken) => return Err(AppError::field("code", "code-taken")),
        Err(e) => return Err(e.into()),
    };
    leptos_axum::redirect(&format!("/admin/drafts/{id}"));
    Ok(())
}
