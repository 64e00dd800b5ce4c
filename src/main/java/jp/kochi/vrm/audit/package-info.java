/**
 * The tamper-evident audit log (監査ログ): an append-only table in which every entry carries a SHA-256 hash
 * over its own content and the previous entry's hash. Every create, update and delete of a business
 * record (through {@link jp.kochi.vrm.audit.AuditedEntity}), every sign-in and sign-out and every refused
 * access is written here; auditors list, filter and verify it.
 */
package jp.kochi.vrm.audit;
