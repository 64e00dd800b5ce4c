package jp.kochi.vrm.cloud;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.platform.Dates;

/**
 * The one rule that decides what an external service may hold (domain.md section 5):
 * <ol>
 * <li>The basis: a service on standard terms (約款型) allows what {@link AssuranceBasis#STANDARD_TERMS} allows (level
 * 1), whatever its listing; a negotiated contract with a current ISMAP or ISMAP-LIU listing allows what that listing
 * allows; without a current listing, what {@link AssuranceBasis#NO_LISTING} allows. A listing past its date counts as
 * none from the next day.</li>
 * <li>Levels marked domestic-only (3A/3B/3C) are out of reach of a service storing or processing data abroad or
 * under foreign law: the ceiling drops to the highest level below them.</li>
 * <li>A current exception (asked for by one security officer, approved by another, not revoked, its end date not
 * passed) raises the ceiling to its level, but never beyond the policy's own limit ({@link #policyLimit}): a
 * service on standard terms holds nothing above the lowest level (information needing no confidentiality), and one
 * storing or processing data abroad or under foreign law nothing domestic-only (3A/3B/3C). These limits are not
 * exceptions: no exception reaches past them, and one recorded beyond them does not count.</li>
 * </ol>
 * The levels each basis allows, and which levels are domestic-only, are reference data.
 */
public final class CeilingRule {

    private final Map<AssuranceBasis, ConfidentialityLevel> limits;
    private final List<ConfidentialityLevel> levels;

    /**
     * @param limits the level each basis allows (every basis)
     * @param levels every confidentiality level
     */
    public CeilingRule(Map<AssuranceBasis, ConfidentialityLevel> limits, List<ConfidentialityLevel> levels) {
        this.limits = new EnumMap<>(limits);
        for (AssuranceBasis basis : AssuranceBasis.values()) {
            Objects.requireNonNull(this.limits.get(basis), () -> "no limit for " + basis);
        }
        this.levels = levels.stream().sorted(Comparator.comparingInt(ConfidentialityLevel::getRank)).toList();
    }

    public Ceiling derive(CeilingFacts facts, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        boolean listed = facts.isListingCurrent(today);
        AssuranceBasis basis;
        if (facts.terms() == ServiceTerms.STANDARD_TERMS) {
            basis = AssuranceBasis.STANDARD_TERMS;
            reasons.add(Reason.of("cloud.reason.standardTerms", code(limit(basis))));
            if (listed) {
                reasons.add(Reason.of("cloud.reason.standardTermsListing", listingName(facts.ismapStatus())));
            }
        } else if (listed) {
            basis = facts.ismapStatus() == IsmapStatus.ISMAP ? AssuranceBasis.ISMAP : AssuranceBasis.ISMAP_LIU;
            reasons.add(Reason.of("cloud.reason.listing", listingName(facts.ismapStatus()), facts.ismapNumber(),
                    Dates.format(facts.ismapListedUntil()), code(limit(basis))));
        } else if (facts.ismapStatus() != IsmapStatus.NONE) {
            basis = AssuranceBasis.NO_LISTING;
            reasons.add(Reason.of("cloud.reason.listingExpired", listingName(facts.ismapStatus()),
                    Dates.format(facts.ismapListedUntil()), code(limit(basis))));
        } else {
            basis = AssuranceBasis.NO_LISTING;
            reasons.add(Reason.of("cloud.reason.noListing", code(limit(basis))));
        }
        ConfidentialityLevel level = limit(basis);

        boolean domestic = facts.isDomestic();
        if (!domestic && level.isExternalDomesticOnly()) {
            level = highestNotDomesticOnly(level);
            reasons.add(Reason.of("cloud.reason.overseas", code(level)));
        }
        ConfidentialityLevel policy = policyLimit(facts);
        if (level.isAbove(policy)) {
            level = policy;
        }

        Comparator<CeilingFacts.Grant> byLevel = Comparator.comparingInt(g -> g.level().getRank());
        List<CeilingFacts.Grant> current = facts.grants().stream().filter(g -> g.isCurrent(today)).toList();
        Optional<CeilingFacts.Grant> grant = current.stream().filter(g -> !g.level().isAbove(policy)).max(byLevel);
        current.stream().filter(g -> g.level().isAbove(policy)).max(byLevel).ifPresent(g -> reasons.add(
                Reason.of(policyKey(facts, "cloud.reason.exceptionBeyondPolicy"), code(g.level()), code(policy))));
        boolean exception = false;
        if (grant.isPresent() && grant.get().level().isAbove(level)) {
            level = grant.get().level();
            exception = true;
            reasons.add(Reason.of("cloud.reason.exception", code(level), Dates.format(grant.get().expiresOn())));
        } else if (current.isEmpty()) {
            facts.grants().stream().filter(g -> !g.revoked() && g.expiresOn().isBefore(today))
                    .max(Comparator.comparing(CeilingFacts.Grant::expiresOn))
                    .ifPresent(g -> reasons.add(Reason.of("cloud.reason.exceptionExpired", code(g.level()),
                            Dates.format(g.expiresOn()))));
        }
        ConfidentialityLevel reached = level;
        facts.grants().stream().filter(g -> g.isPending(today) && g.level().isAbove(reached)).max(byLevel)
                .ifPresent(g -> reasons.add(Reason.of("cloud.reason.exceptionPending", code(g.level()))));
        return new Ceiling(level, basis, domestic, exception, List.copyOf(reasons));
    }

    /**
     * The most the policy lets this service hold, whatever exception is granted: the lowest level on standard terms
     * (約款型: information needing no confidentiality); below the domestic-only levels when data is stored or
     * processed abroad or the governing law is foreign; otherwise the highest level.
     */
    public ConfidentialityLevel policyLimit(CeilingFacts facts) {
        if (facts.terms() == ServiceTerms.STANDARD_TERMS) {
            return levels.get(0);
        }
        ConfidentialityLevel highest = levels.get(levels.size() - 1);
        return facts.isDomestic() ? highest : highestNotDomesticOnly(highest);
    }

    /**
     * The levels an exception may allow today: above the ceiling and within the policy's limit, lowest first (empty
     * when the policy leaves no room). The exception form offers exactly these.
     */
    public List<ConfidentialityLevel> exceptionLevels(Ceiling ceiling, CeilingFacts facts) {
        ConfidentialityLevel policy = policyLimit(facts);
        return levels.stream().filter(l -> l.isAbove(ceiling.level()) && !l.isAbove(policy)).toList();
    }

    /**
     * The message key for what limits the policy here: {@code prefix + ".standardTerms"}, {@code ".overseas"}, or
     * {@code prefix} alone when the service is limited by neither.
     */
    public static String policyKey(CeilingFacts facts, String prefix) {
        if (facts.terms() == ServiceTerms.STANDARD_TERMS) {
            return prefix + ".standardTerms";
        }
        return facts.isDomestic() ? prefix : prefix + ".overseas";
    }

    /**
     * What would let the service hold {@code requested}: empty when it already may. Ends with an exception by two
     * security officers where the policy's limit allows one, and otherwise with why none is possible; the other ways
     * only where they would reach the level.
     */
    public List<Reason> remedies(Ceiling ceiling, CeilingFacts facts, ConfidentialityLevel requested) {
        if (ceiling.allows(requested)) {
            return List.of();
        }
        List<Reason> remedies = new ArrayList<>();
        boolean domesticNeeded = requested.isExternalDomesticOnly() && !ceiling.domestic();
        boolean liuReaches = facts.kind() == ServiceKind.SAAS && !requested.isAbove(limit(AssuranceBasis.ISMAP_LIU));
        boolean ismapReaches = !requested.isAbove(limit(AssuranceBasis.ISMAP));
        switch (ceiling.basis()) {
            case STANDARD_TERMS -> {
                if (liuReaches) {
                    remedies.add(Reason.of("cloud.remedy.negotiateLiu"));
                } else if (ismapReaches) {
                    remedies.add(Reason.of("cloud.remedy.negotiateIsmap"));
                }
            }
            case NO_LISTING -> {
                if (liuReaches || ismapReaches) {
                    if (facts.ismapStatus() == IsmapStatus.NONE) {
                        remedies.add(Reason.of("cloud.remedy.listing",
                                listingName(liuReaches ? IsmapStatus.ISMAP_LIU : IsmapStatus.ISMAP)));
                    } else {
                        // renewing the listing the service had, unless only a full listing reaches the level
                        boolean liu = facts.ismapStatus() == IsmapStatus.ISMAP_LIU && liuReaches;
                        remedies.add(Reason.of("cloud.remedy.renewListing",
                                listingName(liu ? IsmapStatus.ISMAP_LIU : IsmapStatus.ISMAP)));
                    }
                }
            }
            case ISMAP_LIU -> {
                if (ismapReaches) {
                    remedies.add(Reason.of("cloud.remedy.fullListing"));
                }
            }
            case ISMAP -> {
                // a full listing already: nothing but an exception goes higher
            }
        }
        if (domesticNeeded) {
            remedies.add(Reason.of("cloud.remedy.domestic", code(requested)));
        }
        ConfidentialityLevel policy = policyLimit(facts);
        if (requested.isAbove(policy)) {
            remedies.add(Reason.of(policyKey(facts, "cloud.remedy.noException"), code(policy)));
        } else {
            remedies.add(Reason.of("cloud.remedy.exception"));
        }
        return List.copyOf(remedies);
    }

    /** The levels more confidential than {@code level}, lowest first. */
    public List<ConfidentialityLevel> levelsAbove(ConfidentialityLevel level) {
        return levels.stream().filter(l -> l.isAbove(level)).toList();
    }

    /** The level a basis allows. */
    public ConfidentialityLevel limit(AssuranceBasis basis) {
        return limits.get(basis);
    }

    private ConfidentialityLevel highestNotDomesticOnly(ConfidentialityLevel from) {
        ConfidentialityLevel best = levels.get(0);
        for (ConfidentialityLevel l : levels) {
            if (!l.isExternalDomesticOnly() && !l.isAbove(from)) {
                best = l;
            }
        }
        return best;
    }

    private static String code(ConfidentialityLevel level) {
        return level.getCode();
    }

    private static String listingName(IsmapStatus status) {
        return status == IsmapStatus.ISMAP_LIU ? "ISMAP-LIU" : "ISMAP";
    }
}
