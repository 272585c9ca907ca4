//! The editor's one form: save the draft as typed (blanks and all), apply the structural edit
//! the pressed button asks for, and publish when asked, naming every field that stops it.
use crate::domain::FrameworkId;
use crate::error::AppError;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[server(prefix = "/api", endpoint = "save_draft")]
pub async fn save_draft(
    id: FrameworkId,
    op: String,
    #[server(default)] add_language: String,
    #[server(default)] f: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::db::frameworks::{self, CatalogueError};
    use crate::domain::{ContentProblemKind as K, DraftDoc, EditOp};
    use crate::error::FieldError;
    crate::access::require_all(
        crate::domain::policy::Kind::FrameworkDraft,
        crate::domain::policy::Action::Edit,
    )
    .await?;
    let st = crate::auth::state()?;
    let op = EditOp::parse(&op).ok_or(AppError::BadRequest)?;
    let current = frameworks::load_draft(&st.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut doc = DraftDoc::from_fields(&current.doc.code, &f);
    if !add_language.is_empty() {
        doc.languages.push(add_language);
        doc.tidy_languages();
    }
    doc.apply(op);
    frameworks::update_draft(&st.db, id, &doc).await?;
    if op == EditOp::Publish {
        return match frameworks::publish(&st.db, id).await {
            Ok(()) => {
                leptos_axum::redirect(&format!("/catalogue/{}", doc.code));
                Ok(())
            }
            Err(CatalogueError::Invalid(problems)) => Err(AppError::Validation(
                problems
                    .into_iter()
                    .map(|p| FieldError {
                        field: p.path,
                        code: match p.problem {
                            K::Empty => "required",
                            K::TooLong { .. } => "too-long",
                            K::BadCode => "bad-code",
                            K::NoSections => "no-sections",
                            K::NoCriteria => "no-criteria",
                            K::DuplicateCriterionCode(_) => "duplicate-code",
                            K::UnknownLanguage(_) => "unknown-language",
                            K::GuidanceOnOccupation => "guidance-on-occupation",
                        }
                        .into(),
                    })
                    .collect(),
            )),
            Err(e) => Err(e.into()),
        };
    }
    leptos_axum::redirect(&format!("/admin/drafts/{id}#{}", op.anchor(&doc)));
    Ok(())
}
