-- 事故・インシデント報告 (policy 6(7), 6(8)): incidents at contractors, external services, official social media
-- accounts or the city itself, their timeline that only grows, the legal reports made, the rules that say which
-- reports are due when (reference data the security officer keeps), and corrective actions (是正・再発防止措置),
-- the one mechanism incidents, audits and self-inspection share.

-- Legal reporting rules (reference data; docs/incidents.md gives the basis; to be checked against the current
-- guidelines, checked_on says when it last was). An incident is reportable under a rule when it involves the rule's
-- kind of information (PERSONAL_INFO or MY_NUMBER) and any of the rule's triggers holds. Days count from the day the
-- city knew of the incident; known_day_is_day_one counts that day as the first (期間の計算: 知った日を1日目とする).
CREATE TABLE incident_report_rule (
    code                       VARCHAR(20)   NOT NULL PRIMARY KEY,
    name                       VARCHAR(100)  NOT NULL,
    name_en                    VARCHAR(100)  NOT NULL,
    basis                      VARCHAR(1000) NOT NULL,
    applies_to                 VARCHAR(20)   NOT NULL,
    on_sensitive               BOOLEAN       NOT NULL,
    on_property_damage         BOOLEAN       NOT NULL,
    on_unauthorised_purpose    BOOLEAN       NOT NULL,
    on_any                     BOOLEAN       NOT NULL,
    count_over                 INTEGER,
    preliminary_days           INTEGER       NOT NULL,
    final_days                 INTEGER       NOT NULL,
    final_days_unauthorised    INTEGER       NOT NULL,
    known_day_is_day_one       BOOLEAN       NOT NULL,
    checked_on                 DATE          NOT NULL,
    check_note                 VARCHAR(500),
    active                     BOOLEAN       NOT NULL,
    version                    BIGINT        NOT NULL,
    CONSTRAINT incident_report_rule_applies CHECK (applies_to IN ('PERSONAL_INFO', 'MY_NUMBER')),
    CONSTRAINT incident_report_rule_days CHECK (preliminary_days BETWEEN 0 AND 60 AND final_days BETWEEN 1 AND 365
        AND final_days_unauthorised BETWEEN 1 AND 365),
    CONSTRAINT incident_report_rule_count CHECK (count_over IS NULL OR count_over >= 0)
);
INSERT INTO incident_report_rule (code, name, name_en, basis, applies_to, on_sensitive, on_property_damage,
        on_unauthorised_purpose, on_any, count_over, preliminary_days, final_days, final_days_unauthorised,
        known_day_is_day_one, checked_on, check_note, active, version) VALUES
 ('APPI_PUBLIC', '個人情報保護委員会への漏えい等報告', 'Breach report to the Personal Information Protection Commission',
  '個人情報の保護に関する法律 第68条第1項、同法施行規則 第43条（報告対象事態：要配慮個人情報、財産的被害のおそれ、不正の目的のおそれ、本人の数が100人超）・第44条（速報は知った後速やかに、確報は30日以内、不正の目的のおそれがある場合は60日以内）',
  'PERSONAL_INFO', TRUE, TRUE, TRUE, FALSE, 100, 5, 30, 60, TRUE, DATE '2026-11-01',
  '速報の期限は「速やかに」の目安（ガイドラインで概ね3〜5日）。条例要配慮個人情報は要配慮個人情報として入力する。最新の規則・ガイドラインと照合すること。', TRUE, 0),
 ('MY_NUMBER', '特定個人情報の漏えい等報告', 'Breach report on My Number data (Specific Personal Information)',
  '行政手続における特定の個人を識別するための番号の利用等に関する法律 第29条の4第1項、特定個人情報の漏えい等に関する報告等に関する規則 第2条（報告対象事態：不正の目的のおそれ、本人の数が100人超 等）・第3条（速報は速やかに、確報は30日以内、不正の目的のおそれがある場合は60日以内）',
  'MY_NUMBER', FALSE, FALSE, TRUE, FALSE, 100, 5, 30, 60, TRUE, DATE '2026-11-01',
  '情報提供ネットワークシステム等からの漏えい、不特定多数が閲覧できる状態は「該当する（その他）」として扱う。最新の規則と照合すること。', TRUE, 0);

-- An incident. subject says what it concerns; the ids that apply are set (a contract's contractor and department are
-- copied for lists and scope). status: DRAFT (a contractor's report not yet sent, seen only by its author's
-- contractor), REPORTED (waiting for acknowledgement), HANDLING, CLOSED. known_on is the day the city knew, from
-- which the legal clocks count. escalated_at: when the escalation for a missing acknowledgement went out.
CREATE SEQUENCE incident_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE incident (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    incident_number         VARCHAR(20),
    subject                 VARCHAR(20)    NOT NULL,
    contract_id             BIGINT,
    external_service_id     BIGINT,
    sns_account_id          BIGINT,
    contractor_id           BIGINT,
    department_id           BIGINT,
    title                   VARCHAR(200)   NOT NULL,
    what_happened           VARCHAR(4000)  NOT NULL,
    found_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    known_on                DATE,
    confidentiality         VARCHAR(4),
    personal_info           BOOLEAN        NOT NULL,
    sensitive_info          BOOLEAN        NOT NULL,
    my_number               BOOLEAN        NOT NULL,
    property_damage         BOOLEAN        NOT NULL,
    unauthorised_purpose    BOOLEAN        NOT NULL,
    affected_count          INTEGER,
    actions_so_far          VARCHAR(2000),
    channel                 VARCHAR(20)    NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    reported_at             TIMESTAMP WITH TIME ZONE,
    reported_by             VARCHAR(100),
    reported_by_name        VARCHAR(100),
    reporter_kind           VARCHAR(20)    NOT NULL,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_by         VARCHAR(100),
    escalated_at            TIMESTAMP WITH TIME ZONE,
    notify_persons          VARCHAR(20),
    notify_reason           VARCHAR(1000),
    publication             VARCHAR(20),
    publication_reason      VARCHAR(1000),
    contract_measure        VARCHAR(30),
    contract_measure_reason VARCHAR(1000),
    closed_at               TIMESTAMP WITH TIME ZONE,
    closed_by               VARCHAR(100),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    version                 BIGINT         NOT NULL,
    CONSTRAINT incident_subject CHECK (subject IN ('CONTRACT', 'EXTERNAL_SERVICE', 'SNS_ACCOUNT', 'CITY')),
    CONSTRAINT incident_subject_ids CHECK ((subject <> 'CONTRACT' OR contract_id IS NOT NULL)
        AND (subject <> 'EXTERNAL_SERVICE' OR external_service_id IS NOT NULL)
        AND (subject <> 'SNS_ACCOUNT' OR sns_account_id IS NOT NULL)),
    CONSTRAINT incident_status CHECK (status IN ('DRAFT', 'REPORTED', 'HANDLING', 'CLOSED')),
    CONSTRAINT incident_channel CHECK (channel IN ('PORTAL', 'PHONE', 'MAIL', 'PROVIDER_NOTICE', 'STAFF')),
    CONSTRAINT incident_reporter_kind CHECK (reporter_kind IN ('CONTRACTOR', 'STAFF')),
    CONSTRAINT incident_reported CHECK (status = 'DRAFT' OR (reported_at IS NOT NULL AND incident_number IS NOT NULL
        AND known_on IS NOT NULL)),
    CONSTRAINT incident_closed CHECK (status <> 'CLOSED' OR closed_at IS NOT NULL),
    CONSTRAINT incident_count CHECK (affected_count IS NULL OR affected_count >= 0),
    CONSTRAINT incident_number_unique UNIQUE (incident_number),
    CONSTRAINT incident_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT incident_service FOREIGN KEY (external_service_id) REFERENCES external_service (id),
    CONSTRAINT incident_sns FOREIGN KEY (sns_account_id) REFERENCES sns_account (id),
    CONSTRAINT incident_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id),
    CONSTRAINT incident_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT incident_level FOREIGN KEY (confidentiality) REFERENCES confidentiality_level (code)
);
CREATE INDEX incident_status_idx ON incident (status, reported_at);
CREATE INDEX incident_contractor_idx ON incident (contractor_id, status);
CREATE INDEX incident_contract_idx ON incident (contract_id);

-- The timeline: entries are only ever added. author_kind tells a contractor's user from staff.
CREATE SEQUENCE incident_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE incident_entry (
    id             BIGINT         NOT NULL PRIMARY KEY,
    incident_id    BIGINT         NOT NULL,
    kind           VARCHAR(30)    NOT NULL,
    entry_text     VARCHAR(4000),
    author         VARCHAR(100)   NOT NULL,
    author_name    VARCHAR(100)   NOT NULL,
    author_kind    VARCHAR(20)    NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT incident_entry_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT incident_entry_kind CHECK (kind IN ('FIRST_REPORT', 'ACKNOWLEDGED', 'FOLLOW_UP', 'DETAILED_REPORT',
        'COUNTERMEASURE', 'LEGAL_REPORT', 'DECISION', 'ESCALATED', 'FACTS_CHANGED', 'CLOSED')),
    CONSTRAINT incident_entry_author_kind CHECK (author_kind IN ('CONTRACTOR', 'STAFF', 'SYSTEM'))
);
CREATE INDEX incident_entry_incident_idx ON incident_entry (incident_id, written_at);

CREATE TABLE incident_entry_file (
    entry_id          BIGINT  NOT NULL,
    position          INTEGER NOT NULL,
    evidence_file_id  BIGINT  NOT NULL,
    CONSTRAINT incident_entry_file_pk PRIMARY KEY (entry_id, position),
    CONSTRAINT incident_entry_file_entry FOREIGN KEY (entry_id) REFERENCES incident_entry (id),
    CONSTRAINT incident_entry_file_file FOREIGN KEY (evidence_file_id) REFERENCES evidence_file (id),
    CONSTRAINT incident_entry_file_once UNIQUE (evidence_file_id)
);

-- A legal report made (速報 PRELIMINARY or 確報 FINAL under a rule): when, by whom, with what reference.
CREATE SEQUENCE incident_legal_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE incident_legal_report (
    id             BIGINT         NOT NULL PRIMARY KEY,
    incident_id    BIGINT         NOT NULL,
    rule_code      VARCHAR(20)    NOT NULL,
    stage          VARCHAR(20)    NOT NULL,
    made_on        DATE           NOT NULL,
    made_by        VARCHAR(100)   NOT NULL,
    note           VARCHAR(1000),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT incident_legal_report_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT incident_legal_report_rule FOREIGN KEY (rule_code) REFERENCES incident_report_rule (code),
    CONSTRAINT incident_legal_report_stage CHECK (stage IN ('PRELIMINARY', 'FINAL')),
    CONSTRAINT incident_legal_report_once UNIQUE (incident_id, rule_code, stage)
);

-- 是正措置・再発防止策: an action with an owner (a staff user, or a contractor whose users answer it in the portal)
-- and a due date, from an incident's countermeasure (and later an audit finding or a self-inspection item).
-- OPEN -> COMPLETED (the owner says it is done, with a note and files) -> VERIFIED (checked by someone else), or
-- back to OPEN with a comment.
CREATE SEQUENCE corrective_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE corrective_action (
    id               BIGINT         NOT NULL PRIMARY KEY,
    origin           VARCHAR(20)    NOT NULL,
    origin_id        BIGINT         NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    detail           VARCHAR(2000),
    owner_kind       VARCHAR(20)    NOT NULL,
    owner_user       VARCHAR(100),
    contractor_id    BIGINT,
    due_date         DATE           NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    completion_note  VARCHAR(2000),
    completed_at     TIMESTAMP WITH TIME ZONE,
    completed_by     VARCHAR(100),
    verified_at      TIMESTAMP WITH TIME ZONE,
    verified_by      VARCHAR(100),
    return_note      VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT corrective_action_origin CHECK (origin IN ('INCIDENT', 'AUDIT', 'SELF_INSPECTION')),
    CONSTRAINT corrective_action_owner CHECK ((owner_kind = 'STAFF' AND owner_user IS NOT NULL)
        OR (owner_kind = 'CONTRACTOR' AND contractor_id IS NOT NULL)),
    CONSTRAINT corrective_action_status CHECK (status IN ('OPEN', 'COMPLETED', 'VERIFIED')),
    CONSTRAINT corrective_action_four_eyes CHECK (verified_by IS NULL OR verified_by <> completed_by),
    CONSTRAINT corrective_action_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id)
);
CREATE INDEX corrective_action_due_idx ON corrective_action (status, due_date);
CREATE INDEX corrective_action_origin_idx ON corrective_action (origin, origin_id);

CREATE TABLE corrective_action_file (
    action_id         BIGINT  NOT NULL,
    position          INTEGER NOT NULL,
    evidence_file_id  BIGINT  NOT NULL,
    CONSTRAINT corrective_action_file_pk PRIMARY KEY (action_id, position),
    CONSTRAINT corrective_action_file_action FOREIGN KEY (action_id) REFERENCES corrective_action (id),
    CONSTRAINT corrective_action_file_file FOREIGN KEY (evidence_file_id) REFERENCES evidence_file (id),
    CONSTRAINT corrective_action_file_once UNIQUE (evidence_file_id)
);
