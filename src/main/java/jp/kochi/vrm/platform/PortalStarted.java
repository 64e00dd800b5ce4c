package jp.kochi.vrm.platform;

/**
 * Fired once the schema is migrated: capabilities observe it to load reference data and, when
 * {@code demoData} is set (the run command sets it), their demo records.
 */
public record PortalStarted(boolean demoData) {
}
