-- Mails the portal sends, written in the same transaction as the change they report (an outbox), then sent by
-- the dispatcher: retried with back-off while the mail server is down, never lost, and sent once. A server
-- claims a mail by setting claimed_until; another server skips it until that time has passed.
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    dedupe_key       VARCHAR(200),
    recipient        VARCHAR(254)             NOT NULL,
    subject          VARCHAR(300)             NOT NULL,
    body             VARCHAR(8000)            NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER                  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    version          BIGINT                   NOT NULL,
    CONSTRAINT outgoing_mail_once UNIQUE (dedupe_key)
);
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (sent_at, next_attempt_at);
