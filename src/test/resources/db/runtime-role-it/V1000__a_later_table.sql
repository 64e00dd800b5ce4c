-- AuditLogRuntimeRoleIT: a table that a later migration adds, which the runtime role must be able to use.
CREATE SEQUENCE later_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE later_record (
    id    BIGINT       NOT NULL PRIMARY KEY,
    label VARCHAR(100) NOT NULL
);
