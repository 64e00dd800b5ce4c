-- The dashboard counts the items due in the database and reads only the first rows of each kind, the earliest due
-- first (DueDateSource#count, #first). These indexes give those rows in that order without sorting every item due
-- (certifications, contracts' ends), and a user's own contracts for those who see only the items they answer for.
CREATE INDEX certification_until_id_idx ON certification (valid_until, id);
CREATE INDEX contract_end_idx ON contract (period_end, id);
CREATE INDEX contract_author_idx ON contract (created_by);
