//! The box at the top of a form that lists what is wrong and links to each field. It takes
//! focus when it appears, so keyboard and screen-reader users land on it: `autofocus` on a
//! page sent back with the errors (no script needed), the effect below where it appears in
//! an island without a new page.
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
                    let target = f.field.clone();
                    view! { <li><a href=href on:click=move |ev| focus_field(ev, &target)>{text}</a></li> }
                })
                .collect_view();
            view! {
                <div class="error-summary" role="alert" tabindex="-1" autofocus node_ref=node>
                    <h2>{i18n.t("error-summary-title")}</h2>
                    <p>{i18n.t(&e.message_key())}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// With JavaScript, a link in the summary moves focus into the field it names (as following the
/// link does without), instead of leaving it to the router.
fn focus_field(ev: leptos::ev::MouseEvent, id: &str) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            ev.prevent_default();
            el.scroll_into_view();
            let _ = el.focus();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, id);
}
