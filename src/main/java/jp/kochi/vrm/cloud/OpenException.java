package jp.kochi.vrm.cloud;

import java.time.LocalDate;

/**
 * An exception that has not ended, for the security officers' dashboard.
 *
 * @param pending     waiting for a second officer's approval (otherwise in force)
 * @param requestedBy the officer who asked for it
 * @param approvedBy  the second officer, {@code null} while pending
 */
public record OpenException(long serviceId, String serviceName, String levelCode, boolean pending, String requestedBy,
        String approvedBy, LocalDate expiresOn) {
}
