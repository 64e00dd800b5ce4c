-- 期限管理: review reminders and notifications.
--
-- The reminder job derives due items from the dates of every capability (contracts, obligations, certifications,
-- vetting, external services, social media accounts). An item that reaches one of its thresholds (e.g. 60, 30, 7
-- and 0 days before, then weekly while overdue) is written once to due_item; each threshold once to reminder; each
-- recipient once to notification. The unique constraints make "once" hold whatever runs; job_lock serialises the
-- runs of all servers (SELECT ... FOR UPDATE on its row), so a second run finds the first one's rows.

-- One row per job; a run locks its row for the length of its transaction.
CREATE TABLE job_lock (
    name              VARCHAR(50)   NOT NULL PRIMARY KEY,
    last_run_on       DATE,
    last_started_at   TIMESTAMP WITH TIME ZONE,
    last_finished_at  TIMESTAMP WITH TIME ZONE,
    last_result       VARCHAR(300),
    version           BIGINT        NOT NULL
);
INSERT INTO job_lock (name, version) VALUES ('reminders', 0);

-- A dated item that has come due (reached its first threshold). item_key names the record (kind:id); a new due
-- date (a renewed certificate, a moved review) is a new due item. link_id: the record whose page shows it (the
-- contractor of a certification, the service of a usage). resolved_at: the first run that no longer found
-- it due (done, renewed, ended or deleted); last_seen_on the day of the last run that still found it open, so an item
-- resolved with last_seen_on after its due date was done late. The yearly self-inspection report reads this table.
CREATE SEQUENCE due_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE due_item (
    id              BIGINT        NOT NULL PRIMARY KEY,
    item_key        VARCHAR(100)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    subject_id      BIGINT        NOT NULL,
    link_id         BIGINT        NOT NULL,
    due_date        DATE          NOT NULL,
    title           VARCHAR(400)  NOT NULL,
    contractor_id   BIGINT,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_threshold  VARCHAR(10)   NOT NULL,
    last_seen_on    DATE          NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT due_item_once UNIQUE (item_key, due_date)
);
CREATE INDEX due_item_open_idx ON due_item (resolved_at, due_date);
CREATE INDEX due_item_due_idx ON due_item (due_date, kind);

-- A threshold an item reached: D60, D30, D7, D0 (days before), O1, O8, O15 ... (days overdue). days_left: from the
-- run's date to the due date (negative when overdue), as the mail says it.
CREATE SEQUENCE reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reminder (
    id           BIGINT       NOT NULL PRIMARY KEY,
    due_item_id  BIGINT       NOT NULL,
    threshold    VARCHAR(10)  NOT NULL,
    days_left    INTEGER      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_item FOREIGN KEY (due_item_id) REFERENCES due_item (id),
    CONSTRAINT reminder_once UNIQUE (due_item_id, threshold)
);

-- Who a reminder goes to: user:<name>, role:<realm role> (e.g. the security officers, on escalation) or
-- contractor:<id> (the contractor's portal users). mail_state: PENDING until the mail step has put its mails in
-- the outbox (QUEUED), or found no address (NO_ADDRESS).
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    reminder_id  BIGINT        NOT NULL,
    recipient    VARCHAR(120)  NOT NULL,
    escalation   BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    mail_state   VARCHAR(20)   NOT NULL,
    mail_count   INTEGER       NOT NULL,
    CONSTRAINT notification_reminder FOREIGN KEY (reminder_id) REFERENCES reminder (id),
    CONSTRAINT notification_once UNIQUE (reminder_id, recipient),
    CONSTRAINT notification_mail_state CHECK (mail_state IN ('PENDING', 'QUEUED', 'NO_ADDRESS'))
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at);
CREATE INDEX notification_mail_idx ON notification (mail_state, id);

-- Which user has read which reminder (once per reminder, however many of its notifications reach the user).
CREATE TABLE notification_read (
    reminder_id  BIGINT        NOT NULL,
    username     VARCHAR(100)  NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_read_pk PRIMARY KEY (reminder_id, username),
    CONSTRAINT notification_read_reminder FOREIGN KEY (reminder_id) REFERENCES reminder (id)
);

-- A personal iCalendar feed. Only the SHA-256 of its secret is kept: the address is shown once, when made.
-- Revoking keeps the row (who, when) and ends the address. roles: the user's portal roles when it was made (the
-- feed lists what those roles are reminded of); a user whose roles change makes a new address.
CREATE SEQUENCE calendar_feed_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE calendar_feed (
    id             BIGINT        NOT NULL PRIMARY KEY,
    username       VARCHAR(100)  NOT NULL,
    contractor_id  BIGINT,
    roles          VARCHAR(200)  NOT NULL,
    token_hash     CHAR(64)      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    last_used_at   TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL,
    CONSTRAINT calendar_feed_token UNIQUE (token_hash)
);
CREATE INDEX calendar_feed_user_idx ON calendar_feed (username, revoked_at);

-- Social media accounts are reviewed yearly (domain: review cadence). NULL until the first review is recorded:
-- the account is then due a year after it opened.
ALTER TABLE sns_account ADD COLUMN review_due DATE;
ALTER TABLE sns_account ADD COLUMN reviewed_on DATE;
ALTER TABLE sns_account ADD COLUMN reviewed_by VARCHAR(100);
CREATE INDEX sns_account_review_idx ON sns_account (status, review_due);

-- The reminder run reads these dates as ranges.
CREATE INDEX external_service_review_idx ON external_service (review_date);
CREATE INDEX external_service_listing_idx ON external_service (ismap_listed_until);
CREATE INDEX external_exception_expiry_idx ON external_service_exception (expires_on);
CREATE INDEX sns_account_last_post_idx ON sns_account (status, last_post_on);
