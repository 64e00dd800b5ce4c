-- The obligations not yet handed in (or sent back), by due date: the dashboard's first rows in order without
-- reading the many accepted ones (a partial index, PostgreSQL only; H2 has a plain one, V12_1 there).
CREATE INDEX obligation_open_due_idx ON obligation (due_date, id) WHERE status IN ('OPEN', 'RETURNED');
