-- Obligations recorded before submissions existed become submission no. 1 (always by staff, who were the only
-- ones who could record evidence then), with their review.
INSERT INTO evidence_submission (id, obligation_id, version_no, submitter_kind, submitted_by, submitted_by_name,
        submitted_at, decision, reviewed_by, reviewed_at, review_note, version)
    SELECT nextval('evidence_submission_seq'), o.id, 1, 'STAFF', o.submitted_by, o.submitted_by, o.submitted_at,
           CASE o.status WHEN 'ACCEPTED' THEN 'ACCEPTED' WHEN 'RETURNED' THEN 'RETURNED' ELSE NULL END,
           CASE WHEN o.status IN ('ACCEPTED', 'RETURNED') THEN o.reviewed_by ELSE NULL END,
           CASE WHEN o.status IN ('ACCEPTED', 'RETURNED') THEN o.reviewed_at ELSE NULL END,
           CASE WHEN o.status = 'RETURNED' THEN COALESCE(o.review_note, '-') ELSE o.review_note END,
           1
      FROM obligation o
     WHERE o.evidence_id IS NOT NULL AND o.submitted_by IS NOT NULL AND o.submitted_at IS NOT NULL;
INSERT INTO evidence_submission_file (submission_id, position, evidence_file_id)
    SELECT s.id, 0, o.evidence_id FROM evidence_submission s JOIN obligation o ON o.id = s.obligation_id;
