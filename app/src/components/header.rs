//! The top of every page: name, navigation for the person's roles, language, sign in or out.
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
                                let links = Role::start_pages(&u.roles);
                                view! {
                                    <ul>
                                        {links.into_iter().map(|(href, key)| view! { <li><a href=href>{i18n.t(key)}</a></li> }).collect_view()}
                                        {u.roles.contains(&Role::Participant).then(|| view! {
                                            <li><a href="/experiences">{i18n.t("nav-experiences")}</a></li>
                                            <li><a href="/evidence">{i18n.t("nav-evidence")}</a></li>
                                        })}
                                        <li><a href="/catalogue">{i18n.t("nav-catalogue")}</a></li>
                                        <li><a href="/directory">{i18n.t("nav-directory")}</a></li>
                                        <li><a href="/account">{i18n.t("nav-account")}</a></li>
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
                                    <li><a href="/directory">{i18n.t("nav-directory")}</a></li>
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
