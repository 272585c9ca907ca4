//! `/verify` and `/verify/{code}`: check a printed competence profile by the code on its pages.
use crate::api::verify_print;
use crate::components::{loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The form: type the code from the paper.
#[component]
fn CodeForm() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form method="get" action="/verify/check" class="verify-form">
            <div class="field">
                <label for="verify-code">{i18n.t("verify-code-label")}</label>
                <p class="hint" id="verify-code-hint">{i18n.t("verify-code-hint")}</p>
                <input
                    type="text"
                    id="verify-code"
                    name="code"
                    autocomplete="off"
                    autocapitalize="characters" dir="ltr"
                    spellcheck="false"
                    aria-describedby="verify-code-hint"
                />
            </div>
            <button type="submit">{i18n.t("verify-submit")}</button>
        </form>
    }
}

#[component]
pub fn VerifyFormPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("verify-title")/>
        <h1>{i18n.t("verify-title")}</h1>
        <p class="lead">{i18n.t("verify-lead")}</p>
        <CodeForm/>
    }
}

#[component]
pub fn VerifyPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let print = Resource::new(code, verify_print);
    view! {
        <Title text=i18n.t("verify-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match print.await {
                    Ok(p) => view! {
                        <h1>{i18n.t("verify-found")}</h1>
                        <dl class="facts">
                            <dt>{i18n.t("verify-code")}</dt>
                            <dd class="code">{p.code.to_string()}</dd>
                            <dt>{i18n.t("verify-document")}</dt>
                            <dd>{i18n.t(p.document.label_key())}</dd>
                            <dt>{i18n.t("verify-person")}</dt>
                            <dd>{p.initials}</dd>
                            <dt>{i18n.t("verify-frameworks")}</dt>
                            <dd>{p.frameworks}</dd>
                            <dt>{i18n.t("verify-printed")}</dt>
                            <dd>{p.printed_at.date()}</dd>
                            <dt>{i18n.t("verify-status")}</dt>
                            <dd>{i18n.t(p.status.label_key())}</dd>
                            <dt>{i18n.t("verify-fingerprint")}</dt>
                            <dd class="fingerprint">{p.sha256}</dd>
                        </dl>
                        <p>{i18n.t("verify-fingerprint-hint")}</p>
                    }
                    .into_any(),
                    Err(e) => view! {
                        <PageError error=e/>
                        <p>{i18n.t("verify-not-found")}</p>
                        <CodeForm/>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}
