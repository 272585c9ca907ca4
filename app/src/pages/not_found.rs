//! Any address Kartla does not know.
use crate::components::page_error::PageError;
use crate::error::AppError;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <PageError error=AppError::NotFound/> }
}
