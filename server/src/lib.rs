//! What the `kartla` binary shares with its benchmarks: the PDF renderers.
pub mod certificate;
pub mod pdf;
pub mod typeset;
