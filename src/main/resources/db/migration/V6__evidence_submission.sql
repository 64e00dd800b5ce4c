-- Evidence is handed in as numbered submissions (one or more files and a comment); each submission is
-- immutable except for its one review decision. Resubmitting after a send-back makes a new version.
CREATE SEQUENCE evidence_submission_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evidence_submission (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    obligation_id       BIGINT                   NOT NULL,
    version_no          INTEGER                  NOT NULL,
    submitter_kind      VARCHAR(20)              NOT NULL,
    submitted_by        VARCHAR(100)             NOT NULL,
    submitted_by_name   VARCHAR(200)             NOT NULL,
    submitter_email     VARCHAR(254),
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submission_comment  VARCHAR(1000),
    decision            VARCHAR(20),
    reviewed_by         VARCHAR(100),
    reviewed_at         TIMESTAMP WITH TIME ZONE,
    review_note         VARCHAR(1000),
    version             BIGINT                   NOT NULL,
    CONSTRAINT evidence_submission_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT evidence_submission_number UNIQUE (obligation_id, version_no),
    CONSTRAINT evidence_submission_kind CHECK (submitter_kind IN ('CONTRACTOR', 'STAFF')),
    CONSTRAINT evidence_submission_decided CHECK (
        (decision IS NULL AND reviewed_by IS NULL AND reviewed_at IS NULL)
        OR (decision IN ('ACCEPTED', 'RETURNED') AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL)),
    CONSTRAINT evidence_submission_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> submitted_by),
    CONSTRAINT evidence_submission_return_note CHECK (decision IS NULL OR decision <> 'RETURNED' OR review_note IS NOT NULL)
);
CREATE INDEX evidence_submission_review_idx ON evidence_submission (decision, submitted_at);

-- The files of a submission, in the order they were handed in. A file belongs to one submission.
CREATE TABLE evidence_submission_file (
    submission_id     BIGINT  NOT NULL,
    position          INTEGER NOT NULL,
    evidence_file_id  BIGINT  NOT NULL,
    CONSTRAINT evidence_submission_file_pk PRIMARY KEY (submission_id, position),
    CONSTRAINT evidence_submission_file_submission FOREIGN KEY (submission_id) REFERENCES evidence_submission (id),
    CONSTRAINT evidence_submission_file_file FOREIGN KEY (evidence_file_id) REFERENCES evidence_file (id),
    CONSTRAINT evidence_submission_file_once UNIQUE (evidence_file_id)
);
