//! A catalogue text in the language it really is in: `lang` and `dir` set, so that a Swedish
//! fallback inside an English page is read out in Swedish and Arabic runs right to left.
use crate::catalogue_view::ShownText;
use leptos::prelude::*;

#[component]
pub fn Shown(text: ShownText) -> impl IntoView {
    let dir = text.dir();
    view! { <span lang=text.lang dir=dir>{text.text}</span> }
}

/// A message with one of its values a catalogue text: that value marked with the language
/// it is really in (a Swedish course name inside an Arabic sentence is read out in Swedish).
#[component]
pub fn Phrase(key: &'static str, name: &'static str, text: ShownText) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    // A character no message holds, where the value goes.
    const HOLE: &str = "\u{E000}";
    let whole = i18n.t_with(key, &[(name, HOLE.into())]);
    let (before, after) = whole.split_once(HOLE).unwrap_or((whole.as_str(), ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    view! { {before}<Shown text/>{after} }
}

/// A catalogue text (a criterion, a section's or a framework's title) in the reader's
/// language, or marked as the Swedish it fell back to (so that it is read out in Swedish and
/// runs left to right inside a right-to-left page).
#[component]
pub fn CatalogueText(text: String, fallback: bool) -> impl IntoView {
    if fallback {
        let base = crate::i18n::Locale::BASE;
        leptos::either::Either::Left(view! { <span lang=base.tag() dir=base.dir()>{text}</span> })
    } else {
        leptos::either::Either::Right(text)
    }
}

/// The Swedish original of a criterion shown in another language.
#[component]
pub fn Original(text: String) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let base = crate::i18n::Locale::BASE;
    view! {
        <p class="original">{i18n.t("original-label")}" "<span lang=base.tag() dir=base.dir()>{text}</span></p>
    }
}

/// The button that shows or hides the Swedish originals under the criteria (a plain post,
/// remembered, that comes back to `return_to`); offered only where the page's language is not
/// Swedish, which the page's data says by giving `on` at all.
#[component]
pub fn OriginalsToggle(on: bool, return_to: String) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let (value, key) = if on {
        ("0", "originals-hide")
    } else {
        ("1", "originals-show")
    };
    view! {
        <form method="post" action="/preferences/originals" class="inline-form originals">
            <input type="hidden" name="on" value=value/>
            <input type="hidden" name="return_to" value=return_to/>
            <button type="submit" class="secondary">{i18n.t(key)}</button>
        </form>
    }
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
