package jp.kochi.vrm.cloud;

import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.classification.ConfidentialityLevel;

/**
 * The facts of a service the ceiling follows from.
 *
 * @param grants the exceptions ever granted for it, revoked and expired ones included
 */
public record CeilingFacts(ServiceTerms terms, ServiceKind kind, IsmapStatus ismapStatus, String ismapNumber,
        LocalDate ismapListedUntil, DataLocation dataLocation, GoverningLaw governingLaw, List<Grant> grants) {

    /**
     * An exception a security officer asked for ({@code grantedBy}) and, once a second officer approved it
     * ({@code approvedBy}, {@code null} until then), the level it allows and until when.
     */
    public record Grant(ConfidentialityLevel level, LocalDate expiresOn, boolean revoked, String grantedBy,
            String approvedBy) {

        /** Approved by a second officer, not revoked, and its end date not passed: it counts. */
        public boolean isCurrent(LocalDate today) {
            return approvedBy != null && !revoked && !expiresOn.isBefore(today);
        }

        /** Waiting for the second officer: it does not count yet. */
        public boolean isPending(LocalDate today) {
            return approvedBy == null && !revoked && !expiresOn.isBefore(today);
        }
    }

    /** Stored and processed in Japan only, under Japanese law. */
    public boolean isDomestic() {
        return dataLocation == DataLocation.DOMESTIC && governingLaw == GoverningLaw.JAPANESE;
    }

    /** Listed in ISMAP or ISMAP-LIU, and the listing has not passed its date. */
    public boolean isListingCurrent(LocalDate today) {
        return ismapStatus != IsmapStatus.NONE && ismapListedUntil != null && !ismapListedUntil.isBefore(today);
    }
}
