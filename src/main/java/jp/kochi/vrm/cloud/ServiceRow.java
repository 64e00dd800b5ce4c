package jp.kochi.vrm.cloud;

/**
 * A service as the register lists it: today's ceiling, how many departments use it, and how many of those usages
 * are above the ceiling.
 */
public record ServiceRow(ExternalService service, Ceiling ceiling, long liveUsages, long usagesAbove,
        boolean listingExpired, boolean listingExpiring, boolean reviewOverdue) {
}
