//! The compiled script, WebAssembly and style sheet, served compressed without compressing them
//! again for every visitor: a release build writes a brotli (`.br`, best quality) and a gzip
//! (`.gz`) copy of each beside it once, at start, and `/pkg` serves whichever the browser takes.
//! Debug builds skip this (their WebAssembly is ten times larger and rebuilt often); their
//! script and styles are compressed per response like pages are, and their WebAssembly not.
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Files worth compressing ahead.
fn wanted(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "wasm" | "js" | "css"))
}

/// Whether `copy` is missing or older than `source`.
fn stale(source: &Path, copy: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(source), modified(copy)) {
        (Some(s), Some(c)) => c < s,
        _ => true,
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Write the `.br` and `.gz` copies that are missing or stale in `dir`; returns how many.
/// A copy is written under a temporary name and renamed, so a visitor never gets half a file.
pub fn precompress(dir: &Path) -> io::Result<usize> {
    let mut written = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if !path.is_file() || !wanted(&path) {
            continue;
        }
        let br = with_suffix(&path, ".br");
        let gz = with_suffix(&path, ".gz");
        if !stale(&path, &br) && !stale(&path, &gz) {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let tmp = with_suffix(&path, ".br.tmp");
        {
            let mut w =
                brotli::CompressorWriter::new(std::fs::File::create(&tmp)?, 64 * 1024, 11, 22);
            w.write_all(&bytes)?;
            w.flush()?;
        }
        std::fs::rename(&tmp, &br)?;
        let tmp = with_suffix(&path, ".gz.tmp");
        {
            let mut w = flate2::write::GzEncoder::new(
                std::fs::File::create(&tmp)?,
                flate2::Compression::best(),
            );
            w.write_all(&bytes)?;
            w.finish()?;
        }
        std::fs::rename(&tmp, &gz)?;
        written += 2;
    }
    Ok(written)
}

/// In a release build, precompress `site_root/pkg` on a blocking thread.
pub fn precompress_in_background(site_root: &str) {
    if cfg!(debug_assertions) {
        return;
    }
    let dir = Path::new(site_root).join("pkg");
    tokio::task::spawn_blocking(move || match precompress(&dir) {
        Ok(n) => tracing::info!(files = n, "compressed assets written"),
        Err(e) => {
            tracing::warn!(error = %e, "could not write compressed assets; serving them uncompressed")
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn copies_decompress_to_the_original_and_are_not_rewritten_when_fresh() {
        let dir = tempfile::tempdir().unwrap();
        let wasm = dir.path().join("kartla.wasm");
        let original: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&wasm, &original).unwrap();
        std::fs::write(dir.path().join("kartla.d.ts"), "types").unwrap();
        assert_eq!(precompress(dir.path()).unwrap(), 2);
        let mut back = vec![];
        brotli::Decompressor::new(
            std::fs::File::open(with_suffix(&wasm, ".br")).unwrap(),
            4096,
        )
        .read_to_end(&mut back)
        .unwrap();
        assert_eq!(back, original);
        let mut back = vec![];
        flate2::read::GzDecoder::new(std::fs::File::open(with_suffix(&wasm, ".gz")).unwrap())
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, original);
        assert!(!dir.path().join("kartla.d.ts.br").exists());
        assert_eq!(precompress(dir.path()).unwrap(), 0, "fresh copies stay");
    }
}
