-- 委託事業者の選定: classification levels, evidence files, the contractor register, certifications,
-- selection checklists (versioned), vettings and subcontracting (再委託).

-- 機密性 (confidentiality) levels of the 総務省 guideline, revised 2024-10-02. Reference data: a later
-- revision of the guideline is a data change. rank orders them (higher = more confidential).
CREATE TABLE confidentiality_level (
    code      VARCHAR(4)   NOT NULL PRIMARY KEY,
    rank      INTEGER      NOT NULL,
    label     VARCHAR(40)  NOT NULL,
    label_en  VARCHAR(60)  NOT NULL,
    summary   VARCHAR(300) NOT NULL,
    summary_en VARCHAR(300) NOT NULL,
    CONSTRAINT confidentiality_level_rank_unique UNIQUE (rank)
);
INSERT INTO confidentiality_level (code, rank, label, label_en, summary, summary_en) VALUES
 ('3A', 5, '自治体機密性3A', 'Municipal confidentiality 3A',
  '秘密文書に相当する機密性を要する情報', 'Information equivalent to secret documents'),
 ('3B', 4, '自治体機密性3B', 'Municipal confidentiality 3B',
  '漏えい等により住民の権利を著しく侵害するおそれがある情報', 'A leak could seriously harm residents'' rights'),
 ('3C', 3, '自治体機密性3C', 'Municipal confidentiality 3C',
  '漏えい等により行政事務の遂行等に支障を及ぼすおそれがある情報', 'A leak could hinder the conduct of administration'),
 ('2', 2, '自治体機密性2', 'Municipal confidentiality 2',
  '秘密文書に相当しないが、直ちに一般に公表することを前提としていない情報', 'Not secret, but not meant for immediate publication'),
 ('1', 1, '自治体機密性1', 'Municipal confidentiality 1',
  '機密性2以上に該当しない情報（公開情報）', 'Everything else (public information)');

-- Uploaded evidence: metadata here, the bytes in evidence_content so lists never load them.
CREATE SEQUENCE evidence_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evidence_file (
    id           BIGINT        NOT NULL PRIMARY KEY,
    file_name    VARCHAR(200)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  VARCHAR(100)  NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE TABLE evidence_content (
    evidence_id  BIGINT NOT NULL PRIMARY KEY,
    content      BYTEA  NOT NULL,
    CONSTRAINT evidence_content_file FOREIGN KEY (evidence_id) REFERENCES evidence_file (id)
);

-- 委託事業者. name_key / kana_key are the normalised search keys (NFKC, legal form removed, katakana),
-- so that a search is a prefix match on an index, as fast with 100,000 rows as with 1,000.
CREATE SEQUENCE contractor_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contractor (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    name_kana            VARCHAR(200)  NOT NULL,
    name_key             VARCHAR(200)  NOT NULL,
    kana_key             VARCHAR(200)  NOT NULL,
    corporate_number     CHAR(13),
    sole_proprietor      BOOLEAN       NOT NULL,
    address              VARCHAR(300)  NOT NULL,
    representative       VARCHAR(100)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    status_rank          SMALLINT      DEFAULT 0 NOT NULL,
    risk_tier            VARCHAR(10),
    risk_rank            SMALLINT      DEFAULT 0 NOT NULL,
    vetting_valid_until  DATE,
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT contractor_corporate_number_unique UNIQUE (corporate_number),
    CONSTRAINT contractor_number_or_sole CHECK (corporate_number IS NOT NULL OR sole_proprietor)
);
CREATE INDEX contractor_kana_idx ON contractor (kana_key, id);
CREATE INDEX contractor_name_idx ON contractor (name_key, id);
CREATE INDEX contractor_status_kana_idx ON contractor (status, kana_key, id);
CREATE INDEX contractor_tier_kana_idx ON contractor (risk_tier, kana_key, id);
CREATE INDEX contractor_status_tier_kana_idx ON contractor (status, risk_tier, kana_key, id);
CREATE INDEX contractor_valid_until_idx ON contractor (vetting_valid_until, id);
-- Sorting by status or tier follows the lifecycle and the severity (候補 … 取引終了, 低 … 高), not the codes.
CREATE INDEX contractor_status_rank_idx ON contractor (status_rank, id);
CREATE INDEX contractor_risk_rank_idx ON contractor (risk_rank, id);
CREATE INDEX contractor_number_idx ON contractor (corporate_number, id);

CREATE TABLE contractor_contact (
    contractor_id  BIGINT       NOT NULL,
    position       INTEGER      NOT NULL,
    name           VARCHAR(100) NOT NULL,
    department     VARCHAR(100),
    email          VARCHAR(254),
    phone          VARCHAR(30),
    PRIMARY KEY (contractor_id, position),
    CONSTRAINT contractor_contact_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id)
);

-- The city's departments that use the contractor.
CREATE TABLE contractor_department (
    contractor_id  BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (contractor_id, department_id),
    CONSTRAINT contractor_department_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id),
    CONSTRAINT contractor_department_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX contractor_department_dept_idx ON contractor_department (department_id);

-- Every status change with its reason and actor (the audit log has the same, this is the business view).
CREATE SEQUENCE contractor_status_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contractor_status_change (
    id             BIGINT        NOT NULL PRIMARY KEY,
    contractor_id  BIGINT        NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)   NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contractor_status_change_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id)
);
CREATE INDEX contractor_status_change_idx ON contractor_status_change (contractor_id, changed_at);

CREATE SEQUENCE certification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE certification (
    id             BIGINT        NOT NULL PRIMARY KEY,
    contractor_id  BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    kind_other     VARCHAR(100),
    number         VARCHAR(100)  NOT NULL,
    issuer         VARCHAR(200)  NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_until    DATE          NOT NULL,
    evidence_id    BIGINT,
    version        BIGINT        NOT NULL,
    CONSTRAINT certification_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id),
    CONSTRAINT certification_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_file (id),
    CONSTRAINT certification_period CHECK (valid_until >= valid_from)
);
CREATE INDEX certification_contractor_idx ON certification (contractor_id, valid_until);
CREATE INDEX certification_until_idx ON certification (valid_until, contractor_id);

-- 選定チェックリスト: versioned reference data. A published version never changes; editing publishes a new one.
CREATE SEQUENCE selection_checklist_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE selection_checklist (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version_no    INTEGER       NOT NULL,
    note          VARCHAR(500)  NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT selection_checklist_version_unique UNIQUE (version_no)
);
CREATE SEQUENCE checklist_item_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE checklist_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    checklist_id  BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    text          VARCHAR(500)  NOT NULL,
    text_en       VARCHAR(500),
    my_number_only BOOLEAN      NOT NULL,
    essential     BOOLEAN       NOT NULL,
    CONSTRAINT checklist_item_checklist FOREIGN KEY (checklist_id) REFERENCES selection_checklist (id),
    CONSTRAINT checklist_item_code_unique UNIQUE (checklist_id, code)
);

-- Version 1, seeded from domain.md section 3 (委託事業者の選定) and the My Number items.
INSERT INTO selection_checklist (id, version_no, note, published_at, published_by, version)
VALUES (1, 1, '初版（総務省ガイドライン第3章に基づく選定項目）', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);
INSERT INTO checklist_item (id, checklist_id, position, code, text, text_en, my_number_only, essential) VALUES
 (1, 1, 1, 'RULES', '情報セキュリティに関する内部規程（基本方針・対策基準等）を定め、運用している', 'Has and applies internal information security rules', FALSE, TRUE),
 (2, 1, 2, 'TRAINING', '従業者に対する情報セキュリティ教育を定期的に実施している', 'Trains its staff in information security regularly', FALSE, TRUE),
 (3, 1, 3, 'MEASURES', '委託する業務内容に見合った情報セキュリティ対策を講じている', 'Has security measures that fit the work', FALSE, TRUE),
 (4, 1, 4, 'CERTIFICATION', '第三者認証（ISMS（ISO/IEC 27001）、プライバシーマーク、クラウドの場合はISMAP等）を取得している', 'Holds third-party certification (ISMS / ISO/IEC 27001, PrivacyMark, ISMAP for cloud)', FALSE, FALSE),
 (5, 1, 5, 'AUDIT', '情報セキュリティ監査（内部・外部）の実施実績がある', 'Has a record of internal or external security audits', FALSE, FALSE),
 (6, 1, 6, 'INCIDENTS', '過去の情報セキュリティ事故の有無と再発防止策を確認した（事故なし、又は対策済み）', 'Incident history checked (none, or remedied)', FALSE, TRUE),
 (7, 1, 7, 'SUBCONTRACT', '再委託の予定・範囲・再委託先の管理方法が明らかである', 'Subcontracting plans, scope and supervision are clear', FALSE, FALSE),
 (8, 1, 8, 'LOCATION', '情報の保管・処理場所（国内・国外、データセンター等）が明らかで、適切である', 'Where data is stored and processed is known and appropriate', FALSE, TRUE),
 (9, 1, 9, 'MN_FACILITY', '【特定個人情報】取扱区域の管理等、物理的安全管理措置が講じられた設備である', '[My Number] Facilities with physical safeguards', TRUE, TRUE),
 (10, 1, 10, 'MN_TECH', '【特定個人情報】安全管理措置を実施できる技術水準を有している', '[My Number] Technical level to apply the safeguards', TRUE, TRUE),
 (11, 1, 11, 'MN_STAFF', '【特定個人情報】従業者に対する監督・教育の体制がある', '[My Number] Supervision and education of staff', TRUE, TRUE),
 (12, 1, 12, 'MN_STABILITY', '【特定個人情報】経営環境（事業の安定性）に問題がない', '[My Number] Business stability', TRUE, FALSE);

-- 審査 (vetting): one contractor, one piece of work, one checklist version. Never overwritten.
CREATE SEQUENCE vetting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE vetting (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    contractor_id      BIGINT        NOT NULL,
    checklist_id       BIGINT        NOT NULL,
    work_description   VARCHAR(500)  NOT NULL,
    confidentiality    VARCHAR(4)    NOT NULL,
    personal_info      BOOLEAN       NOT NULL,
    my_number          BOOLEAN       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    risk_tier          VARCHAR(10),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    submitted_by       VARCHAR(100),
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(100),
    decision_reason    VARCHAR(1000),
    valid_until        DATE,
    version            BIGINT        NOT NULL,
    CONSTRAINT vetting_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id),
    CONSTRAINT vetting_checklist FOREIGN KEY (checklist_id) REFERENCES selection_checklist (id),
    CONSTRAINT vetting_level FOREIGN KEY (confidentiality) REFERENCES confidentiality_level (code),
    CONSTRAINT vetting_four_eyes CHECK (decided_by IS NULL OR submitted_by IS NULL OR decided_by <> submitted_by)
);
CREATE INDEX vetting_contractor_idx ON vetting (contractor_id, created_at);
CREATE INDEX vetting_status_idx ON vetting (status, submitted_at);

CREATE SEQUENCE vetting_answer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE vetting_answer (
    id           BIGINT        NOT NULL PRIMARY KEY,
    vetting_id   BIGINT        NOT NULL,
    item_id      BIGINT        NOT NULL,
    answer       VARCHAR(20),
    comment      VARCHAR(1000),
    evidence_id  BIGINT,
    CONSTRAINT vetting_answer_vetting FOREIGN KEY (vetting_id) REFERENCES vetting (id),
    CONSTRAINT vetting_answer_item FOREIGN KEY (item_id) REFERENCES checklist_item (id),
    CONSTRAINT vetting_answer_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_file (id),
    CONSTRAINT vetting_answer_unique UNIQUE (vetting_id, item_id)
);

-- 再委託: prime contractor -> subcontractor, counted only once the city has approved it.
CREATE SEQUENCE subcontracting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE subcontracting (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    contractor_id       BIGINT        NOT NULL,
    subcontractor_id    BIGINT        NOT NULL,
    scope               VARCHAR(500),
    confidentiality     VARCHAR(4)    NOT NULL,
    my_number           BOOLEAN       NOT NULL,
    approved            BOOLEAN       NOT NULL,
    approval_reference  VARCHAR(100),
    approved_by         VARCHAR(100),
    approved_at         TIMESTAMP WITH TIME ZONE,
    registered_by       VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT subcontracting_prime FOREIGN KEY (contractor_id) REFERENCES contractor (id),
    CONSTRAINT subcontracting_sub FOREIGN KEY (subcontractor_id) REFERENCES contractor (id),
    CONSTRAINT subcontracting_level FOREIGN KEY (confidentiality) REFERENCES confidentiality_level (code),
    CONSTRAINT subcontracting_not_self CHECK (contractor_id <> subcontractor_id),
    CONSTRAINT subcontracting_pair_unique UNIQUE (contractor_id, subcontractor_id)
);
CREATE INDEX subcontracting_sub_idx ON subcontracting (subcontractor_id);
