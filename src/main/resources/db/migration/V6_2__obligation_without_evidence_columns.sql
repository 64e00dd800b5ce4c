-- The obligation no longer holds a file or a review itself: its submissions do.
ALTER TABLE obligation DROP CONSTRAINT obligation_four_eyes;
ALTER TABLE obligation DROP CONSTRAINT obligation_evidence;
ALTER TABLE obligation DROP COLUMN evidence_id;
ALTER TABLE obligation DROP COLUMN submitted_at;
ALTER TABLE obligation DROP COLUMN submitted_by;
ALTER TABLE obligation DROP COLUMN reviewed_at;
ALTER TABLE obligation DROP COLUMN reviewed_by;
ALTER TABLE obligation DROP COLUMN review_note;
ALTER TABLE obligation ADD CONSTRAINT obligation_status CHECK (status IN ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'RESUBMITTED'));
