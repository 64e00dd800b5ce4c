package jp.kochi.vrm.clause;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import jp.kochi.vrm.classification.ConfidentialityLevel;

/**
 * The facts of a contract's work that decide which clauses are mandatory: the highest confidentiality level
 * handled, integrity and availability (1 or 2), the network segments touched, and what the work involves.
 */
public record ContractFacts(ConfidentialityLevel confidentiality, int integrity, int availability,
        Set<NetworkSegment> segments, boolean personalInfo, boolean myNumber, boolean cloudService,
        boolean onSiteWork, boolean subcontracting) {

    public ContractFacts {
        Objects.requireNonNull(confidentiality, "confidentiality");
        segments = segments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(segments));
    }
}
