//! Reusable pieces of pages.
pub mod answer_list;
pub mod case_panel;
pub mod catalogue_search;
pub mod error_summary;
pub mod gaps;
pub mod guidance_panel;
pub mod header;
pub mod language_switcher;
pub mod loading;
pub mod mapping_card;
pub mod page_error;
pub mod print_profile;
pub mod session_timeout;
pub mod shown_text;
pub mod status_badge;
