//! The HTML shell, the app root, its contexts and routes.
use crate::api::{self, current_user, SessionUser};
use crate::components::header::Header;
use crate::error::AppError;
use crate::i18n::{I18n, Locale};
use crate::pages::*;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = detect_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
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

/// Actions that change who is signed in, shared so the header follows them.
#[derive(Clone, Copy)]
pub struct AuthActions {
    pub sign_in: ServerAction<api::sign_in::SignIn>,
    pub sign_out: ServerAction<api::sign_out::SignOut>,
    pub register: ServerAction<api::register::Register>,
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = I18n { locale: detect_locale() };
    provide_context(i18n);
    let actions = AuthActions {
        sign_in: ServerAction::new(),
        sign_out: ServerAction::new(),
        register: ServerAction::new(),
    };
    provide_context(actions);
    let user = Resource::new(
        move || (actions.sign_in.version().get(), actions.sign_out.version().get(), actions.register.version().get()),
        |_| current_user(),
    );
    provide_context(UserResource(user));

    view! {
        <Stylesheet id="kartla" href="/pkg/kartla.css"/>
        <Router>
            <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("/register") view=RegisterPage/>
                    <Route path=path!("/sign-in") view=SignInPage/>
                    <Route path=path!("/mappings") view=MyMappingsPage/>
                    <Route path=path!("/mappings/:id") view=MappingOverviewPage/>
                    <Route path=path!("/mappings/:id/sections/:n") view=SectionPage/>
                    <Route path=path!("/mappings/:id/check") view=CheckAnswersPage/>
                    <Route path=path!("/review") view=ReviewQueuePage/>
                    <Route path=path!("/review/:id") view=ReviewMappingPage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{i18n.t("footer-privacy")}</p>
            </footer>
        </Router>
    }
}
