-- H2 reads an index in one direction only: a list sorted descending (newest re-vetting date first, kana Z to A)
-- would read and sort the whole table. These indexes keep every descending sort of the register a short index
-- scan, as the ascending ones do. PostgreSQL scans b-trees both ways and needs none of them.
CREATE INDEX contractor_kana_desc_idx ON contractor (kana_key DESC, id DESC);
CREATE INDEX contractor_name_desc_idx ON contractor (name_key DESC, id DESC);
CREATE INDEX contractor_number_desc_idx ON contractor (corporate_number DESC, id DESC);
CREATE INDEX contractor_valid_until_desc_idx ON contractor (vetting_valid_until DESC, id DESC);
CREATE INDEX contractor_status_rank_desc_idx ON contractor (status_rank DESC, id DESC);
CREATE INDEX contractor_risk_rank_desc_idx ON contractor (risk_rank DESC, id DESC);
CREATE INDEX contractor_status_kana_desc_idx ON contractor (status, kana_key DESC, id DESC);
CREATE INDEX contractor_tier_kana_desc_idx ON contractor (risk_tier, kana_key DESC, id DESC);
CREATE INDEX contractor_status_tier_kana_desc_idx ON contractor (status, risk_tier, kana_key DESC, id DESC);
