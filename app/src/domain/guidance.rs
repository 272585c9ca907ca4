//! Guidance sessions: a study and career counsellor and the person go through a mapping the
//! person shares with them, live, each on their own screen. The person decides: what the
//! counsellor writes in an answer is a proposal the person accepts or rejects, unless the
//! person lets them write directly for the session. Notes are written about the person and read
//! by them. What is here is pure: the join code, the trail's steps, a note's text.
use super::case::named;
use serde::{Deserialize, Serialize};

super::ids::id_type!(SessionId);

named!(
    /// A step in a session's trail.
    SessionEventKind {
        Started = "started",
        Joined = "joined",
        /// An answer written (by the person, or by the counsellor allowed to).
        Wrote = "wrote",
        Proposed = "proposed",
        Accepted = "accepted",
        Rejected = "rejected",
        DirectOn = "direct_on",
        DirectOff = "direct_off",
        Noted = "noted",
        Ended = "ended",
    }
);

impl SessionEventKind {
    const PREFIX: &'static str = "session-event";
}

/// The characters of a join code: no look-alikes (as verification codes).
const ALPHABET: &[u8] = super::verification::ALPHABET;

/// How many characters a join code has: short enough to say aloud and type on a phone, and
/// only valid while its session is open.
pub const CODE_LENGTH: usize = 6;

/// The short code a person joins a session with (`K7M-Q2X`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct JoinCode(String);

impl JoinCode {
    /// A code from random bytes (any source of randomness will do).
    pub fn from_random(bytes: [u8; CODE_LENGTH]) -> Self {
        Self(
            bytes
                .iter()
                .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
                .collect(),
        )
    }

    /// Read a code as a person may type it: any case, with or without a dash or spaces.
    pub fn parse(raw: &str) -> Option<Self> {
        super::verification::typed_code(raw, CODE_LENGTH).map(Self)
    }

    /// As stored: the six characters.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As shown, in two halves that are easier to read out.
    pub fn shown(&self) -> String {
        format!("{}-{}", &self.0[..3], &self.0[3..])
    }
}

impl TryFrom<String> for JoinCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or_else(|| format!("`{s}` is not a join code"))
    }
}

impl From<JoinCode> for String {
    fn from(c: JoinCode) -> String {
        c.0
    }
}

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

/// A note's text: trimmed, not empty, not too long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteText(String);

/// Why a note's text is refused (the field error's code).
pub fn parse_note(raw: &str) -> Result<NoteText, &'static str> {
    let t = raw.trim();
    if t.is_empty() {
        Err("required")
    } else if t.chars().count() > MAX_NOTE_CHARS {
        Err("too-long")
    } else {
        Ok(NoteText(t.to_owned()))
    }
}

impl NoteText {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_code_is_read_however_it_is_typed() {
        let c = JoinCode::parse("k7m-q2x").expect("a code");
        assert_eq!(c.as_str(), "K7MQ2X");
        assert_eq!(c.shown(), "K7M-Q2X");
        assert_eq!(JoinCode::parse(" K7M Q2X "), Some(c));
    }

    #[test]
    fn a_join_code_with_look_alikes_or_of_the_wrong_length_is_refused() {
        assert_eq!(JoinCode::parse("K7M-Q2O"), None, "O is not in the alphabet");
        assert_eq!(JoinCode::parse("K7MQ2"), None);
        assert_eq!(JoinCode::parse("K7MQ2XX"), None);
        assert_eq!(JoinCode::parse(""), None);
    }

    #[test]
    fn a_random_code_reads_back() {
        let c = JoinCode::from_random([0, 7, 28, 29, 200, 255]);
        assert_eq!(JoinCode::parse(&c.shown()), Some(c));
    }

    #[test]
    fn a_note_is_trimmed_and_neither_empty_nor_too_long() {
        assert_eq!(parse_note("  a note \n").map(|n| n.0), Ok("a note".into()));
        assert_eq!(parse_note(" \n "), Err("required"));
        assert_eq!(parse_note(&"å".repeat(MAX_NOTE_CHARS)).map(|_| ()), Ok(()));
        assert_eq!(parse_note(&"å".repeat(MAX_NOTE_CHARS + 1)), Err("too-long"));
    }

    #[test]
    fn every_step_of_the_trail_has_a_message() {
        assert_eq!(
            SessionEventKind::DirectOn.label_key(),
            "session-event-direct-on"
        );
        assert_eq!("noted".parse(), Ok(SessionEventKind::Noted));
    }
}
