//! `/caseload`: a counsellor's participants — the mappings people share with them, each to
//! open and read (what the counsellor opens is written in the person's access log).
use crate::api::shares::{caseload, connect_codes, InviteToConnect};
use crate::components::{loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn CaseloadPage() -> impl IntoView {
    let i18n = use_i18n();
    let shared = Resource::new(|| (), |_| caseload());
    let codes = Resource::new(|| (), |_| connect_codes());
    view! {
        <Title text=i18n.t("caseload-title")/>
        <h1>{i18n.t("caseload-title")}</h1>
        <p class="lead">{i18n.t("caseload-lead")}</p>
        <p><a href="/sessions">{i18n.t("sessions-title")}</a></p>
        <section id="invite" aria-labelledby="connect-invite-heading">
            <h2 id="connect-invite-heading">{i18n.t("connect-invite-heading")}</h2>
            <p>{i18n.t("connect-invite-lead")}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let items = codes
                        .await
                        .ok()?
                        .into_iter()
                        .map(|(code, until)| view! {
                            <li>
                                <strong class="code">{code}</strong>" "
                                {i18n.t_with("connect-invite-until", &[("date", until.date().into())])}
                            </li>
                        })
                        .collect_view();
                    Some(view! { <ul class="plain">{items}</ul> })
                })}
            </Suspense>
            <form method="post" action=InviteToConnect::url()>
                <button type="submit" class="secondary">{i18n.t("connect-invite-make")}</button>
            </form>
        </section>
        <h2>{i18n.t("caseload-people")}</h2>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let lines = match shared.await {
                    Ok(l) => l,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                if lines.is_empty() {
                    return view! { <p>{i18n.t("caseload-none")}</p> }.into_any();
                }
                let items = lines
                    .into_iter()
                    .filter_map(|s| {
                        let (id, title) = s.mapping?;
                        let how = if s.all { i18n.t("caseload-all") } else { i18n.t("caseload-one") };
                        Some(view! {
                            <li class="card">
                                <p><strong>{s.person}</strong></p>
                                <p><a href=format!("/mappings/{id}")>{title}</a></p>
                                <p class="meta">{how}" · "{i18n.t_with("caseload-since", &[("date", s.since.date().into())])}</p>
                                <form method="post" action=crate::api::guidance::StartSession::url() class="inline-form">
                                    <input type="hidden" name="mapping_id" value=id.0/>
                                    <button type="submit">{i18n.t("session-start")}</button>
                                </form>
                            </li>
                        })
                    })
                    .collect_view();
                view! { <ul class="card-list">{items}</ul> }.into_any()
            })}
        </Suspense>
    }
}
