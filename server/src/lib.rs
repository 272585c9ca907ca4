//! What the `kartla` binary shares with its benchmarks: the PDF renderers.
pub mod documents;
pub mod typeset;
