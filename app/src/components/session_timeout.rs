//! The warning before a signed-in session runs out for lack of use: two minutes ahead it asks
//! whether to stay signed in, and one press keeps the session going without leaving the page.
//! Every page load, navigation and autosave counts as use, across the person's open tabs (the
//! moment is kept in the browser's storage). Without JavaScript there is no warning; the server
//! ends the session all the same and sign-in brings the person back.
//!
//! The warning is an island whose script is loaded only when the warning may be due (the page
//! load itself counts as use, noted by the island loader), so a page with nothing else
//! interactive loads no WebAssembly for it.
use crate::i18n::use_i18n;
use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;

/// How long before the end the warning comes.
const WARN_BEFORE_MS: f64 = 2.0 * 60.0 * 1000.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Active,
    Warning,
    Ended,
}

/// How long before the warning is due its script is loaded.
const LOAD_BEFORE_MS: u64 = 15_000;

#[component]
pub fn SessionTimeout(idle_seconds: u64) -> impl IntoView {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let after = (idle_seconds * 1000).saturating_sub(WARN_BEFORE_MS as u64 + LOAD_BEFORE_MS);
    view! {
        <div
            class="session-timeout"
            data-load-after=after
            data-activity-key=crate::browser::ACTIVITY_KEY
        >
            <SessionWarning idle_seconds/>
        </div>
    }
}

#[island]
fn SessionWarning(idle_seconds: u64) -> impl IntoView {
    let i18n = use_i18n();
    #[allow(clippy::cast_precision_loss)]
    let idle_ms = idle_seconds as f64 * 1000.0;
    let phase = RwSignal::new(Phase::Active);
    let button = NodeRef::<html::Button>::new();
    // Is the session really gone, or did another tab keep it going?
    let confirm_end = move || {
        leptos::task::spawn_local(async move {
            match crate::api::current_user().await {
                Ok(Some(_)) => {
                    crate::browser::touch_activity();
                    phase.set(Phase::Active);
                }
                Ok(None) | Err(crate::error::AppError::Unauthorized) => phase.set(Phase::Ended),
                // Offline or a passing fault: ask again on the next tick.
                Err(_) => {}
            }
        });
    };
    Effect::new(move |_| {
        let tick = move || {
            let left = idle_ms - crate::browser::ms_since_activity();
            match phase.get_untracked() {
                Phase::Ended => {}
                _ if left <= 0.0 => confirm_end(),
                Phase::Active if left <= WARN_BEFORE_MS => phase.set(Phase::Warning),
                // Another tab was used meanwhile.
                Phase::Warning if left > WARN_BEFORE_MS => phase.set(Phase::Active),
                _ => {}
            }
        };
        tick();
        if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(5)) {
            on_cleanup(move || handle.clear());
        }
    });
    Effect::new(move |_| {
        if phase.get() == Phase::Warning {
            if let Some(b) = button.get() {
                let _ = b.focus();
            }
        }
    });
    let stay = move |_| {
        leptos::task::spawn_local(async move {
            match crate::api::extend_session().await {
                Ok(true) => {
                    crate::browser::touch_activity();
                    phase.set(Phase::Active);
                }
                Ok(false) | Err(crate::error::AppError::Unauthorized) => phase.set(Phase::Ended),
                Err(_) => {}
            }
        });
    };
    move || match phase.get() {
        Phase::Active => None,
        Phase::Warning => Some(Either::Left(view! {
            <div
                class="session-warning"
                role="alertdialog"
                aria-labelledby="session-warning-title"
                aria-describedby="session-warning-text"
            >
                <h2 id="session-warning-title">{i18n.t("session-warning-title")}</h2>
                <p id="session-warning-text">
                    {i18n.t_with("session-warning-text", &[("minutes", (idle_seconds / 60).into())])}
                </p>
                <button type="button" node_ref=button on:click=stay>{i18n.t("session-stay")}</button>
            </div>
        })),
        Phase::Ended => Some(Either::Right(view! {
            <div class="session-warning" role="alert">
                <h2>{i18n.t("session-ended-title")}</h2>
                <p>{i18n.t("session-ended-text")}</p>
                <p><a href="/sign-in">{i18n.t("session-sign-in-again")}</a></p>
            </div>
        })),
    }
}
