-- The contract list pages in the database (newest period first): these indexes give a page without sorting every
-- contract, with and without the status filter.
CREATE INDEX contract_period_idx ON contract (period_start DESC, contract_number, id);
CREATE INDEX contract_status_period_idx ON contract (status, period_start DESC, contract_number, id);
