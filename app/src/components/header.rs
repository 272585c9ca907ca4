//! The top of every page: name, navigation for the person's role, language, sign in or out.
use super::language_switcher::LanguageSwitcher;
use crate::app::{AuthActions, UserResource};
use crate::domain::Role;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let UserResource(user) = expect_context::<UserResource>();
    let actions = expect_context::<AuthActions>();
    view! {
        <header class="site-header">
            <a class="brand" href="/">{i18n.t("app-name")}</a>
            <nav aria-label=i18n.t("nav-label")>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        match user.await.ok().flatten() {
                            Some(u) => {
                                let link = match u.role {
                                    Role::Participant => Some(("/mappings", i18n.t("nav-my-mappings"))),
                                    Role::Validator => Some(("/review", i18n.t("nav-review"))),
                                    Role::Admin => Some(("/admin/catalogue", i18n.t("nav-admin-catalogue"))),
                                    Role::Counsellor => None,
                                };
                                view! {
                                    <ul>
                                        {link.map(|(href, text)| view! { <li><a href=href>{text}</a></li> })}
                                        {(u.role == Role::Participant).then(|| view! {
                                            <li><a href="/experiences">{i18n.t("nav-experiences")}</a></li>
                                            <li><a href="/evidence">{i18n.t("nav-evidence")}</a></li>
                                        })}
                                        <li><a href="/catalogue">{i18n.t("nav-catalogue")}</a></li>
                                        <li class="signed-in-as">{i18n.t_with("signed-in-as", &[("name", u.name.into())])}</li>
                                        <li>
                                            <ActionForm action=actions.sign_out>
                                                <button type="submit" class="link-button">{i18n.t("nav-sign-out")}</button>
                                            </ActionForm>
                                        </li>
                                    </ul>
                                }
                                    .into_any()
                            }
                            None => view! {
                                <ul>
                                    <li><a href="/catalogue">{i18n.t("nav-catalogue")}</a></li>
                                    <li><a href="/sign-in">{i18n.t("nav-sign-in")}</a></li>
                                    <li><a href="/register">{i18n.t("nav-register")}</a></li>
                                </ul>
                            }
                                .into_any(),
                        }
                    })}
                </Transition>
            </nav>
            <LanguageSwitcher/>
        </header>
    }
}
