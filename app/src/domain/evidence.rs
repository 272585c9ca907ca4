//! Evidence: files a person adds to back what they say — certificates, diplomas, licences,
//! photos of their work. Each is numbered in the order added (Bilaga 1, 2, …), and its type is
//! read from its first bytes, never from its name.
use serde::{Deserialize, Serialize};

/// The largest file, in bytes.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most files one person may keep.
pub const MAX_FILES: usize = 100;
/// The longest title, in characters.
pub const MAX_TITLE: usize = 200;

/// The kinds of file Kartla keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MediaType {
    Pdf,
    Jpeg,
    Png,
}

impl MediaType {
    /// What the content is, judged from its first bytes (the formats' own signatures).
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"%PDF-") {
            Some(MediaType::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(MediaType::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(MediaType::Png)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Pdf => "application/pdf",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Png => "image/png",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Pdf => "pdf",
            MediaType::Jpeg => "jpg",
            MediaType::Png => "png",
        }
    }

    /// A short name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            MediaType::Pdf => "PDF",
            MediaType::Jpeg => "JPEG",
            MediaType::Png => "PNG",
        }
    }
}

impl std::str::FromStr for MediaType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "application/pdf" => Ok(MediaType::Pdf),
            "image/jpeg" => Ok(MediaType::Jpeg),
            "image/png" => Ok(MediaType::Png),
            other => Err(format!("unknown media type `{other}`")),
        }
    }
}

/// Why an upload was refused. Each has words under `evidence-refused-{code}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    NoFile,
    TooBig,
    WrongType,
    TooMany,
    TitleTooLong,
}

impl Refusal {
    pub const ALL: [Refusal; 5] = [
        Refusal::NoFile,
        Refusal::TooBig,
        Refusal::WrongType,
        Refusal::TooMany,
        Refusal::TitleTooLong,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Refusal::NoFile => "no-file",
            Refusal::TooBig => "too-big",
            Refusal::WrongType => "wrong-type",
            Refusal::TooMany => "too-many",
            Refusal::TitleTooLong => "title-too-long",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Refusal::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The field the problem is about, for the error summary's link.
    pub fn field(self) -> &'static str {
        match self {
            Refusal::TitleTooLong => "evidence-title",
            _ => "evidence-file",
        }
    }
}

/// A title for the file: what the person wrote, or else the file's name without its ending.
pub fn title_for(typed: &str, file_name: &str) -> Result<String, Refusal> {
    let typed = typed.trim();
    if typed.chars().count() > MAX_TITLE {
        return Err(Refusal::TitleTooLong);
    }
    if !typed.is_empty() {
        return Ok(typed.to_owned());
    }
    let stem = match file_name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => file_name,
    };
    Ok(stem.chars().take(MAX_TITLE).collect())
}

/// One stored piece of evidence, without its bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: i64,
    /// 1, 2, 3 … per person in the order added; never reused.
    pub number: i64,
    pub title: String,
    pub file_name: String,
    pub media_type: MediaType,
    pub size: i64,
    pub created_at: super::Timestamp,
    /// The owner's experiences it belongs to.
    #[serde(default)]
    pub experiences: Vec<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_comes_from_the_content() {
        assert_eq!(MediaType::sniff(b"%PDF-1.7\n..."), Some(MediaType::Pdf));
        assert_eq!(
            MediaType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some(MediaType::Jpeg)
        );
        assert_eq!(
            MediaType::sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]),
            Some(MediaType::Png)
        );
        // A script named like a picture is still a script.
        assert_eq!(MediaType::sniff(b"<script>alert(1)</script>"), None);
        assert_eq!(MediaType::sniff(b"GIF89a"), None);
        assert_eq!(MediaType::sniff(b""), None);
        assert_eq!(MediaType::sniff(b"%PD"), None);
    }

    #[test]
    fn the_title_falls_back_to_the_file_name() {
        assert_eq!(title_for("  Truckkort ", "x.pdf").unwrap(), "Truckkort");
        assert_eq!(title_for("", "betyg 2019.pdf").unwrap(), "betyg 2019");
        assert_eq!(title_for("", ".hidden").unwrap(), ".hidden");
        assert_eq!(
            title_for(&"å".repeat(MAX_TITLE + 1), "x.pdf"),
            Err(Refusal::TitleTooLong)
        );
    }

    #[test]
    fn every_refusal_round_trips_through_its_code() {
        for r in Refusal::ALL {
            assert_eq!(Refusal::from_code(r.code()), Some(r));
        }
        assert_eq!(Refusal::from_code("nope"), None);
    }
}
