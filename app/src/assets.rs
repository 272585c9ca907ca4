//! The compiled script, WebAssembly and style sheet addressed by their content:
//! `/pkg/<hash>/kartla.wasm`. A browser keeps such a file for a year without asking again (its
//! address changes whenever its content does), so a returning visitor downloads nothing but the
//! page. Each server reads the hashes once, at start, from the files it serves; several servers
//! of one release give the same addresses, and nothing depends on where the build left a list of
//! names.
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// How many hex digits of the SHA-256 name a file: 64 bits, plenty to tell builds apart.
const HASH_LEN: usize = 16;

/// The name of some content: the first [`HASH_LEN`] hex digits of its SHA-256.
pub fn short_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let hex: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    hex[..HASH_LEN].to_owned()
}

/// File name → its content's hash, for the files of the site's `pkg` folder.
#[derive(Clone, Debug, Default)]
pub struct Assets {
    pkg: Arc<str>,
    hashes: Arc<HashMap<String, String>>,
}

impl Assets {
    /// Hash every file directly in `site_root/pkg_dir` (precompressed copies excepted: they are
    /// served for their original). A folder that cannot be read gives plain addresses.
    pub fn read(site_root: &str, pkg_dir: &str) -> Self {
        let mut hashes = HashMap::new();
        if let Ok(entries) = std::fs::read_dir(Path::new(site_root).join(pkg_dir)) {
            for entry in entries.flatten() {
                let path = entry.path();
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if !path.is_file() || [".br", ".gz", ".tmp"].iter().any(|s| name.ends_with(s)) {
                    continue;
                }
                if let Ok(bytes) = std::fs::read(&path) {
                    hashes.insert(name.to_owned(), short_hash(&bytes));
                }
            }
        }
        Self {
            pkg: pkg_dir.trim_matches('/').into(),
            hashes: Arc::new(hashes),
        }
    }

    /// The address of `file`: `/pkg/<hash>/file`, or `/pkg/file` for a file it does not know.
    pub fn url(&self, file: &str) -> String {
        let pkg = if self.pkg.is_empty() {
            "pkg"
        } else {
            &self.pkg
        };
        match self.hashes.get(file) {
            Some(hash) => format!("/{pkg}/{hash}/{file}"),
            None => format!("/{pkg}/{file}"),
        }
    }

    /// Splits a path under `/pkg/` into the file and whether it was addressed by this build's
    /// hash of it (a plain `file` path, or an old build's hash, is not).
    pub fn addressed<'p>(&self, path: &'p str) -> (&'p str, bool) {
        match path.split_once('/') {
            Some((hash, file))
                if hash.len() == HASH_LEN && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                (file, self.hashes.get(file).is_some_and(|h| h == hash))
            }
            _ => (path, false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_addressed_by_its_content() {
        let dir = tempfile::tempdir().unwrap();
        let pkg = dir.path().join("pkg");
        std::fs::create_dir(&pkg).unwrap();
        std::fs::write(pkg.join("kartla.wasm"), b"one").unwrap();
        std::fs::write(pkg.join("kartla.wasm.br"), b"compressed").unwrap();
        let site = dir.path().to_str().unwrap();
        let first = Assets::read(site, "pkg");
        let url = first.url("kartla.wasm");
        // SHA-256 of "one", first 16 hex digits.
        assert_eq!(url, "/pkg/7692c3ad3540bb80/kartla.wasm");
        assert_eq!(
            first.url("kartla.wasm.br"),
            "/pkg/kartla.wasm.br",
            "copies are not named"
        );
        assert_eq!(first.url("other.js"), "/pkg/other.js");
        let path = url.trim_start_matches("/pkg/");
        assert_eq!(first.addressed(path), ("kartla.wasm", true));
        assert_eq!(first.addressed("kartla.wasm"), ("kartla.wasm", false));
        assert_eq!(
            first.addressed("snippets/x/a.js"),
            ("snippets/x/a.js", false)
        );

        // A new build: a new address, and the old one is no longer this build's.
        std::fs::write(pkg.join("kartla.wasm"), b"two").unwrap();
        let second = Assets::read(site, "pkg");
        assert_ne!(second.url("kartla.wasm"), url);
        assert_eq!(second.addressed(path), ("kartla.wasm", false));
    }
}
