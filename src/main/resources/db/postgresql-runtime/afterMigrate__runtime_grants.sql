-- The rights of the portal's runtime role (VRM_DB_USER, placeholder runtime_role) when another role migrates and owns
-- the schema (VRM_DB_MIGRATION_USER; SECURITY.md, "PostgreSQL: a runtime role that may only add audit entries").
-- Flyway runs this as the owner after every migrate, also when nothing was pending, so tables and sequences added by
-- later migrations get their rights without a change here; every statement can run any number of times.
-- The runtime role gets exactly what the portal uses: no TRUNCATE, REFERENCES or TRIGGER anywhere, no CREATE in the
-- schema, and it can change neither the migrations' history nor an audit entry (except the redaction of its details).

GRANT USAGE ON SCHEMA "${flyway:defaultSchema}" TO "${runtime_role}";

-- Every table: the portal reads, adds, changes and removes its records (JPA and its own SQL).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${flyway:defaultSchema}" TO "${runtime_role}";
REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA "${flyway:defaultSchema}" FROM "${runtime_role}";
-- Every sequence: nextval (USAGE) for new ids; nothing sets a sequence (no UPDATE, so no setval).
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "${flyway:defaultSchema}" TO "${runtime_role}";
REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA "${flyway:defaultSchema}" FROM "${runtime_role}";
-- The same for what the owner creates later, also outside a portal start (e.g. a migration run by hand).
ALTER DEFAULT PRIVILEGES IN SCHEMA "${flyway:defaultSchema}"
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${runtime_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA "${flyway:defaultSchema}"
    GRANT USAGE, SELECT ON SEQUENCES TO "${runtime_role}";

-- The audit log: entries are added and read, never changed or removed. The one exception is the column details,
-- which a security officer's redaction replaces by 「（削除済み）」 (AuditLog.redactEntry / redactRecord: UPDATE
-- audit_entry SET details = ... WHERE seq = ...); the link of an entry covers the digest of its details, so any
-- other value there fails verification, and a blanked detail without its REDACT entry is reported too.
-- REVOKE ALL also takes away column rights given before.
REVOKE ALL ON audit_entry FROM "${runtime_role}";
GRANT SELECT, INSERT ON audit_entry TO "${runtime_role}";
GRANT UPDATE (details) ON audit_entry TO "${runtime_role}";

-- The chain head: read, locked (SELECT ... FOR UPDATE) and moved on by every append; its one row is never added or
-- removed at run time (V1 inserts it).
REVOKE ALL ON audit_chain_head FROM "${runtime_role}";
GRANT SELECT, UPDATE ON audit_chain_head TO "${runtime_role}";

-- The migrations' history: read only (a start with the runtime credential alone then finds nothing pending, or
-- fails on the first pending migration for want of rights).
REVOKE ALL ON "${flyway:table}" FROM "${runtime_role}";
GRANT SELECT ON "${flyway:table}" TO "${runtime_role}";
