//! `/admin/people`: organisations and the roles held in them. An organisation's administrator
//! sees their organisation's staff and can end a role; the installation's administrators see
//! every organisation and add new ones.
use super::action_error;
use crate::api::admin_people::{
    admin_people, AddOrganisation, ChangeRole, EditOrganisation, EndMembership, PasswordLinkFor,
};
use crate::api::invitations::{Invite, WithdrawInvitation};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::OrgKind;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminPeoplePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let end = ServerAction::<EndMembership>::new();
    let add = ServerAction::<AddOrganisation>::new();
    let invite = ServerAction::<Invite>::new();
    let withdraw = ServerAction::<WithdrawInvitation>::new();
    let edit = ServerAction::<EditOrganisation>::new();
    let edit_error = action_error(edit);
    let change = ServerAction::<ChangeRole>::new();
    let change_error = action_error(change);
    let reset = ServerAction::<PasswordLinkFor>::new();
    let reset_error = action_error(reset);
    let end_error = action_error(end);
    let add_error = action_error(add);
    let invite_error = action_error(invite);
    let withdraw_error = action_error(withdraw);
    let data = Resource::new(
        move || {
            (
                end.version().get(),
                add.version().get(),
                invite.version().get(),
                withdraw.version().get(),
                edit.version().get(),
                change.version().get(),
            )
        },
        |_| admin_people(),
    );
    let invite_label = Callback::new(move |f: String| match f.as_str() {
        "organisation" => i18n.t("field-invite-organisation"),
        "role" => i18n.t("field-invite-role"),
        _ => i18n.t(&format!("field-{f}")),
    });
    let label = Callback::new(move |f: String| i18n.t(&format!("field-org-{f}")));
    let saved = move || {
        query
            .with(|q| q.get("saved"))
            .and_then(|s| match s.as_str() {
                "ended" => Some(i18n.t("people-ended")),
                "added" => Some(i18n.t("people-org-added")),
                "invited-sent" => Some(i18n.t("invite-sent")),
                "withdrawn" => Some(i18n.t("invite-withdrawn")),
                "org-changed" => Some(i18n.t("people-org-changed")),
                "changed" => Some(i18n.t("people-role-changed")),
                _ => None,
            })
    };
    view! {
        <Title text=i18n.t("people-title")/>
        <h1>{i18n.t("people-title")}</h1>
        <p class="lead">{i18n.t("people-lead")}</p>
        <p><a href="/admin/access-log">{i18n.t("audit-title")}</a></p>
        <p><a href="/admin/directory">{i18n.t("admin-directory-title")}</a></p>
        <p role="status" class="notice-ok">{saved}</p>
        <ErrorSummary error=end_error/>
        <ErrorSummary error=withdraw_error/>
        <ErrorSummary error=edit_error label/>
        <ErrorSummary error=change_error/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let v = match data.await {
                    Ok(v) => v,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let add_form = v.may_add.then(|| view! {
                    <h2>{i18n.t("people-add-org")}</h2>
                    <ErrorSummary error=add_error label/>
                    <ActionForm action=add attr:class="stack" attr:novalidate="novalidate">
                        <div class="field">
                            <label for="org-kind">{i18n.t("field-org-kind")}</label>
                            <select id="org-kind" name="input[kind]">
                                {OrgKind::ALL
                                    .into_iter()
                                    .map(|k| view! { <option value=k.as_str()>{i18n.t(k.label_key())}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="org-code">{i18n.t("field-org-code")}</label>
                            <p class="hint" id="org-code-hint">{i18n.t("org-code-hint")}</p>
                            <input id="org-code" name="input[code]" dir="ltr" aria-describedby="org-code-hint" required maxlength="24"/>
                        </div>
                        <div class="field">
                            <label for="org-name">{i18n.t("field-org-name")}</label>
                            <input id="org-name" name="input[name]" required maxlength="200"/>
                        </div>
                        <div class="field">
                            <label for="org-email">{i18n.t("field-org-email")}</label>
                            <input id="org-email" name="input[email]" type="email" dir="ltr" maxlength="254"/>
                        </div>
                        <div class="field">
                            <label for="org-phone">{i18n.t("field-org-phone")}</label>
                            <input id="org-phone" name="input[phone]" type="tel" dir="ltr" maxlength="40"/>
                        </div>
                        <button type="submit">{i18n.t("people-add-org-submit")}</button>
                    </ActionForm>
                });
                let made = v.made_link.clone().map(|url| {
                    let saved = query.with(|q| q.get("saved")).unwrap_or_default();
                    let lead = if url.contains("/reset-password/") {
                        i18n.t("reset-link-pass-on")
                    } else if saved == "not-sent" {
                        i18n.t("invite-not-sent")
                    } else {
                        i18n.t("invite-pass-on")
                    };
                    view! {
                        <div id="made-link" class="notice-ok" role="status">
                            <p>{lead}</p>
                            <p><code class="link-to-pass-on">{url}</code></p>
                        </div>
                    }
                });
                let municipalities = v.municipalities.clone();
                let invitable: Vec<_> = v
                    .organisations
                    .iter()
                    .filter(|o| o.may_invite)
                    .map(|o| (o.id, o.name.clone()))
                    .collect();
                let roles_to_change = v.invited_roles.clone();
                let invite_form = (!invitable.is_empty()).then(|| view! {
                    <h2>{i18n.t("invite-heading")}</h2>
                    <p>{i18n.t("invite-explain")}</p>
                    <ErrorSummary error=invite_error label=invite_label/>
                    <ActionForm action=invite attr:class="stack" attr:novalidate="novalidate">
                        <div class="field">
                            <label for="email">{i18n.t("field-email")}</label>
                            <input id="email" name="input[email]" type="email" dir="ltr" autocomplete="off" required maxlength="254"/>
                        </div>
                        <div class="field">
                            <label for="organisation">{i18n.t("field-invite-organisation")}</label>
                            <select id="organisation" name="input[organisation]">
                                {invitable
                                    .into_iter()
                                    .map(|(id, name)| view! { <option value=id.0>{name}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="role">{i18n.t("field-invite-role")}</label>
                            <select id="role" name="input[role]">
                                {v.invited_roles
                                    .iter()
                                    .map(|r| view! { <option value=r.as_str()>{i18n.t(&r.message_key())}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <button type="submit">{i18n.t("invite-submit")}</button>
                    </ActionForm>
                });
                let reset_form = v.may_make_password_links.then(|| view! {
                    <h2>{i18n.t("reset-link-heading")}</h2>
                    <p>{i18n.t("reset-link-explain")}</p>
                    <ErrorSummary error=reset_error label=invite_label/>
                    <ActionForm action=reset attr:class="stack" attr:novalidate="novalidate">
                        <div class="field">
                            <label for="reset-email">{i18n.t("reset-link-email")}</label>
                            <input id="reset-email" name="input[email]" type="email" dir="ltr" autocomplete="off" required maxlength="254"/>
                        </div>
                        <button type="submit" class="secondary">{i18n.t("reset-link-submit")}</button>
                    </ActionForm>
                });
                view! {
                    {made}
                    {invite_form}
                    {reset_form}
                    {v.organisations
                        .into_iter()
                        .map(|o| {
                            let caption_id = format!("staff-{}", o.code);
                            let kind = i18n.t(o.kind.label_key());
                            let body = if o.staff.is_empty() {
                                view! { <p>{i18n.t("people-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-wrap table-reflow" role="region" aria-labelledby=caption_id.clone() tabindex="0">
                                        <table>
                                            <caption id=caption_id.clone()>{i18n.t_with("people-caption", &[("org", o.name.clone().into())])}</caption>
                                            <thead>
                                                <tr>
                                                    <th scope="col">{i18n.t("people-col-name")}</th>
                                                    <th scope="col">{i18n.t("people-col-email")}</th>
                                                    <th scope="col">{i18n.t("people-col-role")}</th>
                                                    <th scope="col">{i18n.t("admin-col-action")}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {o.staff
                                                    .into_iter()
                                                    .map(|m| {
                                                        let role = i18n.t(&m.role.message_key());
                                                        let options: Vec<(&'static str, String)> = roles_to_change
                                                            .iter()
                                                            .filter(|r| **r != m.role)
                                                            .map(|r| (r.as_str(), i18n.t(&r.message_key())))
                                                            .collect();
                                                        let select_id = format!("new-role-{}-{}-{}", o.id.0, m.user_id.0, m.role.as_str());
                                                        let new_role_label = i18n.t_with("people-new-role", &[("name", m.name.clone().into())]);
                                                        let change_label = i18n.t_with("people-change", &[("name", m.name.clone().into())]);
                                                        let button = i18n.t_with("people-end", &[("role", role.clone().into()), ("name", m.name.clone().into())]);
                                                        view! {
                                                            <tr>
                                                                <td data-label=i18n.t("people-col-name")>{m.name}</td>
                                                                <td data-label=i18n.t("people-col-email")>{m.email}</td>
                                                                <td data-label=i18n.t("people-col-role")>{role}</td>
                                                                <td>
                                                                    <ActionForm action=change attr:class="inline-form">
                                                                        <input type="hidden" name="user_id" value=m.user_id.0/>
                                                                        <input type="hidden" name="organisation" value=o.id.0/>
                                                                        <input type="hidden" name="role" value=m.role.as_str()/>
                                                                        <label class="visually-hidden" for=select_id.clone()>{new_role_label}</label>
                                                                        <select id=select_id name="new_role">
                                                                            {options
                                                                                .into_iter()
                                                                                .map(|(value, label)| view! { <option value=value>{label}</option> })
                                                                                .collect_view()}
                                                                        </select>
                                                                        <button type="submit" class="secondary">{change_label}</button>
                                                                    </ActionForm>
                                                                    <ActionForm action=end>
                                                                        <input type="hidden" name="user_id" value=m.user_id.0/>
                                                                        <input type="hidden" name="organisation" value=o.id.0/>
                                                                        <input type="hidden" name="role" value=m.role.as_str()/>
                                                                        <button type="submit" class="secondary">{button}</button>
                                                                    </ActionForm>
                                                                </td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }
                                    .into_any()
                            };
                            let pending = (!o.pending.is_empty()).then(|| {
                                let caption_id = format!("pending-{}", o.code);
                                view! {
                                    <div class="table-wrap table-reflow" role="region" aria-labelledby=caption_id.clone() tabindex="0">
                                        <table>
                                            <caption id=caption_id.clone()>{i18n.t_with("invite-pending-caption", &[("org", o.name.clone().into())])}</caption>
                                            <thead>
                                                <tr>
                                                    <th scope="col">{i18n.t("people-col-email")}</th>
                                                    <th scope="col">{i18n.t("people-col-role")}</th>
                                                    <th scope="col">{i18n.t("invite-col-expires")}</th>
                                                    <th scope="col">{i18n.t("admin-col-action")}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {o.pending
                                                    .into_iter()
                                                    .map(|p| {
                                                        let role = i18n.t(&p.role.message_key());
                                                        let button = i18n.t_with("invite-withdraw", &[("email", p.email.clone().into())]);
                                                        view! {
                                                            <tr>
                                                                <td data-label=i18n.t("people-col-email")>{p.email}</td>
                                                                <td data-label=i18n.t("people-col-role")>{role}</td>
                                                                <td data-label=i18n.t("invite-col-expires")>{p.expires}</td>
                                                                <td>
                                                                    <ActionForm action=withdraw>
                                                                        <input type="hidden" name="id" value=p.id/>
                                                                        <input type="hidden" name="organisation" value=o.id.0/>
                                                                        <button type="submit" class="secondary">{button}</button>
                                                                    </ActionForm>
                                                                </td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }
                            });
                            let contact = [o.email.clone(), o.phone.clone()]
                                .into_iter()
                                .filter(|s| !s.is_empty())
                                .collect::<Vec<_>>()
                                .join(" · ");
                            let (o_id, o_name, o_email, o_phone) = (o.id, o.name.clone(), o.email.clone(), o.phone.clone());
                            let edit_form = o.may_edit.then(|| {
                                let c = o.code.clone();
                                let serves = o.serves.clone().map(|served| view! {
                                    <fieldset>
                                        <legend>{i18n.t("people-serves")}</legend>
                                        <p class="hint">{i18n.t("people-serves-hint")}</p>
                                        <input type="hidden" name="input[serves_shown]" value="1"/>
                                        {municipalities
                                            .iter()
                                            .map(|(id, name)| {
                                                let box_id = format!("serves-{c}-{}", id.0);
                                                view! {
                                                    <div class="radio">
                                                        <input type="checkbox" id=box_id.clone() name=format!("input[serves][{}]", id.0) checked=served.contains(id)/>
                                                        <label for=box_id>{name.clone()}</label>
                                                    </div>
                                                }
                                            })
                                            .collect_view()}
                                    </fieldset>
                                });
                                view! {
                                    <details class="more">
                                        <summary>{i18n.t_with("people-edit-org", &[("org", o_name.clone().into())])}</summary>
                                        <ActionForm action=edit attr:class="stack" attr:novalidate="novalidate">
                                            <input type="hidden" name="input[id]" value=o_id.0/>
                                            <div class="field">
                                                <label for=format!("name-{c}")>{i18n.t("field-org-name")}</label>
                                                <input id=format!("name-{c}") name="input[name]" value=o_name required maxlength="200"/>
                                            </div>
                                            <div class="field">
                                                <label for=format!("email-{c}")>{i18n.t("field-org-email")}</label>
                                                <input id=format!("email-{c}") name="input[email]" type="email" dir="ltr" value=o_email maxlength="254"/>
                                            </div>
                                            <div class="field">
                                                <label for=format!("phone-{c}")>{i18n.t("field-org-phone")}</label>
                                                <input id=format!("phone-{c}") name="input[phone]" type="tel" dir="ltr" value=o_phone maxlength="40"/>
                                            </div>
                                            {serves}
                                            <button type="submit">{i18n.t("people-edit-org-submit")}</button>
                                        </ActionForm>
                                    </details>
                                }
                            });
                            view! {
                                <section>
                                    <h2>{o.name}" "<span class="code">"("{o.code}")"</span></h2>
                                    <p class="meta">{kind}{(!contact.is_empty()).then(|| format!(" · {contact}"))}</p>
                                    {edit_form}
                                    {body}
                                    {pending}
                                </section>
                            }
                        })
                        .collect_view()}
                    {add_form}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
