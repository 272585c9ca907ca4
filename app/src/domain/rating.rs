//! The five-step self-assessment scale.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Rating {
    NoExperience = 1,
    SomeExperience = 2,
    WithSupport = 3,
    Independently = 4,
    CanTeach = 5,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a rating is a whole number from 1 to 5")]
pub struct RatingOutOfRange;

impl Rating {
    pub const ALL: [Rating; 5] = [
        Rating::NoExperience,
        Rating::SomeExperience,
        Rating::WithSupport,
        Rating::Independently,
        Rating::CanTeach,
    ];

    pub fn value(self) -> u8 {
        self as u8
    }

    /// The Fluent key naming this step.
    pub fn label_key(self) -> &'static str {
        match self {
            Rating::NoExperience => "rating-no-experience",
            Rating::SomeExperience => "rating-some-experience",
            Rating::WithSupport => "rating-with-support",
            Rating::Independently => "rating-independently",
            Rating::CanTeach => "rating-can-teach",
        }
    }

    /// The Fluent key of what this step means, in a sentence.
    pub fn hint_key(self) -> &'static str {
        match self {
            Rating::NoExperience => "rating-no-experience-hint",
            Rating::SomeExperience => "rating-some-experience-hint",
            Rating::WithSupport => "rating-with-support-hint",
            Rating::Independently => "rating-independently-hint",
            Rating::CanTeach => "rating-can-teach-hint",
        }
    }

    /// Every step above "no experience" is a claim that wants a description behind it.
    pub fn needs_description(self) -> bool {
        self != Rating::NoExperience
    }
}

impl TryFrom<u8> for Rating {
    type Error = RatingOutOfRange;
    fn try_from(v: u8) -> Result<Self, Self::Error> {
        Rating::ALL
            .get(usize::from(v).wrapping_sub(1))
            .copied()
            .ok_or(RatingOutOfRange)
    }
}

impl TryFrom<i64> for Rating {
    type Error = RatingOutOfRange;
    fn try_from(v: i64) -> Result<Self, Self::Error> {
        u8::try_from(v)
            .map_err(|_| RatingOutOfRange)
            .and_then(Rating::try_from)
    }
}

impl From<Rating> for u8 {
    fn from(r: Rating) -> u8 {
        r.value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_round_trips_through_its_number() {
        for r in Rating::ALL {
            assert_eq!(Rating::try_from(r.value()), Ok(r));
        }
    }

    #[test]
    fn zero_and_six_are_out_of_range() {
        assert_eq!(Rating::try_from(0u8), Err(RatingOutOfRange));
        assert_eq!(Rating::try_from(6u8), Err(RatingOutOfRange));
        assert_eq!(Rating::try_from(-1i64), Err(RatingOutOfRange));
    }

    #[test]
    fn only_no_experience_may_stand_without_a_description() {
        assert!(!Rating::NoExperience.needs_description());
        assert!(Rating::WithSupport.needs_description());
    }
}
