-- The obligations by due date, for the dashboard's first rows in order (on PostgreSQL a partial index of the open
-- ones, V12_1 there; H2 has no partial indexes).
CREATE INDEX obligation_open_due_idx ON obligation (due_date, id);
