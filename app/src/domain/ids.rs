//! Newtype identifiers so that one kind of id can never stand in for another.
use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($name:ident) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim().parse::<i64>().map($name)
            }
        }
    };
}

pub(crate) use id_type;

id_type!(UserId);
id_type!(FrameworkId);
id_type!(SectionId);
id_type!(CriterionId);
id_type!(MappingId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_parses_from_its_decimal_text() {
        assert_eq!("42".parse::<MappingId>(), Ok(MappingId(42)));
    }

    #[test]
    fn an_id_that_is_not_a_number_is_rejected() {
        assert!("abc".parse::<MappingId>().is_err());
    }
}
