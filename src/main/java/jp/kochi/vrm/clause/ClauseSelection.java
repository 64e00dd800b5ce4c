package jp.kochi.vrm.clause;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The rule engine: which clauses of the library a contract must carry, and why. The only place that decides
 * it; the rules themselves are data ({@link ApplicabilityRule}) the security officer reads in the portal.
 */
public final class ClauseSelection {

    private static final Locale JAPANESE = Locale.JAPANESE;

    private ClauseSelection() {
    }

    /** A clause the facts make mandatory, with the rule row that did, in words (Japanese: kept as the record). */
    public record Mandatory(Clause clause, String reason) {
    }

    /** The active clauses mandatory for the facts, in annex order (chapter, then sort order). */
    public static List<Mandatory> mandatory(List<Clause> library, ContractFacts facts) {
        return library.stream()
                .filter(Clause::isActive)
                .sorted(ANNEX_ORDER)
                .flatMap(c -> c.mandatoryBy(facts).map(r -> new Mandatory(c, r.describe(JAPANESE))).stream())
                .toList();
    }

    /** Chapter order (security annex first), then the clause's place in its chapter. */
    public static final Comparator<Clause> ANNEX_ORDER = Comparator.comparing(Clause::getChapter)
            .thenComparingInt(Clause::getSortOrder).thenComparing(Clause::getCode);
}
