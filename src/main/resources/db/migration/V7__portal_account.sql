-- 委託事業者のポータルアカウント: the contractor representatives the city invited to the portal. Keycloak holds the
-- user (password, TOTP); this table is the portal's record of it and the source of truth for whether it should be
-- enabled. sync_pending marks a record whose Keycloak user has not yet been brought in line (Keycloak was down, or
-- the change was made automatically and is pushed after commit); a periodic job retries those.
CREATE SEQUENCE portal_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE portal_account (
    id                BIGINT        NOT NULL PRIMARY KEY,
    contractor_id     BIGINT        NOT NULL,
    keycloak_user_id  VARCHAR(36),
    username          VARCHAR(255)  NOT NULL,
    email             VARCHAR(255)  NOT NULL,
    family_name       VARCHAR(100)  NOT NULL,
    given_name        VARCHAR(100)  NOT NULL,
    enabled           BOOLEAN       NOT NULL,
    sync_pending      BOOLEAN       NOT NULL,
    last_known_state  VARCHAR(20)   NOT NULL,
    disabled_cause    VARCHAR(30),
    state_reason      VARCHAR(500),
    state_changed_by  VARCHAR(100),
    state_changed_at  TIMESTAMP WITH TIME ZONE,
    invited_by        VARCHAR(100)  NOT NULL,
    invited_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT portal_account_contractor FOREIGN KEY (contractor_id) REFERENCES contractor (id),
    CONSTRAINT portal_account_email_unique UNIQUE (email),
    CONSTRAINT portal_account_username_unique UNIQUE (username),
    CONSTRAINT portal_account_keycloak_unique UNIQUE (keycloak_user_id),
    -- A disabled account always says why (by hand, contractor ended, last contract closed).
    CONSTRAINT portal_account_disabled_cause CHECK (enabled OR disabled_cause IS NOT NULL)
);
CREATE INDEX portal_account_contractor_idx ON portal_account (contractor_id, id);
CREATE INDEX portal_account_pending_idx ON portal_account (sync_pending, id);

-- Keycloak users made for an invitation that failed, whose immediate removal failed too (Keycloak went away in the
-- middle). The same job deletes them from Keycloak and then the row, so no user is left without a portal record.
CREATE SEQUENCE keycloak_cleanup_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE keycloak_cleanup (
    id                BIGINT        NOT NULL PRIMARY KEY,
    keycloak_user_id  VARCHAR(36)   NOT NULL,
    username          VARCHAR(255)  NOT NULL,
    reason            VARCHAR(200)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts          INTEGER       NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT keycloak_cleanup_user_unique UNIQUE (keycloak_user_id)
);
