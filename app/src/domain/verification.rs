//! Verification codes printed on competence profiles: twelve characters in three groups
//! (`7KQM-2WXP-H9CD`), from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), so that a code
//! read off paper can be typed back. A code leads to `/verify/{code}`.
use serde::{Deserialize, Serialize};

/// The characters a code is made of.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";

/// A code of `len` characters of [`ALPHABET`] as a person may type it: any case, with or
/// without dashes or spaces; `None` when it is not one.
pub fn typed_code(raw: &str, len: usize) -> Option<String> {
    let chars: String = raw
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{2010}'..='\u{2015}'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (chars.len() == len && chars.bytes().all(|b| ALPHABET.contains(&b))).then_some(chars)
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct VerificationCode(String);

impl VerificationCode {
    /// A code from twelve random bytes (any source of randomness will do).
    pub fn from_random(bytes: [u8; 12]) -> Self {
        let chars: String = bytes
            .iter()
            .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
            .collect();
        Self(format!("{}-{}-{}", &chars[..4], &chars[4..8], &chars[8..]))
    }

    /// Read a code as a person may type it: any case, with or without dashes or spaces.
    pub fn parse(raw: &str) -> Option<Self> {
        let chars = typed_code(raw, 12)?;
        Some(Self(format!(
            "{}-{}-{}",
            &chars[..4],
            &chars[4..8],
            &chars[8..]
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for VerificationCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for VerificationCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or_else(|| format!("`{s}` is not a verification code"))
    }
}

impl From<VerificationCode> for String {
    fn from(c: VerificationCode) -> String {
        c.0
    }
}

/// "Amal Hassan" → "A. H.": all a verification page tells about the person.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What `/verify/{code}` shows about one printed profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrintRecord {
    pub code: VerificationCode,
    /// Which document it is.
    #[serde(default)]
    pub document: Document,
    pub initials: String,
    /// The mapping's status when it was printed.
    pub status: super::MappingStatus,
    /// Framework codes and versions, e.g. "DEMO-LAGER1 v1".
    pub frameworks: String,
    pub printed_at: super::Timestamp,
    /// SHA-256 of the PDF as it was sent, in hex.
    pub sha256: String,
}

/// The documents Kartla prints with a verification code.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Document {
    /// The competence profile.
    #[default]
    Profile,
    /// A concluded case's statement (utlåtande).
    Statement,
}

impl Document {
    pub fn as_str(self) -> &'static str {
        match self {
            Document::Profile => "profile",
            Document::Statement => "statement",
        }
    }

    /// The message naming it.
    pub fn label_key(self) -> &'static str {
        match self {
            Document::Profile => "pdf-title",
            Document::Statement => "statement-title",
        }
    }
}

impl std::str::FromStr for Document {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "profile" => Ok(Document::Profile),
            "statement" => Ok(Document::Statement),
            other => Err(format!("unknown document `{other}`")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_has_three_groups_from_the_alphabet_and_reads_back() {
        let c = VerificationCode::from_random([0, 1, 2, 3, 28, 29, 30, 255, 100, 7, 8, 9]);
        assert_eq!(c.as_str().len(), 14);
        assert_eq!(c.as_str().matches('-').count(), 2);
        assert_eq!(VerificationCode::parse(c.as_str()), Some(c.clone()));
        let typed = c.as_str().to_lowercase().replace('-', " ");
        assert_eq!(VerificationCode::parse(&typed), Some(c));
    }

    #[test]
    fn look_alikes_and_wrong_lengths_are_not_codes() {
        assert_eq!(VerificationCode::parse("0OIL-1UV2-3456"), None);
        assert_eq!(VerificationCode::parse("ABCD-EFGH"), None);
        assert_eq!(VerificationCode::parse("ABCD-EFGH-JKMN-P"), None);
        assert_eq!(VerificationCode::parse("<script>"), None);
        assert!(VerificationCode::parse("abcd-efgh-jkmn").is_some());
    }

    #[test]
    fn only_initials_are_shown() {
        assert_eq!(initials("Amal Hassan"), "A. H.");
        assert_eq!(initials("  Åsa  Öberg-Lind "), "Å. Ö.");
        assert_eq!(initials("محمد علي"), "م. ع.");
    }
}
