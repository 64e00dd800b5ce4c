-- PostgreSQL uses a b-tree index for LIKE 'prefix%' only under the C collation or with the pattern operator
-- class; these make the register's name, kana and 法人番号 searches index prefix scans in any locale.
CREATE INDEX contractor_kana_pattern_idx ON contractor (kana_key varchar_pattern_ops);
CREATE INDEX contractor_name_pattern_idx ON contractor (name_key varchar_pattern_ops);
CREATE INDEX contractor_number_pattern_idx ON contractor (corporate_number bpchar_pattern_ops);
