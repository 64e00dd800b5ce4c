-- 公式ソーシャルメディアアカウント: the city's official accounts with their responsible person and deputy, the versioned
-- posting guideline (発信できる情報) and operating procedure (運用手順), and the post log with its self-check.

-- An account. responsible_user / deputy_user are Keycloak user names (an sns-owner edits only accounts naming them);
-- the *_name columns are how people are shown. normalized_address / normalized_handle are the forms the public
-- verification compares (AccountAddress). last_post_on is the newest logged post, for the dormant list.
-- Credentials are never stored: only where they and the recovery codes are kept, and who holds them.
CREATE SEQUENCE sns_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sns_account (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    platform                VARCHAR(20)   NOT NULL,
    platform_other          VARCHAR(60),
    handle                  VARCHAR(100)  NOT NULL,
    normalized_handle       VARCHAR(100)  NOT NULL,
    address                 VARCHAR(500)  NOT NULL,
    normalized_address      VARCHAR(500)  NOT NULL,
    display_name            VARCHAR(200)  NOT NULL,
    department_id           BIGINT        NOT NULL,
    responsible_user        VARCHAR(100)  NOT NULL,
    responsible_name        VARCHAR(100)  NOT NULL,
    deputy_user             VARCHAR(100),
    deputy_name             VARCHAR(100),
    operator                VARCHAR(20)   NOT NULL,
    contract_id             BIGINT,
    purpose                 VARCHAR(1000) NOT NULL,
    audience                VARCHAR(500)  NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    mfa                     BOOLEAN       NOT NULL,
    credential_location     VARCHAR(500)  NOT NULL,
    credential_holder       VARCHAR(200)  NOT NULL,
    credentials_changed_on  DATE,
    opened_on               DATE          NOT NULL,
    last_post_on            DATE,
    created_by              VARCHAR(100)  NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT sns_account_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT sns_account_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT sns_account_platform CHECK (platform IN ('X', 'FACEBOOK', 'INSTAGRAM', 'LINE', 'YOUTUBE', 'TIKTOK', 'NOTE', 'OTHER')),
    CONSTRAINT sns_account_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    CONSTRAINT sns_account_operator CHECK (operator IN ('STAFF', 'CONTRACTOR')),
    CONSTRAINT sns_account_contractor_contract CHECK (operator = 'STAFF' OR contract_id IS NOT NULL),
    CONSTRAINT sns_account_address_unique UNIQUE (normalized_address)
);
CREATE INDEX sns_account_handle_idx ON sns_account (normalized_handle);
CREATE INDEX sns_account_responsible_idx ON sns_account (responsible_user);
CREATE INDEX sns_account_deputy_idx ON sns_account (deputy_user);

-- 発信できる情報: a version of an account's posting guideline. Never changed once written. must_not_post and
-- may_post hold one item per line; the post self-check asks one question per item.
CREATE SEQUENCE sns_guideline_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sns_guideline (
    id                BIGINT         NOT NULL PRIMARY KEY,
    account_id        BIGINT         NOT NULL,
    version_no        INTEGER        NOT NULL,
    may_post          VARCHAR(2000)  NOT NULL,
    must_not_post     VARCHAR(2000)  NOT NULL,
    reply_policy      VARCHAR(1000)  NOT NULL,
    follow_policy     VARCHAR(1000)  NOT NULL,
    posting_hours     VARCHAR(200)   NOT NULL,
    deletion_policy   VARCHAR(1000)  NOT NULL,
    change_note       VARCHAR(500)   NOT NULL,
    created_by        VARCHAR(100)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT sns_guideline_account FOREIGN KEY (account_id) REFERENCES sns_account (id),
    CONSTRAINT sns_guideline_unique UNIQUE (account_id, version_no)
);

-- 運用手順: a version of an account's operating procedure, with what to do when the account is taken over or
-- impersonated. Never changed once written.
CREATE SEQUENCE sns_procedure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sns_procedure (
    id                BIGINT         NOT NULL PRIMARY KEY,
    account_id        BIGINT         NOT NULL,
    version_no        INTEGER        NOT NULL,
    operation         VARCHAR(4000)  NOT NULL,
    incident_response VARCHAR(4000)  NOT NULL,
    change_note       VARCHAR(500)   NOT NULL,
    created_by        VARCHAR(100)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT sns_procedure_account FOREIGN KEY (account_id) REFERENCES sns_account (id),
    CONSTRAINT sns_procedure_unique UNIQUE (account_id, version_no)
);

-- A logged post, checked against the guideline version current when it was logged. A post with a failed check is
-- flagged until the responsible person (or a security officer) resolves it with a note.
CREATE SEQUENCE sns_post_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sns_post (
    id               BIGINT         NOT NULL PRIMARY KEY,
    account_id       BIGINT         NOT NULL,
    guideline_id     BIGINT         NOT NULL,
    posted_on        DATE           NOT NULL,
    content          VARCHAR(1000)  NOT NULL,
    category         VARCHAR(20)    NOT NULL,
    flagged          BOOLEAN        NOT NULL,
    resolved_by      VARCHAR(100),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolution_note  VARCHAR(1000),
    recorded_by      VARCHAR(100)   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT sns_post_account FOREIGN KEY (account_id) REFERENCES sns_account (id),
    CONSTRAINT sns_post_guideline FOREIGN KEY (guideline_id) REFERENCES sns_guideline (id),
    CONSTRAINT sns_post_category CHECK (category IN ('NOTICE', 'EVENT', 'DISASTER', 'TOURISM', 'RECRUITMENT', 'OTHER')),
    CONSTRAINT sns_post_resolution CHECK (resolved_at IS NULL OR (flagged AND resolved_by IS NOT NULL AND resolution_note IS NOT NULL))
);
CREATE INDEX sns_post_account_idx ON sns_post (account_id, posted_on);
CREATE INDEX sns_post_flagged_idx ON sns_post (flagged, resolved_at);

-- The self-check of a post: each guideline item as it was worded then, and the answer.
CREATE TABLE sns_post_check (
    post_id   BIGINT         NOT NULL,
    position  INTEGER        NOT NULL,
    item      VARCHAR(300)   NOT NULL,
    passed    BOOLEAN        NOT NULL,
    CONSTRAINT sns_post_check_pk PRIMARY KEY (post_id, position),
    CONSTRAINT sns_post_check_post FOREIGN KEY (post_id) REFERENCES sns_post (id)
);
