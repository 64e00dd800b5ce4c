-- The tamper-evident audit log: entries are only ever inserted. Each entry's hash covers its content and
-- the previous entry's hash; the single head row holds the newest sequence number and hash, is locked
-- while an entry is appended (so the chain stays linear) and reveals entries deleted from the end.
-- Production: grant the portal's database role INSERT and SELECT only on audit_entry.
CREATE TABLE audit_entry (
    seq          BIGINT                      NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)                NOT NULL,
    action       VARCHAR(40)                 NOT NULL,
    record_type  VARCHAR(100),
    record_id    VARCHAR(100),
    details      VARCHAR(100000)             NOT NULL,
    prev_hash    CHAR(64)                    NOT NULL,
    entry_hash   CHAR(64)                    NOT NULL
);
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id);

CREATE TABLE audit_chain_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
