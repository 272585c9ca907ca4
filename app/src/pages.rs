//! One page a file, named after its route.
pub mod access_log_search;
pub mod account;
pub mod admin_catalogue;
pub mod admin_directory;
pub mod admin_people;
pub mod case;
pub mod caseload;
pub mod cases;
pub mod catalogue;
pub mod catalogue_framework;
pub mod check_answers;
pub mod directory;
pub mod draft_editor;
pub mod evidence;
pub mod experience_form;
pub mod experiences;
pub mod forgot_password;
pub mod guidance_session;
pub mod home;
pub mod import_preview;
pub mod import_upload;
pub mod invite;
pub mod languages;
pub mod mapping_overview;
pub mod my_mappings;
pub mod new_framework;
pub mod not_found;
pub mod register;
pub mod section;
pub mod seen_by;
pub mod sessions;
pub mod sign_in;
pub mod statistics;
pub mod study_plan;
pub mod verify;

pub use access_log_search::AccessLogSearchPage;
pub use account::AccountPage;
pub use admin_catalogue::AdminCataloguePage;
pub use admin_directory::AdminDirectoryPage;
pub use admin_people::AdminPeoplePage;
pub use case::CasePage;
pub use caseload::CaseloadPage;
pub use cases::CasesPage;
pub use catalogue::CataloguePage;
pub use catalogue_framework::CatalogueFrameworkPage;
pub use check_answers::CheckAnswersPage;
pub use directory::DirectoryPage;
pub use draft_editor::DraftEditorPage;
pub use evidence::EvidencePage;
pub use experience_form::ExperienceFormPage;
pub use experiences::ExperiencesPage;
pub use forgot_password::{ForgotPasswordPage, ResetPasswordPage};
pub use guidance_session::SessionPage;
pub use home::HomePage;
pub use import_preview::ImportPreviewPage;
pub use import_upload::ImportUploadPage;
pub use invite::InvitePage;
pub use mapping_overview::MappingOverviewPage;
pub use my_mappings::MyMappingsPage;
pub use new_framework::NewFrameworkPage;
pub use not_found::NotFoundPage;
pub use register::RegisterPage;
pub use section::SectionPage;
pub use seen_by::SeenByPage;
pub use sessions::SessionsPage;
pub use sign_in::SignInPage;
pub use statistics::StatisticsPage;
pub use study_plan::StudyPlanPage;
pub use verify::{VerifyFormPage, VerifyPage};

use crate::domain::MappingId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` of the current route as a mapping id; `None` when it is not a number.
pub fn mapping_id_param() -> Memo<Option<MappingId>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| s.parse().ok())))
}

/// The mapping the route's `:id` names, loaded for the signed-in person.
pub fn mapping_resource() -> Resource<Result<crate::view_model::MappingView, crate::error::AppError>>
{
    let id = mapping_id_param();
    Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => crate::api::get_mapping(id).await,
                None => Err(crate::error::AppError::NotFound),
            }
        },
    )
}

/// Names a form field such as `answer-12` or `criterion-12` by the code of criterion 12, for
/// the error summary.
pub fn criterion_label<'a>(
    criteria: impl Iterator<Item = &'a crate::view_model::CriterionView>,
) -> Callback<String, String> {
    let codes: Vec<(String, String)> = criteria
        .map(|c| (c.id.to_string(), c.code.clone()))
        .collect();
    Callback::new(move |field: String| {
        let id = field.rsplit('-').next().unwrap_or_default();
        codes
            .iter()
            .find(|(cid, _)| cid == id)
            .map(|(_, code)| code.clone())
            .unwrap_or_default()
    })
}

/// A one-line date (YYYY-MM-DD, which reads the same everywhere) of a moment.
pub fn short_date(ts: crate::domain::Timestamp) -> String {
    ts.date()
}

/// The error a server action left, if any.
pub fn action_error<I, O>(a: ServerAction<I>) -> Signal<Option<crate::error::AppError>>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = crate::error::AppError>
        + Clone
        + Send
        + Sync
        + 'static,
    O: Clone + Send + Sync + 'static,
{
    let value = a.value();
    Signal::derive(move || value.get().and_then(Result::err))
}

/// For pages only administrators may open: the error page to show instead, when the signed-in
/// person is someone else or nobody. (Their server functions check again, on their own.)
pub fn not_admin(
    user: Result<Option<crate::api::SessionUser>, crate::error::AppError>,
) -> Option<AnyView> {
    use crate::components::page_error::PageError;
    use crate::error::AppError;
    match user {
        Ok(Some(u)) if u.roles.contains(&crate::domain::Role::InstallationAdmin) => None,
        Ok(Some(_)) => Some(view! { <PageError error=AppError::Forbidden/> }.into_any()),
        _ => Some(view! { <PageError error=AppError::Unauthorized/> }.into_any()),
    }
}
