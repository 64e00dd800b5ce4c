-- Official SNS accounts become public only once a security officer confirms them (issue 25). identity_changed_by is
-- who registered the account or last changed its platform, address or handle; confirmed_by the security officer who
-- confirmed that identity (NULL: not in the public list, the verification API or the open data). The database
-- refuses a confirmation by the one who made the change.
-- Accounts registered before this migration were public already and stay so, marked as confirmed by 'before-V17'
-- (the audit log holds who registered them); a security officer reviews them at their yearly review.
ALTER TABLE sns_account ADD COLUMN identity_changed_by VARCHAR(100);
ALTER TABLE sns_account ADD COLUMN confirmed_by VARCHAR(100);
ALTER TABLE sns_account ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
UPDATE sns_account SET identity_changed_by = created_by, confirmed_by = 'before-V17', confirmed_at = CURRENT_TIMESTAMP;
ALTER TABLE sns_account ALTER COLUMN identity_changed_by SET NOT NULL;
ALTER TABLE sns_account ADD CONSTRAINT sns_account_confirmed
    CHECK ((confirmed_by IS NULL AND confirmed_at IS NULL) OR (confirmed_by IS NOT NULL AND confirmed_at IS NOT NULL));
ALTER TABLE sns_account ADD CONSTRAINT sns_account_confirm_four_eyes
    CHECK (confirmed_by IS NULL OR confirmed_by <> identity_changed_by);
CREATE INDEX sns_account_unconfirmed_idx ON sns_account (confirmed_by);
