//! The push channel of guidance sessions: a change in a session (an answer written, a
//! proposal, a decision, someone moving to another section, a note, the end) is announced to
//! every open page of it, on whichever Kartla server that page is connected to. On PostgreSQL
//! the announcement goes through the database (`NOTIFY`; every server `LISTEN`s), so several
//! servers on one database hear each other without polling a table; on SQLite (one process)
//! it stays in the process. An announcement carries only the session's id: each page asks
//! again, through the policy, what it may now see.
use crate::db::{Db, Engine};
use crate::domain::SessionId;
use tokio::sync::broadcast;

/// The database channel the servers announce on.
const CHANNEL: &str = "kartla_live";

/// How many announcements a slow listener may fall behind before it is told to read again.
const BACKLOG: usize = 1024;

#[derive(Clone, Debug)]
pub struct Hub {
    tx: broadcast::Sender<SessionId>,
    /// Announce through the database.
    postgres: bool,
}

impl Default for Hub {
    fn default() -> Self {
        Self::in_process()
    }
}

impl Hub {
    /// Announcements within this process only (SQLite, tests).
    pub fn in_process() -> Self {
        let (tx, _) = broadcast::channel(BACKLOG);
        Self {
            tx,
            postgres: false,
        }
    }

    /// The hub for the database at `url`: on PostgreSQL, listening to the other servers
    /// through it (a connection of its own, reconnected when lost).
    pub async fn start(url: &str) -> Result<Self, sqlx::Error> {
        if Engine::of_url(url) != Some(Engine::Postgres) {
            return Ok(Self::in_process());
        }
        let mut listener = sqlx::postgres::PgListener::connect(url).await?;
        listener.listen(CHANNEL).await?;
        let hub = Self {
            postgres: true,
            ..Self::in_process()
        };
        let tx = hub.tx.clone();
        tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(n) => {
                        if let Ok(id) = n.payload().parse::<i64>() {
                            // Nobody listening is fine.
                            let _ = tx.send(SessionId(id));
                        }
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "the live channel is lost; trying again");
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(hub)
    }

    /// Announce a change in `session` to every page of it, on every server. A failure is
    /// logged, never the caller's error: the change itself is saved, and pages that miss the
    /// announcement show it when reloaded.
    pub async fn announce(&self, db: &Db, session: SessionId) {
        if self.postgres {
            // An id is digits only; NOTIFY takes no parameters.
            let sql = format!("NOTIFY {CHANNEL}, '{}'", session.0);
            if let Err(e) = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(db).await {
                tracing::warn!(error = %e, "could not announce a change in a guidance session");
            }
        } else {
            let _ = self.tx.send(session);
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<SessionId> {
        self.tx.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing;

    /// Two hubs on one PostgreSQL database stand for two servers: what one announces, the
    /// other hears (and so does the first, the same way).
    #[tokio::test]
    async fn servers_on_one_postgres_database_hear_each_other() {
        let (url, _) = testing::fresh_url(Engine::Postgres).await;
        let db = crate::db::connect(&url, Some(2)).await.unwrap();
        let (a, b) = (
            Hub::start(&url).await.unwrap(),
            Hub::start(&url).await.unwrap(),
        );
        let (mut hears_a, mut hears_b) = (a.subscribe(), b.subscribe());
        a.announce(&db, SessionId(42)).await;
        let within = std::time::Duration::from_secs(5);
        assert_eq!(
            tokio::time::timeout(within, hears_b.recv())
                .await
                .unwrap()
                .unwrap(),
            SessionId(42)
        );
        assert_eq!(
            tokio::time::timeout(within, hears_a.recv())
                .await
                .unwrap()
                .unwrap(),
            SessionId(42)
        );
    }

    #[tokio::test]
    async fn on_sqlite_the_announcement_stays_in_the_process() {
        let t = testing::fresh(Engine::Sqlite).await;
        let hub = Hub::start(&t.url).await.unwrap();
        let mut rx = hub.subscribe();
        hub.announce(&t.db, SessionId(7)).await;
        assert_eq!(rx.try_recv().unwrap(), SessionId(7));
    }
}
