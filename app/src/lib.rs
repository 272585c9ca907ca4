//! Kartla's shared crate: pages, components, the domain model, server functions and (behind
//! `ssr`) the database layer. cargo-leptos also compiles it to WebAssembly (`hydrate`).
#![recursion_limit = "256"]

pub mod admin_view;
pub mod api;
pub mod app;
pub mod autosave;
pub mod browser;
pub mod case_view;
pub mod catalogue_view;
pub mod components;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod pages;
pub mod stats_view;
pub mod view_model;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod assets;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod throttle;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate(messages: String) {
    console_error_panic_hook::set_once();
    i18n::use_page_messages(messages);
    // Only the islands are hydrated, each by the loader (`islands.js`), which then marks the
    // page as interactive.
    leptos::mount::hydrate_islands();
}
