//! The HTML shell, the app root, its contexts and routes.
use crate::api::{self, current_user, SessionUser};
use crate::components::header::Header;
use crate::components::session_timeout::SessionTimeout;
use crate::error::AppError;
use crate::i18n::{I18n, Locale};
use crate::pages::*;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = detect_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The reader's language: from the request on the server, from `<html lang>` in the browser.
fn detect_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        crate::auth::request_locale()
    }
    #[cfg(all(not(feature = "ssr"), feature = "hydrate"))]
    {
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Locale::parse(&l))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Locale::default()
    }
}

/// The signed-in person, refetched whenever someone signs in, registers or signs out.
#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<Result<Option<SessionUser>, AppError>>);

/// Signing out, shared so the header and the pages follow it.
#[derive(Clone, Copy)]
pub struct AuthActions {
    pub sign_out: ServerAction<api::sign_out::SignOut>,
}

/// Bumped by the sign-in and register pages when they succeed, so the header refetches who is
/// signed in. Those actions live on their pages because only inside the routes does the
/// router hand a plain-form error back to its action.
#[derive(Clone, Copy)]
pub struct AuthVersion(pub RwSignal<u32>);

impl AuthVersion {
    /// Follow an action: each time it succeeds, the signed-in person may have changed.
    pub fn follow<I>(self, action: ServerAction<I>)
    where
        I: leptos::server_fn::ServerFn<Output = (), Error = AppError>
            + Clone
            + Send
            + Sync
            + 'static,
    {
        let value = action.value();
        Effect::new(move |_| {
            if value.with(|v| matches!(v, Some(Ok(())))) {
                self.0.update(|n| *n += 1);
            }
        });
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = I18n {
        locale: detect_locale(),
    };
    provide_context(i18n);
    view! {
        <Stylesheet id="kartla" href="/pkg/kartla.css"/>
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
    let version = AuthVersion(RwSignal::new(0));
    provide_context(version);
    let user = Resource::new(
        move || (version.0.get(), actions.sign_out.version().get()),
        |_| current_user(),
    );
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
                <Route path=path!("/admin/frameworks/new") view=NewFrameworkPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/drafts/:id") view=DraftEditorPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/imports/new") view=ImportUploadPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/imports/:id") view=ImportPreviewPage ssr=SsrMode::Async/>
                <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings") view=MyMappingsPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings/:id") view=MappingOverviewPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings/:id/sections/:n") view=SectionPage ssr=SsrMode::Async/>
                <Route path=path!("/mappings/:id/check") view=CheckAnswersPage ssr=SsrMode::Async/>
                <Route path=path!("/experiences") view=ExperiencesPage ssr=SsrMode::Async/>
                <Route path=path!("/evidence") view=EvidencePage ssr=SsrMode::Async/>
                <Route path=path!("/experiences/:id") view=ExperienceFormPage ssr=SsrMode::Async/>
                <Route path=path!("/review") view=ReviewQueuePage ssr=SsrMode::Async/>
                <Route path=path!("/review/:id") view=ReviewMappingPage ssr=SsrMode::Async/>
                <Route path=path!("/verify") view=VerifyFormPage ssr=SsrMode::Async/>
                <Route path=path!("/verify/:code") view=VerifyPage ssr=SsrMode::Async/>
            </Routes>
        </main>
        <footer class="site-footer">
            <p>{i18n.t("footer-privacy")}</p>
        </footer>
    }
}
