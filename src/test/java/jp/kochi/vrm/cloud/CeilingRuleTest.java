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
     * @param exception none, or LEVEL:STATE with STATE current (in 30 days), expired (yesterday) or revoked
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
            grants.add(new CeilingFacts.Grant(LEVEL.get(parts[0]), expires, parts[1].equals("revoked"), "security-demo"));
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
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:current   | 2         | 2       | true
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:current   | 3C        | 2       | false
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:expired   | 2         | 1       | false
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2:revoked   | 2         | 1       | false
            STANDARD_TERMS | OTHER | NONE      | none    | OVERSEAS | 3C:current  | 3C        | 3C      | true
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
            NEGOTIATED     | SAAS  | ISMAP     | current | OVERSEAS | 3B:current  | 3B        | 3B      | true
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
            assertEquals("cloud.remedy.exception", remedies.get(remedies.size() - 1).key(),
                    "an exception is always a way: " + remedies);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}/{3} {4}: {5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # terms        | kind  | ISMAP     | listing | location | requested | remedies
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 2         | cloud.remedy.negotiateLiu cloud.remedy.exception
            STANDARD_TERMS | IAAS  | NONE      | none    | DOMESTIC | 2         | cloud.remedy.negotiateIsmap cloud.remedy.exception
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 3B        | cloud.remedy.negotiateIsmap cloud.remedy.exception
            STANDARD_TERMS | SAAS  | NONE      | none    | OVERSEAS | 3B        | cloud.remedy.negotiateIsmap cloud.remedy.domestic cloud.remedy.exception
            STANDARD_TERMS | SAAS  | NONE      | none    | DOMESTIC | 3A        | cloud.remedy.exception
            NEGOTIATED     | SAAS  | NONE      | none    | DOMESTIC | 2         | cloud.remedy.listing cloud.remedy.exception
            NEGOTIATED     | SAAS  | ISMAP_LIU | expired | DOMESTIC | 2         | cloud.remedy.renewListing cloud.remedy.exception
            NEGOTIATED     | SAAS  | ISMAP_LIU | current | DOMESTIC | 3B        | cloud.remedy.fullListing cloud.remedy.exception
            NEGOTIATED     | IAAS  | ISMAP     | current | OVERSEAS | 3B        | cloud.remedy.domestic cloud.remedy.exception
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
        assertEquals(List.of("cloud.reason.standardTerms", "cloud.reason.standardTermsListing", "cloud.reason.exception"),
                standard.reasons().stream().map(Reason::key).toList());
        assertTrue(standard.exception());
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
}
