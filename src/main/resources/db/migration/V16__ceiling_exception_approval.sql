-- Ceiling exceptions need two security officers (issue 25): granted_by is the officer who asked for the exception,
-- approved_by the second officer who approved it; it counts only from then on. Exceptions granted by one officer
-- before this migration wait for a second officer like a new request. The database refuses an approval by the
-- officer who asked, whatever the portal does.
ALTER TABLE external_service_exception ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE external_service_exception ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE external_service_exception ADD CONSTRAINT external_exception_approved
    CHECK ((approved_by IS NULL AND approved_at IS NULL) OR (approved_by IS NOT NULL AND approved_at IS NOT NULL));
ALTER TABLE external_service_exception ADD CONSTRAINT external_exception_four_eyes
    CHECK (approved_by IS NULL OR approved_by <> granted_by);
