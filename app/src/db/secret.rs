//! The secrets in cookies and one-time links: 32 random bytes, of which the database keeps only
//! a SHA-256 hash, so a copy of the database opens nothing.
use sha2::{Digest, Sha256};

/// A new secret, as 64 hexadecimal digits (safe in a cookie and in a path).
pub fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the database keeps of a secret.
pub fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `s` has the shape of a secret made by [`new_token`] (a link cut short or typed
/// wrong is refused before the database is asked).
pub fn looks_like_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
