package jp.kochi.vrm.cloud;

/** A usage with its service's ceiling today: {@code above} flags it. */
public record UsageRow(ServiceUsage usage, Ceiling ceiling, boolean above, boolean reviewOverdue) {
}
