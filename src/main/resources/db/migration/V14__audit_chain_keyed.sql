-- The keyed audit chain (issue 25): from the sequence number keyed_from on, each entry's link is
-- HMAC-SHA256(VRM_AUDIT_KEY, previous link || entry digest) instead of the plain SHA-256 digest. Entries written
-- before stay as they are. The portal sets the three columns once, at its first start with a key:
-- keyed_from = last_seq + 1, keyed_sealed_link = last_hash (the end of the unkeyed part), keyed_from_mac = an HMAC
-- over both, so the mark can be neither moved nor removed by someone without the key.
ALTER TABLE audit_chain_head ADD COLUMN keyed_from BIGINT;
ALTER TABLE audit_chain_head ADD COLUMN keyed_sealed_link CHAR(64);
ALTER TABLE audit_chain_head ADD COLUMN keyed_from_mac CHAR(64);
