//! The box at the top of a form that lists what is wrong and links to each field. It takes
//! focus when it appears, so keyboard and screen-reader users land on it.
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::html;
use leptos::prelude::*;

/// The words for one field error: "<field label>: <what is wrong>".
pub fn field_error_text(label: &str, code: &str) -> String {
    let i18n = use_i18n();
    let what = i18n.t(&format!("field-error-{code}"));
    if label.is_empty() {
        what
    } else {
        format!("{label}: {what}")
    }
}

#[component]
pub fn ErrorSummary(
    #[prop(into)] error: Signal<Option<AppError>>,
    /// Turns a field name into the label the person sees next to it.
    #[prop(optional, into)]
    label: Option<Callback<String, String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if error.with(Option::is_some) {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        error.get().map(|e| {
            let items = e
                .field_errors()
                .iter()
                .map(|f| {
                    let text = field_error_text(
                        &label.map(|l| l.run(f.field.clone())).unwrap_or_default(),
                        &f.code,
                    );
                    let href = format!("#{}", f.field);
                    view! { <li><a href=href>{text}</a></li> }
                })
                .collect_view();
            view! {
                <div class="error-summary" role="alert" tabindex="-1" node_ref=node>
                    <h2>{i18n.t("error-summary-title")}</h2>
                    <p>{i18n.t(&e.message_key())}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
