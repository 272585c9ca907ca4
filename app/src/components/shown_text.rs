//! A catalogue text in the language it really is in: `lang` and `dir` set, so that a Swedish
//! fallback inside an English page is read out in Swedish and Arabic runs right to left.
use crate::catalogue_view::ShownText;
use leptos::prelude::*;

#[component]
pub fn Shown(text: ShownText) -> impl IntoView {
    let dir = text.dir();
    view! { <span lang=text.lang dir=dir>{text.text}</span> }
}

/// A course criterion's grade-step guidance (E, C, A) as a description list; nothing when it
/// has none.
#[component]
pub fn GuidanceList(guidance: Vec<(String, ShownText)>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    (!guidance.is_empty()).then(|| {
        let steps = guidance
            .into_iter()
            .map(|(step, t)| {
                let label = i18n.t_with("grade-step", &[("step", step.into())]);
                view! {
                    <dt>{label}</dt>
                    <dd><Shown text=t/></dd>
                }
            })
            .collect_view();
        view! { <dl class="guidance">{steps}</dl> }
    })
}
