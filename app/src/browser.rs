//! The few browser facilities Kartla uses beyond the DOM: the browser's own storage for text not
//! saved yet, and speech. On the server, and where a browser lacks one, each is simply absent.

/// Keep `value` under `key` in this browser (local storage). Quietly does nothing where storage
/// is unavailable (private modes, full storage); the server copy is then the only one.
pub fn keep(key: &str, value: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(s) = imp::storage() {
        let _ = s.set_item(key, value);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (key, value);
}

/// What [`keep`] kept under `key`.
pub fn kept(key: &str) -> Option<String> {
    #[cfg(feature = "hydrate")]
    return imp::storage().and_then(|s| s.get_item(key).ok().flatten());
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = key;
        None
    }
}

/// Forget what [`keep`] kept under `key`.
pub fn forget(key: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(s) = imp::storage() {
        let _ = s.remove_item(key);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = key;
}

/// Where the moment of the person's last use of Kartla is kept, shared by their open tabs.
pub const ACTIVITY_KEY: &str = "kartla.last-activity";

/// Note that the person used Kartla now (a page load, a navigation, a save).
pub fn touch_activity() {
    #[cfg(feature = "hydrate")]
    keep(ACTIVITY_KEY, &js_sys::Date::now().to_string());
}

/// Milliseconds since [`touch_activity`] last ran in any of the person's tabs; 0 where it
/// cannot be told.
pub fn ms_since_activity() -> f64 {
    #[cfg(feature = "hydrate")]
    return kept(ACTIVITY_KEY)
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(0.0, |t| (js_sys::Date::now() - t).max(0.0));
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = ACTIVITY_KEY;
        0.0
    }
}

/// Whether the browser can read text aloud in `lang` (Web Speech API's speech synthesis, with
/// a voice whose language has the same primary subtag): a control that would read Tigrinya
/// with a Swedish voice, or say nothing, is better absent.
pub fn can_speak(lang: &str) -> bool {
    #[cfg(feature = "hydrate")]
    return imp::synthesis().is_some_and(|s| imp::has_voice(&s, lang));
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = lang;
        false
    }
}

/// Run `f` whenever the browser's list of voices changes (some browsers fill it in only after
/// the page has loaded).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    #[cfg(feature = "hydrate")]
    if let Some(synth) = imp::synthesis() {
        use wasm_bindgen::JsCast;
        let f = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
        let _ = synth.add_event_listener_with_callback("voiceschanged", f.as_ref().unchecked_ref());
        // The page keeps listening as long as it lives.
        f.forget();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = f;
}

/// Read `text` aloud in language `lang`, stopping whatever was being read first.
pub fn speak(text: &str, lang: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(synth) = imp::synthesis() {
        if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
            u.set_lang(lang);
            synth.cancel();
            synth.speak(&u);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (text, lang);
}

/// Load the page again (what it shows changed shape, not only content).
pub fn reload() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Listen to the server-sent events at `url` and call `on_change` for each `change` or
/// `closed` event, for as long as the page is open (the browser reconnects by itself after a
/// lost connection; `on_change` runs then too, so nothing missed meanwhile stays unseen).
pub fn follow_events(url: &str, on_change: impl Fn() + 'static) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Ok(source) = web_sys::EventSource::new(url) else {
            return;
        };
        let on_change = std::rc::Rc::new(on_change);
        for name in ["change", "closed", "open"] {
            let f = on_change.clone();
            let callback = Closure::<dyn Fn()>::new(move || f());
            let _ =
                source.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
            // Lives as long as the page.
            callback.forget();
        }
        let closer = source.clone();
        let closed = Closure::<dyn Fn()>::new(move || closer.close());
        let _ = source.add_event_listener_with_callback("closed", closed.as_ref().unchecked_ref());
        closed.forget();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (url, on_change);
}

#[cfg(feature = "hydrate")]
mod imp {
    use wasm_bindgen::JsCast;

    pub fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// Whether one of the browser's voices speaks `lang` (compared by primary subtag).
    pub fn has_voice(synth: &web_sys::SpeechSynthesis, lang: &str) -> bool {
        let primary = |t: &str| {
            t.split(['-', '_'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        let wanted = primary(lang);
        synth.get_voices().iter().any(|v| {
            js_sys::Reflect::get(&v, &"lang".into())
                .ok()
                .and_then(|l| l.as_string())
                .is_some_and(|l| primary(&l) == wanted)
        })
    }

    /// The speech synthesis object, where the browser has one and can make utterances.
    pub fn synthesis() -> Option<web_sys::SpeechSynthesis> {
        let window = web_sys::window()?;
        let global: &js_sys::Object = window.as_ref();
        let has = |name: &str| {
            js_sys::Reflect::get(global, &name.into())
                .map(|v| !v.is_undefined() && !v.is_null())
                .unwrap_or(false)
        };
        if !has("speechSynthesis") || !has("SpeechSynthesisUtterance") {
            return None;
        }
        js_sys::Reflect::get(global, &"speechSynthesis".into())
            .ok()?
            .dyn_into::<web_sys::SpeechSynthesis>()
            .ok()
    }
}
