//! How Kartla's own values travel through sqlx's engine-neutral `Any` driver, which knows only
//! booleans, integers, floats, text and bytes.
use crate::domain::Timestamp;
use sqlx::any::{Any, AnyTypeInfo, AnyTypeInfoKind, AnyValueRef};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Decode, Encode, Type, ValueRef};

/// A moment is an integer of microseconds on both engines (`INTEGER` in SQLite, `BIGINT` in
/// PostgreSQL).
impl Type<Any> for Timestamp {
    fn type_info() -> AnyTypeInfo {
        <i64 as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        <i64 as Type<Any>>::compatible(ty)
    }
}

impl<'q> Encode<'q, Any> for Timestamp {
    fn encode_by_ref(
        &self,
        buf: &mut <Any as sqlx::Database>::ArgumentBuffer,
    ) -> Result<IsNull, BoxDynError> {
        <i64 as Encode<'q, Any>>::encode_by_ref(&self.micros(), buf)
    }
}

impl<'r> Decode<'r, Any> for Timestamp {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        <i64 as Decode<'r, Any>>::decode(value).map(Timestamp::from_micros)
    }
}

/// A yes/no column: `BOOLEAN` in PostgreSQL, an integer 0 or 1 in SQLite (which has no
/// booleans, and whose integers `Any` will not decode as `bool`). Bind plain `bool`s; read
/// into this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flag(pub bool);

impl Type<Any> for Flag {
    fn type_info() -> AnyTypeInfo {
        <bool as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        ty.kind() == AnyTypeInfoKind::Bool || ty.kind().is_integer()
    }
}

impl<'r> Decode<'r, Any> for Flag {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        if value.type_info().kind() == AnyTypeInfoKind::Bool {
            <bool as Decode<'r, Any>>::decode(value).map(Flag)
        } else {
            match <i64 as Decode<'r, Any>>::decode(value)? {
                0 => Ok(Flag(false)),
                1 => Ok(Flag(true)),
                n => Err(format!("a yes/no column holds {n}").into()),
            }
        }
    }
}

/// Kinds and statuses are stored as their names (`'draft'`, `'course'` …) and travel as the
/// domain types, so no query retypes a status as a string and a stored name that no variant
/// has fails loudly instead of being read as something else.
macro_rules! stored_as_name {
    ($($t:ty),* $(,)?) => {$(
        impl Type<Any> for $t {
            fn type_info() -> AnyTypeInfo {
                <str as Type<Any>>::type_info()
            }

            fn compatible(ty: &AnyTypeInfo) -> bool {
                <str as Type<Any>>::compatible(ty)
            }
        }

        impl<'q> Encode<'q, Any> for $t {
            fn encode_by_ref(
                &self,
                buf: &mut <Any as sqlx::Database>::ArgumentBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <&str as Encode<'q, Any>>::encode(self.as_str(), buf)
            }
        }

        impl<'r> Decode<'r, Any> for $t {
            fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
                let name = <&str as Decode<'r, Any>>::decode(value)?;
                name.parse::<$t>().map_err(|e| format!("{e}").into())
            }
        }
    )*};
}

stored_as_name!(
    crate::domain::Role,
    crate::domain::OrgKind,
    crate::domain::policy::Kind,
    crate::domain::MappingStatus,
    crate::domain::EventKind,
    crate::domain::KeptReason,
    crate::domain::FrameworkKind,
    crate::domain::VersionStatus,
    crate::domain::ExternalSystem,
    crate::domain::MediaType,
    crate::domain::ExperienceKind,
    crate::domain::ImportFormat,
    crate::domain::case::CaseState,
    crate::domain::case::Verdict,
    crate::domain::case::Outcome,
    crate::domain::case::EventKind,
    crate::domain::verification::Document,
    crate::domain::guidance::SessionEventKind,
);

/// Ids are integers on both engines.
macro_rules! stored_as_integer {
    ($($t:ident),* $(,)?) => {$(
        impl Type<Any> for crate::domain::$t {
            fn type_info() -> AnyTypeInfo {
                <i64 as Type<Any>>::type_info()
            }

            fn compatible(ty: &AnyTypeInfo) -> bool {
                <i64 as Type<Any>>::compatible(ty)
            }
        }

        impl<'q> Encode<'q, Any> for crate::domain::$t {
            fn encode_by_ref(
                &self,
                buf: &mut <Any as sqlx::Database>::ArgumentBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <i64 as Encode<'q, Any>>::encode_by_ref(&self.0, buf)
            }
        }

        impl<'r> Decode<'r, Any> for crate::domain::$t {
            fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
                <i64 as Decode<'r, Any>>::decode(value).map(crate::domain::$t)
            }
        }
    )*};
}

stored_as_integer!(
    UserId,
    FrameworkId,
    SectionId,
    CriterionId,
    MappingId,
    OrganisationId,
    CaseId,
    SessionId
);

/// A JSON document kept in a text column (localized texts, language lists, drafts), read
/// back whole or refused: a document that no longer reads is an error, never an empty value
/// that the next save would write back.
#[derive(Debug, Clone, PartialEq)]
pub struct Json<T>(pub T);

impl<T> Type<Any> for Json<T> {
    fn type_info() -> AnyTypeInfo {
        <str as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        <str as Type<Any>>::compatible(ty)
    }
}

impl<'r, T: serde::de::DeserializeOwned> Decode<'r, Any> for Json<T> {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        let text = <&str as Decode<'r, Any>>::decode(value)?;
        Ok(Json(serde_json::from_str(text)?))
    }
}

/// The JSON text of a value, for binding to a text column.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, sqlx::Error> {
    serde_json::to_string(value).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}
