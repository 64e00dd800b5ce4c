-- 外部サービス（クラウドサービス）: the register of external services, the classification ceiling the portal derives
-- for each, exceptions a security officer grants above it, and the departments' usages of each service.

-- Reference data (domain.md section 5; keep it data, the rule reads it). The highest confidentiality level each
-- basis of assurance allows: a service on standard terms (約款型) only level 1; a negotiated contract without a
-- current ISMAP listing only level 1; a current ISMAP listing up to 3B; ISMAP-LIU (low-impact SaaS) up to 2.
CREATE TABLE external_assurance (
    code        VARCHAR(20)   NOT NULL PRIMARY KEY,
    max_level   VARCHAR(4)    NOT NULL,
    label       VARCHAR(60)   NOT NULL,
    label_en    VARCHAR(80)   NOT NULL,
    CONSTRAINT external_assurance_level FOREIGN KEY (max_level) REFERENCES confidentiality_level (code)
);
INSERT INTO external_assurance (code, max_level, label, label_en) VALUES
 ('STANDARD_TERMS', '1', '約款型サービス', 'Service on standard terms'),
 ('NO_LISTING', '1', '個別契約（ISMAP登録なし）', 'Negotiated contract without an ISMAP listing'),
 ('ISMAP', '3B', 'ISMAP登録', 'ISMAP listing'),
 ('ISMAP_LIU', '2', 'ISMAP-LIU登録', 'ISMAP-LIU listing');

-- Levels that may only be held by a service storing and processing data in Japan under Japanese law.
ALTER TABLE confidentiality_level ADD COLUMN external_domestic_only BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE confidentiality_level SET external_domestic_only = TRUE WHERE code IN ('3A', '3B', '3C');

-- A service. terms: STANDARD_TERMS (約款型, accepted online) or NEGOTIATED (個別契約; contract_id links the contract
-- record when there is one). ismap_status NONE / ISMAP / ISMAP_LIU with its number and listed-until date.
CREATE SEQUENCE external_service_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE external_service (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    name                    VARCHAR(200)  NOT NULL,
    provider_name           VARCHAR(200)  NOT NULL,
    provider_contractor_id  BIGINT,
    kind                    VARCHAR(10)   NOT NULL,
    terms                   VARCHAR(20)   NOT NULL,
    contract_id             BIGINT,
    ismap_status            VARCHAR(10)   NOT NULL,
    ismap_number            VARCHAR(40),
    ismap_listed_until      DATE,
    data_location           VARCHAR(10)   NOT NULL,
    data_regions            VARCHAR(200),
    governing_law           VARCHAR(10)   NOT NULL,
    court                   VARCHAR(100),
    mfa                     BOOLEAN       NOT NULL,
    sso                     BOOLEAN       NOT NULL,
    encryption_at_rest      BOOLEAN       NOT NULL,
    audit_logs              BOOLEAN       NOT NULL,
    deletion_on_exit        BOOLEAN       NOT NULL,
    department_id           BIGINT        NOT NULL,
    responsible_person      VARCHAR(100)  NOT NULL,
    review_date             DATE          NOT NULL,
    notes                   VARCHAR(1000),
    active                  BOOLEAN       NOT NULL,
    created_by              VARCHAR(100)  NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT external_service_provider FOREIGN KEY (provider_contractor_id) REFERENCES contractor (id),
    CONSTRAINT external_service_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT external_service_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT external_service_kind CHECK (kind IN ('SAAS', 'PAAS', 'IAAS', 'OTHER')),
    CONSTRAINT external_service_terms CHECK (terms IN ('STANDARD_TERMS', 'NEGOTIATED')),
    CONSTRAINT external_service_contract_terms CHECK (contract_id IS NULL OR terms = 'NEGOTIATED'),
    CONSTRAINT external_service_ismap CHECK (ismap_status IN ('NONE', 'ISMAP', 'ISMAP_LIU')),
    CONSTRAINT external_service_ismap_facts CHECK (ismap_status = 'NONE'
        OR (ismap_number IS NOT NULL AND ismap_listed_until IS NOT NULL)),
    CONSTRAINT external_service_liu_saas CHECK (ismap_status <> 'ISMAP_LIU' OR kind = 'SAAS'),
    CONSTRAINT external_service_location CHECK (data_location IN ('DOMESTIC', 'OVERSEAS', 'BOTH')),
    CONSTRAINT external_service_law CHECK (governing_law IN ('JAPANESE', 'FOREIGN'))
);
CREATE INDEX external_service_department_idx ON external_service (department_id);

-- An exception a security officer granted: the service may hold information up to level_code until expires_on.
-- Never edited; revoking it sets the revoked_* columns.
CREATE SEQUENCE external_exception_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE external_service_exception (
    id              BIGINT         NOT NULL PRIMARY KEY,
    service_id      BIGINT         NOT NULL,
    level_code      VARCHAR(4)     NOT NULL,
    reason          VARCHAR(1000)  NOT NULL,
    expires_on      DATE           NOT NULL,
    granted_by      VARCHAR(100)   NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by      VARCHAR(100),
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoke_reason   VARCHAR(1000),
    version         BIGINT         NOT NULL,
    CONSTRAINT external_exception_service FOREIGN KEY (service_id) REFERENCES external_service (id),
    CONSTRAINT external_exception_level FOREIGN KEY (level_code) REFERENCES confidentiality_level (code),
    CONSTRAINT external_exception_revoked CHECK (revoked_at IS NULL OR (revoked_by IS NOT NULL AND revoke_reason IS NOT NULL))
);
CREATE INDEX external_exception_service_idx ON external_service_exception (service_id);

-- A department's use of a service for a purpose, with the highest level of information it will put there.
-- status: REQUESTED -> APPROVED / REJECTED; APPROVED -> ENDED; WITHDRAWN by the requester before a decision.
-- The decision is a security officer's other than the requester; an approved usage is reviewed yearly.
CREATE SEQUENCE external_usage_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE external_service_usage (
    id                BIGINT         NOT NULL PRIMARY KEY,
    service_id        BIGINT         NOT NULL,
    department_id     BIGINT         NOT NULL,
    purpose           VARCHAR(1000)  NOT NULL,
    level_code        VARCHAR(4)     NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    requested_by      VARCHAR(100)   NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_comment  VARCHAR(1000),
    review_due        DATE,
    reviewed_by       VARCHAR(100),
    reviewed_at       TIMESTAMP WITH TIME ZONE,
    ended_by          VARCHAR(100),
    ended_at          TIMESTAMP WITH TIME ZONE,
    version           BIGINT         NOT NULL,
    CONSTRAINT external_usage_service FOREIGN KEY (service_id) REFERENCES external_service (id),
    CONSTRAINT external_usage_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT external_usage_level FOREIGN KEY (level_code) REFERENCES confidentiality_level (code),
    CONSTRAINT external_usage_status CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'ENDED')),
    CONSTRAINT external_usage_four_eyes CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CONSTRAINT external_usage_rejection CHECK (status <> 'REJECTED' OR decision_comment IS NOT NULL),
    CONSTRAINT external_usage_review CHECK (status NOT IN ('APPROVED', 'ENDED') OR review_due IS NOT NULL)
);
CREATE INDEX external_usage_service_idx ON external_service_usage (service_id, status);
CREATE INDEX external_usage_department_idx ON external_service_usage (department_id, status);
CREATE INDEX external_usage_status_idx ON external_service_usage (status, review_due);
