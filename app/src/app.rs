//! The HTML shell, the app root, its contexts and routes.
use crate::api::{self, current_user, SessionUser};
use crate::components::header::Header;
use crate::components::session_timeout::SessionTimeout;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::pages::*;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // What `HydrationScripts islands=true` does, and before anything reads data: what is read
    // outside islands is not sent to the browser, which has nothing to hydrate there.
    if let Some(sc) = Owner::current_shared_context() {
        sc.set_is_hydrating(false);
    }
    let locale = crate::i18n::page_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <AutoReload options=options.clone()/>
                <MetaTags/>
            </head>
            <body>
                <App/>
                <IslandScripts options/>
            </body>
        </html>
    }
}

/// The script that hydrates the page's islands, and only those: the pages are server-rendered
/// HTML, and a page without islands loads no WebAssembly at all (see `islands.js`). Leptos's
/// own `HydrationScripts` would preload and start the WebAssembly on every page.
#[component]
fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    let name = &options.output_name;
    #[cfg(feature = "ssr")]
    let messages = crate::i18n::messages_url(crate::i18n::page_locale());
    #[cfg(not(feature = "ssr"))]
    let messages = String::new();
    let loader = format!(
        "{}({:?}, {:?}, {:?});",
        include_str!("islands.js").trim_end().trim_end_matches(';'),
        asset_url(&format!("{name}.js")),
        asset_url(&format!("{name}.wasm")),
        messages,
    );
    view! { <script type="module" inner_html=loader></script> }
}

/// The address of a compiled file, named by its content on the server (see `assets`).
fn asset_url(file: &str) -> String {
    #[cfg(feature = "ssr")]
    if let Some(st) = use_context::<crate::state::AppState>() {
        return st.assets.url(file);
    }
    format!("/pkg/{file}")
}

/// The signed-in person.
#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<Result<Option<SessionUser>, AppError>>);

/// Signing out, shared so the header and the pages follow it.
#[derive(Clone, Copy)]
pub struct AuthActions {
    pub sign_out: ServerAction<api::sign_out::SignOut>,
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = I18n {
        locale: crate::i18n::page_locale(),
    };
    provide_context(i18n);
    view! {
        <Stylesheet id="kartla" href=asset_url("kartla.css")/>
        <Router>
            <Layout/>
        </Router>
    }
}

/// Everything inside the router: header, routes, footer.
#[component]
fn Layout() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let actions = AuthActions {
        sign_out: ServerAction::new(),
    };
    provide_context(actions);
    // Every page is rendered afresh on the server (only islands run in the browser), so who is
    // signed in is read once per page.
    let user = Resource::new(|| (), |()| current_user());
    provide_context(UserResource(user));

    view! {
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <Header/>
        <Transition>
            {move || Suspend::new(async move {
                user.await
                    .ok()
                    .flatten()
                    .map(|u| view! { <SessionTimeout idle_seconds=u.idle_seconds/> })
            })}
        </Transition>
        <main id="main" tabindex="-1">
            // Async: the whole page is rendered before the first byte, so it works without
            // JavaScript and a 404 or 403 reaches the browser as a status.
            <Routes fallback=NotFoundPage>
                <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                <Route path=path!("/catalogue") view=CataloguePage ssr=SsrMode::Async/>
                <Route path=path!("/catalogue/:code") view=CatalogueFrameworkPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/catalogue") view=AdminCataloguePage ssr=SsrMode::Async/>
                <Route path=path!("/admin/people") view=AdminPeoplePage ssr=SsrMode::Async/>
                <Route path=path!("/admin/access-log") view=AccessLogSearchPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/directory") view=AdminDirectoryPage ssr=SsrMode::Async/>
                <Route path=path!("/directory") view=DirectoryPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/frameworks/new") view=NewFrameworkPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/drafts/:id") view=DraftEditorPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/imports/new") view=ImportUploadPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/imports/:id") view=ImportPreviewPage ssr=SsrMode::Async/>
                <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/reset-password/:token") view=ResetPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/invite/:token") view=InvitePage ssr=SsrMode::Async/>
                <Route path=path!("/mappings") view=MyMappingsPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings/:id") view=MappingOverviewPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings/:id/sections/:n") view=SectionPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings/:id/check") view=CheckAnswersPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings/:id/study-plan") view=StudyPlanPage ssr=SsrMode::Async/>
                <Route path=path!("/experiences") view=ExperiencesPage ssr=SsrMode::Async/>
                <Route path=path!("/evidence") view=EvidencePage ssr=SsrMode::Async/>
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                <Route path=path!("/account/seen-by") view=SeenByPage ssr=SsrMode::Async/>
                <Route path=path!("/experiences/:id") view=ExperienceFormPage ssr=SsrMode::Async/>
                <Route path=path!("/cases") view=CasesPage ssr=SsrMode::Async/>
                <Route path=path!("/caseload") view=CaseloadPage ssr=SsrMode::Async/>
                <Route path=path!("/stats") view=StatisticsPage ssr=SsrMode::Async/>
                <Route path=path!("/sessions") view=SessionsPage ssr=SsrMode::Async/>
                <Route path=path!("/sessions/:id") view=SessionPage ssr=SsrMode::Async/>
                <Route path=path!("/cases/:id") view=CasePage ssr=SsrMode::Async/>
                <Route path=path!("/verify") view=VerifyFormPage ssr=SsrMode::Async/>
                <Route path=path!("/about/languages") view=crate::pages::languages::LanguagesPage/>
                <Route path=path!("/verify/:code") view=VerifyPage ssr=SsrMode::Async/>
            </Routes>
        </main>
        <footer class="site-footer">
            <p>{i18n.t("footer-privacy")}</p>
        </footer>
    }
}
