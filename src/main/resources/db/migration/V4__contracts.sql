-- 契約と情報セキュリティ条項: the clause library (versioned clauses, applicability rules, evidence they
-- require), contracts, the clauses each contract carries, the obligations (dated evidence) concluding a
-- contract creates, and the generated annex PDFs (情報セキュリティに関する特記事項), kept immutable.

-- A clause of the library. chapter: SECURITY (情報セキュリティに関する特記事項) or PERSONAL_INFORMATION
-- (個人情報取扱特記事項). current_version_id is the version new contracts get.
CREATE SEQUENCE clause_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE clause (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    code                VARCHAR(20)   NOT NULL,
    chapter             VARCHAR(30)   NOT NULL,
    category            VARCHAR(30)   NOT NULL,
    sort_order          INTEGER       NOT NULL,
    active              BOOLEAN       NOT NULL,
    current_version_id  BIGINT,
    version             BIGINT        NOT NULL,
    CONSTRAINT clause_code_unique UNIQUE (code)
);

-- The wording of a clause. Never changed once written: editing a clause writes the next version_no.
-- body: one paragraph (項) per line, with placeholders such as {{受託者名}}.
CREATE SEQUENCE clause_version_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE clause_version (
    id           BIGINT         NOT NULL PRIMARY KEY,
    clause_id    BIGINT         NOT NULL,
    version_no   INTEGER        NOT NULL,
    title        VARCHAR(100)   NOT NULL,
    body         VARCHAR(4000)  NOT NULL,
    change_note  VARCHAR(500)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)   NOT NULL,
    version      BIGINT         NOT NULL,
    CONSTRAINT clause_version_clause FOREIGN KEY (clause_id) REFERENCES clause (id),
    CONSTRAINT clause_version_unique UNIQUE (clause_id, version_no)
);
ALTER TABLE clause ADD CONSTRAINT clause_current_version FOREIGN KEY (current_version_id) REFERENCES clause_version (id);

-- Evidence a clause version asks for. timing: BEFORE_START (due offset_days before the period starts),
-- CADENCE (every cadence_months from the start, within the period), AT_END (due offset_days after the end).
CREATE TABLE clause_evidence (
    clause_version_id  BIGINT        NOT NULL,
    position           INTEGER       NOT NULL,
    evidence_name      VARCHAR(100)  NOT NULL,
    timing             VARCHAR(20)   NOT NULL,
    cadence_months     INTEGER,
    offset_days        INTEGER       NOT NULL,
    CONSTRAINT clause_evidence_pk PRIMARY KEY (clause_version_id, position),
    CONSTRAINT clause_evidence_version FOREIGN KEY (clause_version_id) REFERENCES clause_version (id),
    CONSTRAINT clause_evidence_cadence CHECK (timing <> 'CADENCE' OR cadence_months BETWEEN 1 AND 24)
);

-- When a clause is mandatory. One row is a conjunction: every condition set on it must hold (a row with
-- none set always holds); a clause is mandatory when any of its rows holds. No row: optional clause.
CREATE TABLE clause_rule (
    clause_id             BIGINT       NOT NULL,
    position              INTEGER      NOT NULL,
    min_confidentiality   VARCHAR(4),
    personal_info         BOOLEAN      NOT NULL,
    my_number             BOOLEAN      NOT NULL,
    cloud_service         BOOLEAN      NOT NULL,
    on_site_work          BOOLEAN      NOT NULL,
    subcontracting        BOOLEAN      NOT NULL,
    segment               VARCHAR(20),
    min_integrity         SMALLINT,
    min_availability      SMALLINT,
    CONSTRAINT clause_rule_pk PRIMARY KEY (clause_id, position),
    CONSTRAINT clause_rule_clause FOREIGN KEY (clause_id) REFERENCES clause (id),
    CONSTRAINT clause_rule_level FOREIGN KEY (min_confidentiality) REFERENCES confidentiality_level (code)
);

-- 契約. Facts of the work decide the mandatory clauses; status moves only forward
-- (DRAFT -> CONCLUDED -> IN_PROGRESS -> ENDED -> CLOSED).
CREATE SEQUENCE contract_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contract (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    contract_number        VARCHAR(40)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    department_id          BIGINT        NOT NULL,
    contractor_id          BIGINT        NOT NULL,
    period_start           DATE          NOT NULL,
    period_end             DATE          NOT NULL,
    value_yen              BIGINT,
    confidentiality        VARCHAR(4)    NOT NULL,
    integrity              SMALLINT      NOT NULL,
    availability           SMALLINT      NOT NULL,
    segment_my_number      BOOLEAN       NOT NULL,
    segment_lgwan          BOOLEAN       NOT NULL,
    segment_internet       BOOLEAN       NOT NULL,
    personal_info          BOOLEAN       NOT NULL,
    my_number              BOOLEAN       NOT NULL,
    cloud_service          BOOLEAN       NOT NULL,
    on_site_work           BOOLEAN       NOT NULL,
    subcontracting_allowed BOOLEAN       NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    concluded_at           TIMESTAMP WITH TIME ZONE,
    concluded_by           VARCHAR(100),
    started_at             TIMESTAMP WITH TIME ZONE,
    ended_at               TIMESTAMP WITH TIME ZONE,
    closed_at              TIMESTAMP WITH TIME ZONE,
    closed_by              VARCHAR(100),
    version                BIGINT        NOT NULL,
    CONSTRAINT contract_number_unique UNIQUE (contract_number),
    CONSTRAINT contract_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT contract_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id),
    CONSTRAINT contract_level FOREIGN KEY (confidentiality) REFERENCES confidentiality_level (code),
    CONSTRAINT contract_period CHECK (period_end >= period_start),
    CONSTRAINT contract_value CHECK (value_yen IS NULL OR value_yen >= 0),
    CONSTRAINT contract_integrity CHECK (integrity IN (1, 2)),
    CONSTRAINT contract_availability CHECK (availability IN (1, 2))
);
CREATE INDEX contract_contractor_idx ON contract (contractor_id);
CREATE INDEX contract_status_idx ON contract (status, period_end);

-- Approved subcontracting arrangements (再委託) the contract allows.
CREATE TABLE contract_subcontracting (
    contract_id        BIGINT NOT NULL,
    subcontracting_id  BIGINT NOT NULL,
    CONSTRAINT contract_subcontracting_pk PRIMARY KEY (contract_id, subcontracting_id),
    CONSTRAINT contract_subcontracting_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT contract_subcontracting_sub FOREIGN KEY (subcontracting_id) REFERENCES subcontracting (id)
);

-- The clauses a contract carries, at the version it was issued with. A mandatory clause leaves only by a
-- removal a security officer other than the requester approved (removal_state APPROVED).
CREATE SEQUENCE contract_clause_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contract_clause (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    contract_id            BIGINT         NOT NULL,
    clause_id              BIGINT         NOT NULL,
    clause_version_id      BIGINT         NOT NULL,
    mandatory              BOOLEAN        NOT NULL,
    mandatory_reason       VARCHAR(1000),
    removal_state          VARCHAR(20)    NOT NULL,
    removal_reason         VARCHAR(1000),
    removal_requested_by   VARCHAR(100),
    removal_requested_at   TIMESTAMP WITH TIME ZONE,
    removal_decided_by     VARCHAR(100),
    removal_decided_at     TIMESTAMP WITH TIME ZONE,
    removal_decision_note  VARCHAR(1000),
    version                BIGINT         NOT NULL,
    CONSTRAINT contract_clause_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT contract_clause_clause FOREIGN KEY (clause_id) REFERENCES clause (id),
    CONSTRAINT contract_clause_version FOREIGN KEY (clause_version_id) REFERENCES clause_version (id),
    CONSTRAINT contract_clause_unique UNIQUE (contract_id, clause_id),
    CONSTRAINT contract_clause_four_eyes CHECK (removal_decided_by IS NULL OR removal_decided_by <> removal_requested_by)
);

-- 提出義務: one per required evidence per due date, created when the contract is concluded.
CREATE SEQUENCE obligation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE obligation (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    contract_id         BIGINT         NOT NULL,
    contract_clause_id  BIGINT         NOT NULL,
    evidence_name       VARCHAR(100)   NOT NULL,
    timing              VARCHAR(20)    NOT NULL,
    due_date            DATE           NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    evidence_id         BIGINT,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    submitted_by        VARCHAR(100),
    reviewed_at         TIMESTAMP WITH TIME ZONE,
    reviewed_by         VARCHAR(100),
    review_note         VARCHAR(1000),
    version             BIGINT         NOT NULL,
    CONSTRAINT obligation_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT obligation_clause FOREIGN KEY (contract_clause_id) REFERENCES contract_clause (id),
    CONSTRAINT obligation_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_file (id),
    CONSTRAINT obligation_unique UNIQUE (contract_id, evidence_name, due_date),
    CONSTRAINT obligation_four_eyes CHECK (reviewed_by IS NULL OR submitted_by IS NULL OR reviewed_by <> submitted_by)
);
CREATE INDEX obligation_due_idx ON obligation (status, due_date);

-- Generated annex PDFs. Written once, never updated: who, when, SHA-256 of the bytes, and the fingerprint
-- of the content it printed (a new version is made only when that changes).
CREATE SEQUENCE annex_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE annex_version (
    id            BIGINT        NOT NULL PRIMARY KEY,
    contract_id   BIGINT        NOT NULL,
    version_no    INTEGER       NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by  VARCHAR(100)  NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    page_count    INTEGER       NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT annex_version_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT annex_version_unique UNIQUE (contract_id, version_no)
);
CREATE TABLE annex_content (
    annex_id  BIGINT NOT NULL PRIMARY KEY,
    content   BYTEA  NOT NULL,
    CONSTRAINT annex_content_version FOREIGN KEY (annex_id) REFERENCES annex_version (id)
);
