-- Redaction by the security officer (issue 25). An entry written from now on stores the SHA-256 of its details,
-- and its link covers that digest instead of the details, so a detail can be replaced by 「（削除済み）」 (recorded by
-- a later REDACT entry) and the chain still verifies. Older entries keep their links over the details themselves
-- (details_digest NULL) and are verified as before; they cannot be redacted.
ALTER TABLE audit_entry ADD COLUMN details_digest CHAR(64);

-- A stored text version replaced by 「（削除済み）」: who, when and why (the texts themselves are then gone).
ALTER TABLE sns_guideline ADD COLUMN redacted_by VARCHAR(100);
ALTER TABLE sns_guideline ADD COLUMN redacted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sns_guideline ADD COLUMN redaction_reason VARCHAR(500);
ALTER TABLE sns_procedure ADD COLUMN redacted_by VARCHAR(100);
ALTER TABLE sns_procedure ADD COLUMN redacted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sns_procedure ADD COLUMN redaction_reason VARCHAR(500);
