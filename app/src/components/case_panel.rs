//! The person's own case, on their mapping's overview: where it stands and with whom, the
//! additions asked of them (each to mark done as they make it), the conclusion with the
//! statement to download, and a link to the whole case with its trail.
use super::shown_text::Phrase;
use crate::api::case::get_case;
use crate::api::case_moves::MarkItem;
use crate::catalogue_view::ShownText;
use crate::components::error_summary::ErrorSummary;
use crate::domain::{CaseId, CaseState};
use crate::i18n::use_i18n;
use crate::pages::case::{CaseFacts, ConclusionShown, RequestShown};
use leptos::prelude::*;

#[component]
pub fn CasePanel(id: CaseId) -> impl IntoView {
    let i18n = use_i18n();
    let case = Resource::new(move || id, |id| get_case(id, None));
    let mark = ServerAction::<MarkItem>::new();
    let error = crate::pages::action_error(mark);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let c = case.await.ok()?;
                let explainer = match c.state {
                    CaseState::New | CaseState::Checking => "case-explainer-checking",
                    CaseState::Assigned => "case-explainer-assigned",
                    CaseState::Returned => "case-explainer-returned",
                    CaseState::Concluded => "case-explainer-concluded",
                };
                let open = c.open_request().cloned().map(|r| {
                    view! {
                        <div id="additions" class="notice">
                            <h3>{i18n.t("additions-asked")}</h3>
                            <p>{i18n.t("additions-asked-hint")}</p>
                            <RequestShown c=c.clone() request=r mark/>
                        </div>
                    }
                });
                let href = format!("/cases/{}", c.id);
                Some(view! {
                    <section class="case-panel" aria-labelledby="case-heading">
                        <h2 id="case-heading">{i18n.t("case-panel-heading")}</h2>
                        <p><Phrase key=explainer name="organisation" text=ShownText::swedish(c.organisation.clone())/></p>
                        <ErrorSummary error/>
                        <CaseFacts c=c.clone()/>
                        {open}
                        <ConclusionShown c=c.clone()/>
                        <p><a href=href>{i18n.t("case-panel-whole")}</a></p>
                    </section>
                })
            })}
        </Suspense>
    }
}
