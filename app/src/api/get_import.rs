//! The preview of an upload: what it holds and what confirming it would change.
use crate::admin_view::ImportPreview;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "get_import")]
pub async fn get_import(id: i64) -> Result<ImportPreview, AppError> {
    use crate::admin_view::{PreviewRow, PREVIEW_ROWS};
    use crate::db::{frameworks, imports};
    let user = crate::access::require_all(
        crate::domain::policy::Kind::Import,
        crate::domain::policy::Action::View,
    )
    .await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let pending = imports::load(&st.db, id)
        .await?
        .filter(|p| p.user_id == user.id)
        .ok_or(AppError::NotFound)?;
    let (rows, errors) = match &pending.result {
        imports::ImportResult::Ok(contents) => {
            let plans = frameworks::plan(&st.db, contents).await?;
            // What would be written first, then what stays as it is.
            let mut rows: Vec<PreviewRow> = contents
                .iter()
                .zip(plans)
                .map(|(c, plan)| PreviewRow {
                    code: c.code.clone(),
                    kind: c.kind,
                    title: c.title.get(lang.tag()).to_owned(),
                    sections: c.sections.len(),
                    criteria: c.criteria().count(),
                    languages: c.complete_languages(),
                    plan,
                })
                .collect();
            rows.sort_by_key(|r| !r.plan.writes());
            (rows, vec![])
        }
        imports::ImportResult::Refused(errors) => (vec![], errors.iter().map(Into::into).collect()),
    };
    let counts = crate::admin_view::PreviewCounts::of(rows.iter().map(|r| r.plan));
    let mut rows = rows;
    rows.truncate(PREVIEW_ROWS);
    Ok(crate::admin_view::ImportPreview {
        id: pending.id,
        format: pending.format,
        files: pending.file_names,
        applied: pending.applied_at.is_some(),
        rows,
        counts,
        errors,
    })
}
