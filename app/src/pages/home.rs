//! The front page: what Kartla is, and the way in.
use crate::app::UserResource;
use crate::domain::Role;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let UserResource(user) = expect_context::<UserResource>();
    view! {
        <Title text=i18n.t("app-name")/>
        <h1>{i18n.t("home-title")}</h1>
        <p class="lead">{i18n.t("home-lead")}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match user.await.ok().flatten() {
                    Some(u) => {
                        let pages = Role::start_pages(&u.roles);
                        if pages.is_empty() {
                            view! { <p>{i18n.t("home-role-later")}</p> }.into_any()
                        } else {
                            view! {
                                <p class="actions">
                                    {pages.into_iter().map(|(href, key)| view! { <a class="button" href=href>{i18n.t(key)}</a>" " }).collect_view()}
                                </p>
                            }.into_any()
                        }
                    }
                    None => view! {
                        <p>{i18n.t("home-how")}</p>
                        <p class="actions">
                            <a class="button" href="/register">{i18n.t("nav-register")}</a>
                            " "
                            <a href="/sign-in">{i18n.t("home-have-account")}</a>
                        </p>
                    }
                        .into_any(),
                }
            })}
        </Transition>
    }
}
