//! What someone typed into a form that could not be saved yet, kept to give it back: a page
//! without JavaScript is sent again after the refusal, and the words must not be lost.
//! Kept per person and form (`judge-12-345`: case 12, criterion 345), replaced by the next
//! refusal, removed when the form is saved.
use super::Db;
use crate::domain::UserId;

/// Keep `input` (JSON) for `user`'s form `form`.
pub async fn keep(db: &Db, user: UserId, form: &str, input: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO kept_forms (user_id, form, input, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, form) DO UPDATE SET input = excluded.input,
         created_at = excluded.created_at",
    )
    .bind(user)
    .bind(form)
    .bind(input)
    .bind(super::now())
    .execute(db)
    .await?;
    Ok(())
}

/// Forget `user`'s form `form`, once saved.
pub async fn forget(db: &Db, user: UserId, form: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM kept_forms WHERE user_id = $1 AND form = $2")
        .bind(user)
        .bind(form)
        .execute(db)
        .await?;
    Ok(())
}

/// How long refused input is kept: long enough to come back to, not for ever.
pub const KEPT_FOR: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// Remove input kept longer than [`KEPT_FOR`]; how many.
pub async fn prune(db: &Db) -> Result<u64, sqlx::Error> {
    let before = super::now().minus(KEPT_FOR);
    let done = sqlx::query("DELETE FROM kept_forms WHERE created_at < $1")
        .bind(before)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// `user`'s kept forms whose names start with `prefix`: (form, input).
pub async fn with_prefix(
    db: &Db,
    user: UserId,
    prefix: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT form, input FROM kept_forms WHERE user_id = $1 ORDER BY form")
            .bind(user)
            .fetch_all(db)
            .await?;
    Ok(rows
        .into_iter()
        .filter(|(f, _)| f.starts_with(prefix))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, users};
    use crate::i18n::Locale;

    db_test!(
        async fn a_kept_form_is_given_back_replaced_and_forgotten(t) {
            let u = users::create(&t.db, "k@x.se", "K", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            keep(&t.db, u, "judge-1-2", "{\"a\":1}").await.unwrap();
            keep(&t.db, u, "judge-1-2", "{\"a\":2}").await.unwrap();
            keep(&t.db, u, "conclude-1", "{}").await.unwrap();
            keep(&t.db, u, "judge-11-2", "{}").await.unwrap();
            let kept = with_prefix(&t.db, u, "judge-1-").await.unwrap();
            assert_eq!(kept, [("judge-1-2".to_owned(), "{\"a\":2}".to_owned())]);
            forget(&t.db, u, "judge-1-2").await.unwrap();
            assert!(with_prefix(&t.db, u, "judge-1-").await.unwrap().is_empty());
            assert_eq!(with_prefix(&t.db, u, "").await.unwrap().len(), 2);
            assert_eq!(prune(&t.db).await.unwrap(), 0);
            sqlx::query("UPDATE kept_forms SET created_at = $1")
                .bind(crate::db::now().minus(KEPT_FOR).minus(std::time::Duration::from_secs(1)))
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(prune(&t.db).await.unwrap(), 2);
        }
    );
}
