-- Every timestamp as INTEGER microseconds since 1970-01-01 UTC. On SQLite this migration
-- rebuilds the tables that kept ISO-8601 text; on PostgreSQL every time column has been BIGINT
-- microseconds since 0001, so there is nothing to change. The file exists because sqlx wants
-- the same migrations (versions and descriptions) for both databases.
SELECT 1;
