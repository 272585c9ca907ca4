//! `/sessions`: the reader's open guidance sessions (on their mappings, or led by them), and
//! joining one with the code the counsellor gives.
use crate::api::guidance::{my_sessions, JoinSession, SessionView};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SessionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = Resource::new(|| (), |_| my_sessions());
    let join = ServerAction::<JoinSession>::new();
    let error = super::action_error(join);
    let label = Callback::new(move |_: String| i18n.t("field-code"));
    view! {
        <Title text=i18n.t("sessions-title")/>
        <h1>{i18n.t("sessions-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(list) if list.is_empty() => view! { <p>{i18n.t("sessions-none")}</p> }.into_any(),
                    Ok(list) => {
                        let items = list
                            .into_iter()
                            .map(|s| view! {
                                <li class="card">
                                    <p><a href=SessionView::href(s.id, 1)>{i18n.t_with("sessions-with", &[("name", s.with.into())])}</a></p>
                                    <p class="meta">{i18n.t_with("sessions-since", &[("time", s.since.time_utc().into())])}</p>
                                </li>
                            })
                            .collect_view();
                        view! { <ul class="card-list">{items}</ul> }.into_any()
                    }
                    Err(e) => view! { <PageError error=e/> }.into_any(),
                }
            })}
        </Suspense>
        <h2>{i18n.t("sessions-join")}</h2>
        <ErrorSummary error label/>
        <ActionForm action=join>
            <div class="field">
                <label for="code">{i18n.t("field-code")}</label>
                <p class="hint" id="code-hint">{i18n.t("sessions-join-hint")}</p>
                <input id="code" name="code" autocomplete="off" autocapitalize="characters" dir="ltr" aria-describedby="code-hint" size="8"/>
            </div>
            <button type="submit">{i18n.t("sessions-join-button")}</button>
        </ActionForm>
    }
}
