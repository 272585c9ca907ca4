//! Printed competence profiles and their verification codes.
use super::Db;
use crate::domain::verification::{PrintRecord, VerificationCode};
use crate::domain::{MappingId, MappingStatus, Timestamp};

/// A fresh code from the operating system's randomness.
pub fn new_code() -> VerificationCode {
    use rand::RngCore;
    let mut bytes = [0u8; 12];
    rand::rng().fill_bytes(&mut bytes);
    VerificationCode::from_random(bytes)
}

/// Record one printed profile.
pub async fn record(db: &Db, mapping: MappingId, print: &PrintRecord) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO profile_prints (code, mapping_id, initials, status, frameworks, sha256, created_at, document)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(print.code.as_str())
    .bind(mapping)
    .bind(&print.initials)
    .bind(print.status)
    .bind(&print.frameworks)
    .bind(&print.sha256)
    .bind(print.printed_at)
    .bind(print.document)
    .execute(db)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Stored {
    document: crate::domain::verification::Document,
    initials: String,
    status: MappingStatus,
    frameworks: String,
    sha256: String,
    created_at: Timestamp,
}

/// The printed profile with this code.
pub async fn find(db: &Db, code: &VerificationCode) -> Result<Option<PrintRecord>, sqlx::Error> {
    let row: Option<Stored> = sqlx::query_as(
        "SELECT document, initials, status, frameworks, sha256, created_at FROM profile_prints WHERE code = $1",
    )
    .bind(code.as_str())
    .fetch_optional(db)
    .await?;
    Ok(row.map(|s| PrintRecord {
        code: code.clone(),
        document: s.document,
        initials: s.initials,
        status: s.status,
        frameworks: s.frameworks,
        printed_at: s.created_at,
        sha256: s.sha256,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, frameworks::tests::published, mappings, users};
    use crate::i18n::Locale;

    db_test!(
        async fn a_recorded_print_is_found_by_its_code_and_no_other(t) {
            let p = users::create(
                &t.db,
                "p@x.se",
                "Pia Ek",
                "h",
                Locale::BASE,
            )
            .await
            .unwrap()
            .unwrap();
            let m = mappings::start(&t.db, p, published(&t.db).await)
                .await
                .unwrap();
            let print = PrintRecord {
                code: new_code(),
                document: crate::domain::verification::Document::Statement,
                initials: "P. E.".into(),
                status: MappingStatus::Draft,
                frameworks: "X v1".into(),
                printed_at: crate::db::now(),
                sha256: "ab".repeat(32),
            };
            record(&t.db, m, &print).await.unwrap();
            assert_eq!(find(&t.db, &print.code).await.unwrap(), Some(print.clone()));
            assert_eq!(find(&t.db, &new_code()).await.unwrap(), None);
            assert_ne!(new_code(), new_code());
        }
    );
}
