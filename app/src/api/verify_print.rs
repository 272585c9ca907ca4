//! `/verify/{code}`: anyone holding a printed profile can check it. Public on purpose, and
//! telling no more than the person's initials.
use crate::domain::verification::PrintRecord;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "verify_print")]
pub async fn verify_print(code: String) -> Result<PrintRecord, AppError> {
    use crate::domain::verification::VerificationCode;
    let code = VerificationCode::parse(&code).ok_or(AppError::NotFound)?;
    let st = crate::auth::state()?;
    crate::db::prints::find(&st.db, &code)
        .await?
        .ok_or(AppError::NotFound)
}
