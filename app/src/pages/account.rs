//! `/account`: the person's own account: home municipality, password, signing out everywhere,
//! and who has seen their information.
use super::action_error;
use crate::api::account::{account, ChangeHome, ChangePassword, SignOutEverywhere};
use crate::api::directory::{my_listings, SetListing};
use crate::api::shares::{my_sharing, ConnectWithCode, Share, WithdrawShare};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let home = ServerAction::<ChangeHome>::new();
    let password = ServerAction::<ChangePassword>::new();
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    let home_error = action_error(home);
    let listing = ServerAction::<SetListing>::new();
    let listing_error = action_error(listing);
    let listings = Resource::new(|| (), |_| my_listings());
    let share = ServerAction::<Share>::new();
    let share_error = action_error(share);
    let withdraw = ServerAction::<WithdrawShare>::new();
    let connect = ServerAction::<ConnectWithCode>::new();
    let connect_error = action_error(connect);
    let sharing = Resource::new(|| (), |_| my_sharing());
    let password_error = action_error(password);
    let data = Resource::new(move || home.version().get(), |_| account());
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    let saved = move || {
        query
            .with(|q| q.get("saved"))
            .and_then(|s| match s.as_str() {
                "home" => Some(i18n.t("account-home-saved")),
                "password" => Some(i18n.t("account-password-saved")),
                "listing" => Some(i18n.t("account-listing-saved")),
                "shared" => Some(i18n.t("sharing-saved")),
                "withdrawn" => Some(i18n.t("sharing-withdrawn")),
                _ => None,
            })
    };
    view! {
        <Title text=i18n.t("account-title")/>
        <h1>{i18n.t("account-title")}</h1>
        <p role="status" class="notice-ok">{saved}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let a = match data.await {
                    Ok(a) => a,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let home_form = a.home.map(|current| {
                    view! {
                        <h2>{i18n.t("field-municipality")}</h2>
                        <ErrorSummary error=home_error label/>
                        <ActionForm action=home attr:class="stack">
                            <div class="field">
                                <label for="municipality">{i18n.t("field-municipality")}</label>
                                <p class="hint" id="municipality-hint">{i18n.t("municipality-hint")}</p>
                                <select id="municipality" name="input[municipality]" aria-describedby="municipality-hint">
                                    {a.municipalities
                                        .into_iter()
                                        .map(|m| view! { <option value=m.id.to_string() selected=m.id == current>{m.name}</option> })
                                        .collect_view()}
                                </select>
                            </div>
                            <button type="submit">{i18n.t("account-home-submit")}</button>
                        </ActionForm>
                    }
                });
                view! {
                    <p>{i18n.t_with("account-who", &[("name", a.name.into()), ("email", a.email.into())])}</p>
                    {home_form}
                }
                    .into_any()
            })}
        </Suspense>
        <Suspense>
            {move || Suspend::new(async move {
                let own = listings.await.ok().filter(|l| !l.is_empty())?;
                let forms = own
                    .into_iter()
                    .map(|l| {
                        let org = l.organisation.0;
                        view! {
                            <ActionForm action=listing attr:class="stack" attr:novalidate="novalidate">
                                <input type="hidden" name="input[organisation]" value=org/>
                                <h3>{l.organisation_name.clone()}</h3>
                                <div class="checkbox">
                                    <input type="checkbox" id=format!("listed-{org}") name="input[listed]" checked=l.listed/>
                                    <label for=format!("listed-{org}")>{i18n.t("account-listing-show")}</label>
                                </div>
                                <div class="field">
                                    <label for=format!("email-{org}")>{i18n.t("account-listing-email")}</label>
                                    <input type="email" dir="ltr" id=format!("email-{org}") name="input[email]" value=l.email autocomplete="work email"/>
                                </div>
                                <div class="field">
                                    <label for=format!("phone-{org}")>{i18n.t("account-listing-phone")}</label>
                                    <input type="tel" dir="ltr" id=format!("phone-{org}") name="input[phone]" value=l.phone autocomplete="work tel"/>
                                </div>
                                <button type="submit">{i18n.t("account-listing-save")}</button>
                            </ActionForm>
                        }
                    })
                    .collect_view();
                Some(view! {
                    <section id="listing" aria-labelledby="listing-heading">
                        <h2 id="listing-heading">{i18n.t("account-listing-title")}</h2>
                        <p>{i18n.t("account-listing-lead")}</p>
                        <ErrorSummary error=listing_error label/>
                        {forms}
                    </section>
                })
            })}
        </Suspense>
        <Suspense>
            {move || Suspend::new(async move {
                // Only for someone who has mappings to share (a participant).
                let s = sharing.await.ok()?;
                let current = if s.shares.is_empty() {
                    view! { <p>{i18n.t("sharing-none")}</p> }.into_any()
                } else {
                    let items = s.shares
                        .into_iter()
                        .map(|sh| {
                            let what = sh
                                .mapping
                                .map(|(_, title)| title)
                                .unwrap_or_else(|| i18n.t("sharing-everything"));
                            view! {
                                <li>
                                    {i18n.t_with("sharing-line", &[("counsellor", sh.counsellor.into()), ("what", what.into())])}
                                    <ActionForm action=withdraw attr:class="inline-form">
                                        <input type="hidden" name="id" value=sh.id/>
                                        <button type="submit" class="secondary">{i18n.t("sharing-withdraw")}</button>
                                    </ActionForm>
                                </li>
                            }
                        })
                        .collect_view();
                    view! { <ul class="plain">{items}</ul> }.into_any()
                };
                // A person with no mappings has nothing to share yet.
                let form = (!s.counsellors.is_empty() && !s.mappings.is_empty()).then(|| {
                    let counsellors = s
                        .counsellors
                        .into_iter()
                        .map(|(id, name)| view! { <option value=id.0>{name}</option> })
                        .collect_view();
                    let mappings = s
                        .mappings
                        .into_iter()
                        .map(|(id, title)| view! { <option value=id.0>{title}</option> })
                        .collect_view();
                    view! {
                        <ErrorSummary error=share_error label/>
                        <ActionForm action=share attr:class="stack" attr:novalidate="novalidate">
                            <div class="field">
                                <label for="counsellor">{i18n.t("field-counsellor")}</label>
                                <select id="counsellor" name="input[counsellor]">{counsellors}</select>
                            </div>
                            <div class="field">
                                <label for="mapping">{i18n.t("field-mapping")}</label>
                                <select id="mapping" name="input[mapping]">
                                    <option value="all">{i18n.t("sharing-everything")}</option>
                                    {mappings}
                                </select>
                            </div>
                            <button type="submit">{i18n.t("sharing-submit")}</button>
                        </ActionForm>
                    }
                });
                Some(view! {
                    <section id="sharing" aria-labelledby="sharing-heading">
                        <h2 id="sharing-heading">{i18n.t("sharing-title")}</h2>
                        <p>{i18n.t("sharing-lead")}</p>
                        {current}
                        {form}
                        <h3>{i18n.t("connect-heading")}</h3>
                        <ErrorSummary error=connect_error label/>
                        <ActionForm action=connect attr:class="stack" attr:novalidate="novalidate">
                            <div class="field">
                                <label for="connect-code">{i18n.t("field-connect-code")}</label>
                                <p class="hint" id="connect-hint">{i18n.t("connect-hint")}</p>
                                <input id="connect-code" name="code" autocomplete="off" autocapitalize="characters" dir="ltr" size="8" aria-describedby="connect-hint"/>
                            </div>
                            <button type="submit">{i18n.t("connect-submit")}</button>
                        </ActionForm>
                    </section>
                })
            })}
        </Suspense>
        <h2>{i18n.t("account-password-title")}</h2>
        <ErrorSummary error=password_error label/>
        <ActionForm action=password attr:class="stack" attr:novalidate="novalidate">
            <div class="field">
                <label for="current">{i18n.t("field-current")}</label>
                <input id="current" type="password" name="input[current]" autocomplete="current-password" required/>
            </div>
            <div class="field">
                <label for="new">{i18n.t("field-new")}</label>
                <p class="hint" id="new-hint">{i18n.t("password-hint")}</p>
                <input id="new" type="password" name="input[new]" autocomplete="new-password" aria-describedby="new-hint" required/>
            </div>
            <button type="submit">{i18n.t("account-password-submit")}</button>
        </ActionForm>
        <h2>{i18n.t("account-everywhere-title")}</h2>
        <p>{i18n.t("account-everywhere-lead")}</p>
        <ActionForm action=everywhere>
            <button type="submit" class="secondary">{i18n.t("account-everywhere-submit")}</button>
        </ActionForm>
        <h2>{i18n.t("seen-by-title")}</h2>
        <p><a href="/account/seen-by">{i18n.t("seen-by-link")}</a></p>
    }
}
