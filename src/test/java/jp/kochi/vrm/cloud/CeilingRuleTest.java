package jp.kochi.vrm.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ceiling rule, table by table: terms x ISMAP state x location x exception x requested level. */
class CeilingRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** The levels as seeded (V3, V8): 3A/3B/3C only domestic. */
    static final Map<String, ConfidentialityLevel> LEVEL = Stream.of(
            ConfidentialityLevel.of("1", 1, false), ConfidentialityLevel.of("2", 2, false),
            ConfidentialityLevel.of("3C", 3, true), ConfidentialityLevel.of("3B", 4, true),
            ConfidentialityLevel.of("3A", 5, true)).collect(Collectors.toMap(ConfidentialityLevel::getCode, l -> l));

    /** The limits as seeded in external_assurance (V8). */
    static final CeilingRule RULE = new CeilingRule(Map.of(
            AssuranceBasis.STANDARD_TERMS, LEVEL.get("1"),
            AssuranceBasis.NO_LISTING, LEVEL.get("1"),
            AssuranceBasis.ISMAP, LEVEL.get("3B"),
            AssuranceBasis.ISMAP_LIU, LEVEL.get("2")), List.copyOf(LEVEL.values()));

    /**
     * @param listing   none, current (a year ahead), today (last valid day), expired (yesterday)
     * @param exception none, or LEVEL:STATE with STATE current (approved by a second officer, ends in 30 days),
     *                  pending (not yet approved), expired (yesterday) or revoked
     */
    static CeilingFacts facts(ServiceTerms terms, ServiceKind kind, IsmapStatus ismap, String listing,
            DataLocation location, String exception) {
        LocalDate until = switch (listing) {
            case "none" -> null;
            case "current" -> TODAY.plusYears(1);
            case "today" -> TODAY;
            case "expired" -> TODAY.minusDays(1);
            default -> throw new IllegalArgumentException(listing);
        };
        List<CeilingFacts.Grant> grants = new ArrayList<>();
        if (!exception.equals("none")) {
            String[] parts = exception.split(":");
            LocalDate expires = parts[1].equals("expired") ? TODAY.minusDays(1) : TODAY.plusDays(30);
            grants.add(new CeilingFacts.Grant(LEVEL.get(parts[0]), expires, parts[1].equals("revoked"), "security-demo",
                    parts[1].equals("pending") ? null : "lead-demo"));
        }
        return new CeilingFacts(terms, kind, ismap, ismap == IsmapStatus.NONE ? null : "ISMAP-C-0001", until, location,
                location == DataLocation.DOMESTIC ? GoverningLaw.JAPANESE : GoverningLaw.FOREIGN, grants);
    }

    @ParameterizedTest(name = "{0} {1} {2}/{3} {4} exception {5}: {6} -> ceiling {7}, allowed {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # terms        | kind  | ISMAP     | listing | location | exception   | requested | ceiling | allowed
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | none        | 1         | 1       | true
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | none        | 2         | 1       | false
            STANDARD_TERMS | SAAS  | ISMAP     | current | DOMESTIC | none        | 2         | 1       | false
            STANDARD_TERMS | SAAS  | ISMAP_LIU | current | DOMESTIC | none        | 2         | 1       | false
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:current   | 2         | 1       | false
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:current   | 3C        | 1       | false
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:expired   | 2         | 1       | false
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:revoked   | 2         | 1       | false
            STANDARD_TERMS | OTHER | NONE      | none    | OVERSEAS | 3C:current  | 3C        | 1       | false
            STANDARD_TERMS | SAAS  | ISMAP     | current | DOMESTIC | 3A:current  | 2         | 1       | false
            NEGOTIATED     | SAAS  | NONE      | none    | DOMESTIC | none        | 1         | 1       | true
            NEGOTIATED     | SAAS  | NONE      | none    | DOMESTIC | none        | 2         | 1       | false
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | none        | 2         | 3B      | true
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | none        | 3B        | 3B      | true
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | none        | 3A        | 3B      | false
            NEGOTIATED     | IAAS  | ISMAP     | today   | DOMESTIC | none        | 3B        | 3B      | true
            NEGOTIATED     | IAAS  | ISMAP     | expired | DOMESTIC | none        | 2         | 1       | false
            NEGOTIATED     | IAAS  | ISMAP     | expired | DOMESTIC | none        | 1         | 1       | true
            NEGOTIATED     | IAAS  | ISMAP     | current | OVERSEAS | none        | 2         | 2       | true
            NEGOTIATED     | IAAS  | ISMAP     | current | OVERSEAS | none        | 3C        | 2       | false
            NEGOTIATED     | PAAS  | ISMAP     | current | BOTH     | none        | 3C        | 2       | false
            NEGOTIATED     | SAAS  | ISMAP_LIU | current | DOMESTIC | none        | 2         | 2       | true
            NEGOTIATED     | SAAS  | ISMAP_LIU | current | DOMESTIC | none        | 3C        | 2       | false
            NEGOTIATED     | SAAS  | ISMAP_LIU | expired | DOMESTIC | none        | 2         | 1       | false
            NEGOTIATED     | SAAS  | ISMAP_LIU | expired | DOMESTIC | 3B:current  | 3B        | 3B      | true
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | 2:current   | 3B        | 3B      | true
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | 3A:current  | 3A        | 3A      | true
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | 3A:revoked  | 3A        | 3B      | false
            NEGOTIATED     | SAAS  | ISMAP     | current | OVERSEAS | 3B:current  | 3B        | 2       | false
            NEGOTIATED     | SAAS  | ISMAP     | current | OVERSEAS | 3C:current  | 3C        | 2       | false
            NEGOTIATED     | IAAS  | NONE      | none    | OVERSEAS | 2:current   | 2         | 2       | true
            NEGOTIATED     | IAAS  | NONE      | none    | BOTH     | 2:pending   | 2         | 1       | false
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | 3A:pending  | 3A        | 3B      | false
            NEGOTIATED     | SAAS  | NONE      | none    | DOMESTIC | 3B:pending  | 2         | 1       | false
            """)
    void ceilingFollowsFromTheFacts(ServiceTerms terms, ServiceKind kind, IsmapStatus ismap, String listing,
            DataLocation location, String exception, String requested, String ceiling, boolean allowed) {
        CeilingFacts facts = facts(terms, kind, ismap, listing, location, exception);
        Ceiling derived = RULE.derive(facts, TODAY);
        assertEquals(ceiling, derived.level().getCode(), derived.reasons().toString());
        assertEquals(allowed, derived.allows(LEVEL.get(requested)));
        List<Reason> remedies = RULE.remedies(derived, facts, LEVEL.get(requested));
        assertEquals(allowed, remedies.isEmpty(), remedies.toString());
        if (!allowed) {
            String last = remedies.get(remedies.size() - 1).key();
            boolean withinPolicy = !LEVEL.get(requested).isAbove(RULE.policyLimit(facts));
            assertEquals(withinPolicy, last.equals("cloud.remedy.exception"),
                    "an exception is a way exactly within the policy's limit: " + remedies);
            assertEquals(!withinPolicy, last.startsWith("cloud.remedy.noException"), remedies.toString());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}/{3} {4}: {5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # terms        | kind  | ISMAP     | listing | location | requested | remedies
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2         | cloud.remedy.negotiateLiu cloud.remedy.noException.standardTerms
            STANDARD_TERMS | IAAS  | NONE      | none    | DOMESTIC | 2         | cloud.remedy.negotiateIsmap cloud.remedy.noException.standardTerms
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 3B        | cloud.remedy.negotiateIsmap cloud.remedy.noException.standardTerms
            STANDARD_TERMS | SAAS  | NONE      | none    | OVERSEAS | 3B        | cloud.remedy.negotiateIsmap cloud.remedy.domestic cloud.remedy.noException.standardTerms
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 3A        | cloud.remedy.noException.standardTerms
            NEGOTIATED     | SAAS  | NONE      | none    | DOMESTIC | 2         | cloud.remedy.listing cloud.remedy.exception
            NEGOTIATED     | SAAS  | ISMAP_LIU | expired | DOMESTIC | 2         | cloud.remedy.renewListing cloud.remedy.exception
            NEGOTIATED     | SAAS  | ISMAP_LIU | current | DOMESTIC | 3B        | cloud.remedy.fullListing cloud.remedy.exception
            NEGOTIATED     | IAAS  | ISMAP     | current | OVERSEAS | 3B        | cloud.remedy.domestic cloud.remedy.noException.overseas
            NEGOTIATED     | IAAS  | NONE      | none    | OVERSEAS | 2         | cloud.remedy.listing cloud.remedy.exception
            NEGOTIATED     | IAAS  | ISMAP     | current | DOMESTIC | 3A        | cloud.remedy.exception
            NEGOTIATED     | IAAS  | ISMAP     | current | DOMESTIC | 3B        | -
            """)
    void refusalSaysWhatWouldMakeItAllowable(ServiceTerms terms, ServiceKind kind, IsmapStatus ismap, String listing,
            DataLocation location, String requested, String remedies) {
        CeilingFacts facts = facts(terms, kind, ismap, listing, location, "none");
        List<String> keys = RULE.remedies(RULE.derive(facts, TODAY), facts, LEVEL.get(requested)).stream()
                .map(Reason::key).toList();
        assertEquals(remedies.equals("-") ? List.of() : List.of(remedies.split(" ")), keys);
    }

    @Test
    void reasonsShowEachStepOfTheDerivation() {
        CeilingFacts expired = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP, "expired",
                DataLocation.DOMESTIC, "2:expired");
        Ceiling ceiling = RULE.derive(expired, TODAY);
        assertEquals(List.of(Reason.of("cloud.reason.listingExpired", "ISMAP", "2026/11/25", "1"),
                Reason.of("cloud.reason.exceptionExpired", "2", "2026/11/25")), ceiling.reasons());
        assertEquals(AssuranceBasis.NO_LISTING, ceiling.basis());

        Ceiling overseas = RULE.derive(facts(ServiceTerms.NEGOTIATED, ServiceKind.IAAS, IsmapStatus.ISMAP, "current",
                DataLocation.OVERSEAS, "none"), TODAY);
        assertEquals(List.of("cloud.reason.listing", "cloud.reason.overseas"),
                overseas.reasons().stream().map(Reason::key).toList());
        assertFalse(overseas.domestic());

        Ceiling standard = RULE.derive(facts(ServiceTerms.STANDARD_TERMS, ServiceKind.SAAS, IsmapStatus.ISMAP, "current",
                DataLocation.DOMESTIC, "2:current"), TODAY);
        assertEquals(List.of("cloud.reason.standardTerms", "cloud.reason.standardTermsListing",
                "cloud.reason.exceptionBeyondPolicy.standardTerms"), standard.reasons().stream().map(Reason::key).toList());
        assertFalse(standard.exception(), "a standard-terms service's limit is the policy's, not an exception's");
        assertEquals("1", standard.level().getCode());
    }

    @Test
    void aRenewalNamesTheListingTheServiceHad() {
        CeilingFacts fullExpired = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP, "expired",
                DataLocation.DOMESTIC, "none");
        assertEquals(List.of(Reason.of("cloud.remedy.renewListing", "ISMAP"), Reason.of("cloud.remedy.exception")),
                RULE.remedies(RULE.derive(fullExpired, TODAY), fullExpired, LEVEL.get("2")));
        CeilingFacts liuExpired = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP_LIU, "expired",
                DataLocation.DOMESTIC, "none");
        assertEquals(Reason.of("cloud.remedy.renewListing", "ISMAP-LIU"),
                RULE.remedies(RULE.derive(liuExpired, TODAY), liuExpired, LEVEL.get("2")).get(0));
        assertEquals(Reason.of("cloud.remedy.renewListing", "ISMAP"),
                RULE.remedies(RULE.derive(liuExpired, TODAY), liuExpired, LEVEL.get("3B")).get(0),
                "only a full listing reaches 3B");
    }

    @Test
    void limitsComeFromReferenceData() {
        CeilingRule stricter = new CeilingRule(Map.of(
                AssuranceBasis.STANDARD_TERMS, LEVEL.get("1"),
                AssuranceBasis.NO_LISTING, LEVEL.get("1"),
                AssuranceBasis.ISMAP, LEVEL.get("2"),
                AssuranceBasis.ISMAP_LIU, LEVEL.get("1")), List.copyOf(LEVEL.values()));
        CeilingFacts listed = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP, "current",
                DataLocation.DOMESTIC, "none");
        assertEquals("2", stricter.derive(listed, TODAY).level().getCode());
        assertEquals("3B", RULE.derive(listed, TODAY).level().getCode());
    }

    @ParameterizedTest(name = "{0} {1} {2}: policy limit {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # terms        | location | law      | limit
            STANDARD_TERMS | DOMESTIC | JAPANESE | 1
            STANDARD_TERMS | OVERSEAS | FOREIGN  | 1
            NEGOTIATED     | DOMESTIC | JAPANESE | 3A
            NEGOTIATED     | OVERSEAS | JAPANESE | 2
            NEGOTIATED     | BOTH     | JAPANESE | 2
            NEGOTIATED     | DOMESTIC | FOREIGN  | 2
            """)
    void policyLimitIsTheLowestLevelOnStandardTermsAndBelowTheDomesticOnlyLevelsAbroad(ServiceTerms terms,
            DataLocation location, GoverningLaw law, String limit) {
        CeilingFacts facts = new CeilingFacts(terms, ServiceKind.SAAS, IsmapStatus.ISMAP, "C0001", TODAY.plusYears(1),
                location, law, List.of());
        assertEquals(limit, RULE.policyLimit(facts).getCode());
    }

    @ParameterizedTest(name = "{0} {1} {2}/{3} {4} exception {5}: the form offers [{6}]")
    @CsvSource(delimiter = '|', textBlock = """
            # terms        | kind  | ISMAP     | listing | location | exception  | offered
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | none       | -
            STANDARD_TERMS | SAAS  | ISMAP     | current | OVERSEAS | none       | -
            NEGOTIATED     | SAAS  | NONE      | none    | OVERSEAS | none       | 2
            NEGOTIATED     | SAAS  | ISMAP     | current | OVERSEAS | none       | -
            NEGOTIATED     | SAAS  | NONE      | none    | DOMESTIC | none       | 2 3C 3B 3A
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | none       | 3A
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | 3A:current | -
            NEGOTIATED     | SAAS  | ISMAP     | current | DOMESTIC | 3A:pending | 3A
            """)
    void exceptionLevelsOfferOnlyWhatThePolicyAllowsAboveTheCeiling(ServiceTerms terms, ServiceKind kind,
            IsmapStatus ismap, String listing, DataLocation location, String exception, String offered) {
        CeilingFacts facts = facts(terms, kind, ismap, listing, location, exception);
        List<String> codes = RULE.exceptionLevels(RULE.derive(facts, TODAY), facts).stream()
                .map(ConfidentialityLevel::getCode).toList();
        assertEquals(offered.equals("-") ? List.of() : List.of(offered.split(" ")), codes);
    }

    @Test
    void anExceptionCountsOnlyOnceASecondOfficerApprovedItAndUntilItsEndDate() {
        CeilingFacts pending = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP, "current",
                DataLocation.DOMESTIC, "3A:pending");
        Ceiling waiting = RULE.derive(pending, TODAY);
        assertEquals("3B", waiting.level().getCode());
        assertFalse(waiting.exception());
        assertEquals(Reason.of("cloud.reason.exceptionPending", "3A"), waiting.reasons().get(waiting.reasons().size() - 1));

        CeilingFacts approved = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP, "current",
                DataLocation.DOMESTIC, "3A:current");
        assertEquals("3A", RULE.derive(approved, TODAY).level().getCode());
        assertEquals("3A", RULE.derive(approved, TODAY.plusDays(30)).level().getCode(), "its end date is its last day");
        assertEquals("3B", RULE.derive(approved, TODAY.plusDays(31)).level().getCode(), "after it, it no longer applies");
    }

    @Test
    void anExceptionRecordedBeyondThePolicyLimitNeverCounts() {
        // Granted before the rule knew its limits: an overseas service raised to 3B by one recorded exception.
        CeilingFacts overseas = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, "none",
                DataLocation.OVERSEAS, "3B:current");
        Ceiling ceiling = RULE.derive(overseas, TODAY);
        assertEquals("1", ceiling.level().getCode());
        assertFalse(ceiling.exception());
        assertEquals(Reason.of("cloud.reason.exceptionBeyondPolicy.overseas", "3B", "2"), ceiling.reasons().get(1));
    }
}
