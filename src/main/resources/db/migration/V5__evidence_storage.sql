-- Evidence files move out of the database: new uploads are kept by the evidence storage (by default files in
-- the data folder) under a generated key. Rows written before keep their bytes in evidence_content
-- (storage_key NULL) and are still served from there.
ALTER TABLE evidence_file ADD COLUMN storage_key VARCHAR(64);
