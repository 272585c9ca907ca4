//! A catalogue text in the language it really is in: `lang` and `dir` set, so that a Swedish
//! fallback inside an English page is read out in Swedish and Arabic runs right to left.
use crate::catalogue_view::ShownText;
use leptos::prelude::*;

#[component]
pub fn Shown(text: ShownText) -> impl IntoView {
    let dir = text.dir();
    view! { <span lang=text.lang dir=dir>{text.text}</span> }
}
