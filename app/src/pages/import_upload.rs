//! `/admin/imports/new`: choose a format and files; the server reads them and shows a preview
//! before anything is written. A plain multipart form, with and without JavaScript.
use crate::app::UserResource;
use crate::components::loading::Loading;
use crate::domain::ImportFormat;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The largest upload the import accepts, in megabytes (the full ESCO set in two languages
/// is about 32 MB).
pub const MAX_UPLOAD_MB: usize = 100;

#[component]
pub fn ImportUploadPage() -> impl IntoView {
    let i18n = use_i18n();
    let UserResource(user) = expect_context::<UserResource>();
    view! {
        <Title text=i18n.t("import-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                if let Some(refused) = super::not_admin(user.await) {
                    return refused;
                }
                let limit = i18n.t_with("import-files-hint", &[("mb", MAX_UPLOAD_MB.into())]);
                view! {
                    <p class="breadcrumb"><a href="/admin/catalogue">{i18n.t("admin-catalogue-title")}</a></p>
                    <h1>{i18n.t("import-title")}</h1>
                    <p class="lead">{i18n.t("import-lead")}</p>
                    <form method="post" action="/admin/imports" enctype="multipart/form-data" class="stack">
                        <fieldset class="field">
                            <legend>{i18n.t("import-format")}</legend>
                            {ImportFormat::ALL
                                .into_iter()
                                .map(|f| {
                                    let id = format!("format-{}", f.as_str());
                                    let hint_id = format!("{id}-hint");
                                    let hint = i18n.t(&format!("{}-hint", f.label_key()));
                                    view! {
                                        <div class="radio">
                                            <input type="radio" id=id.clone() name="format" value=f.as_str()
                                                checked=f == ImportFormat::Kartla aria-describedby=hint_id.clone()/>
                                            <div>
                                                <label for=id>{i18n.t(f.label_key())}</label>
                                                <p class="hint" id=hint_id>{hint}</p>
                                            </div>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                        <div class="field">
                            <label for="files">{i18n.t("import-files")}</label>
                            <p class="hint" id="files-hint">{limit}</p>
                            <input id="files" type="file" name="files" multiple required aria-describedby="files-hint"
                                accept=".json,.csv,.toml,application/json,text/csv"/>
                        </div>
                        <div class="field">
                            <label for="occupations">{i18n.t("import-occupations")}</label>
                            <p class="hint" id="occupations-hint">{i18n.t("import-occupations-hint")}</p>
                            <textarea id="occupations" name="occupations" rows="3" aria-describedby="occupations-hint"></textarea>
                        </div>
                        <button type="submit">{i18n.t("import-preview-button")}</button>
                    </form>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
