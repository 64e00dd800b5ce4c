package jp.kochi.vrm.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseSelectionTest {

    static final ConfidentialityLevel L1 = ConfidentialityLevel.of("1", 1);
    static final ConfidentialityLevel L2 = ConfidentialityLevel.of("2", 2);
    static final ConfidentialityLevel L3B = ConfidentialityLevel.of("3B", 4);
    static final ConfidentialityLevel L3A = ConfidentialityLevel.of("3A", 5);

    /** A row is a conjunction: 3B or above AND cloud. A second row makes it a disjunction with My Number. */
    private static final Clause CLOUD_HIGH = Clause.of(1L, "X-1", ClauseChapter.SECURITY, ClauseCategory.CLOUD, 10,
            "クラウド", "本文", List.of(), List.of(
                    ApplicabilityRule.when().confidentialityAtLeast(L3B).cloudService().build(),
                    ApplicabilityRule.when().myNumber().build()));
    private static final Clause ALWAYS = Clause.of(2L, "X-2", ClauseChapter.SECURITY, ClauseCategory.GENERAL, 5,
            "基本", "本文", List.of(), List.of(ApplicabilityRule.when().build()));
    private static final Clause OPTIONAL = Clause.of(3L, "X-3", ClauseChapter.SECURITY, ClauseCategory.GENERAL, 1,
            "任意", "本文", List.of(), List.of());
    private static final Clause PERSONAL = Clause.of(4L, "X-4", ClauseChapter.PERSONAL_INFORMATION,
            ClauseCategory.PERSONAL_INFORMATION, 1, "個人情報", "本文", List.of(),
            List.of(ApplicabilityRule.when().personalInfo().build()));

    private static ContractFacts facts(ConfidentialityLevel level, boolean personal, boolean myNumber, boolean cloud) {
        return new ContractFacts(level, 1, 1, Set.of(), personal, myNumber, cloud, false, false);
    }

    @ParameterizedTest(name = "{0} personal={1} myNumber={2} cloud={3} → {4}")
    @CsvSource({
        "1,  false, false, false, X-2",
        "3B, false, false, false, X-2",
        "2,  false, false, true,  X-2",
        "3B, false, false, true,  X-2 X-1",
        "3A, false, false, true,  X-2 X-1",
        "1,  false, true,  false, X-2 X-1",
        "1,  true,  false, false, X-2 X-4",
        "3A, true,  true,  true,  X-2 X-1 X-4",
    })
    void rowsAreConjunctionsAndAnyRowMakesTheClauseMandatory(String level, boolean personal, boolean myNumber,
            boolean cloud, String expected) {
        ConfidentialityLevel l = switch (level) {
            case "1" -> L1;
            case "2" -> L2;
            case "3B" -> L3B;
            default -> L3A;
        };
        List<String> codes = ClauseSelection.mandatory(List.of(PERSONAL, CLOUD_HIGH, OPTIONAL, ALWAYS),
                facts(l, personal, myNumber, cloud)).stream().map(m -> m.clause().getCode()).toList();
        assertEquals(List.of(expected.split(" ")), codes, "annex order: security chapter by sort order, then personal");
    }

    @Test
    void theReasonNamesTheRowThatHeld() {
        ClauseSelection.Mandatory m = ClauseSelection.mandatory(List.of(CLOUD_HIGH), facts(L3A, false, false, true)).get(0);
        assertEquals("自治体機密性3B以上 かつ クラウドサービスを利用する", m.reason());
        assertEquals(List.of("confidentiality 3B or above and a cloud service is used", "My Number information handled"),
                CLOUD_HIGH.describeRules(Locale.ENGLISH));
        assertEquals("常に", ALWAYS.describeRules(Locale.JAPANESE).get(0));
    }

    @Test
    void segmentsIntegrityAndAvailabilityConditions() {
        ApplicabilityRule lgwan = ApplicabilityRule.when().segment(NetworkSegment.LGWAN).build();
        ApplicabilityRule integrity = ApplicabilityRule.when().integrityAtLeast(2).build();
        ApplicabilityRule availability = ApplicabilityRule.when().availabilityAtLeast(2).onSiteWork().build();
        ContractFacts f = new ContractFacts(L2, 2, 2, Set.of(NetworkSegment.INTERNET), false, false, false, false, false);
        assertFalse(lgwan.holds(f));
        assertTrue(integrity.holds(f));
        assertFalse(availability.holds(f), "on-site work is also required");
        ContractFacts g = new ContractFacts(L2, 1, 2, Set.of(NetworkSegment.LGWAN), false, false, false, true, true);
        assertTrue(lgwan.holds(g));
        assertFalse(integrity.holds(g));
        assertTrue(availability.holds(g));
        assertTrue(ApplicabilityRule.when().subcontracting().build().holds(g));
    }

    @Test
    void inactiveClausesAreNeverSelected() throws Exception {
        Clause inactive = Clause.of(9L, "X-9", ClauseChapter.SECURITY, ClauseCategory.GENERAL, 1, "廃止", "本文", List.of(),
                List.of(ApplicabilityRule.when().build()));
        var field = Clause.class.getDeclaredField("active");
        field.setAccessible(true);
        field.setBoolean(inactive, false);
        assertTrue(ClauseSelection.mandatory(List.of(inactive), facts(L1, false, false, false)).isEmpty());
    }

    @Test
    void revisingWritesTheNextVersionAndKeepsTheOldOne() {
        Clause c = Clause.of(5L, "X-5", ClauseChapter.SECURITY, ClauseCategory.GENERAL, 1, "見出し", "{{受託者名}}は守る。",
                List.of(), List.of());
        ClauseVersion first = c.getCurrentVersion();
        ClauseVersion second = c.revise("見出し", "{{受託者名}}は必ず守る。\n{{発注者}}は確認する。", "文言の明確化",
                List.of(EvidenceRequirement.atEnd("削除証明書", 30)), "officer", OffsetDateTime.now());
        assertEquals(2, second.getVersionNo());
        assertEquals(second, c.getCurrentVersion());
        assertEquals("{{受託者名}}は守る。", first.getBody(), "the first version is unchanged");
        assertEquals(List.of("{{受託者名}}は必ず守る。", "{{発注者}}は確認する。"), second.paragraphs());
        assertEquals(2, c.getVersions().size());
    }

    @Test
    void revisionsAreRefusedWithTheReason() {
        Clause c = Clause.of(6L, "X-6", ClauseChapter.SECURITY, ClauseCategory.GENERAL, 1, "見出し", "本文。", List.of(),
                List.of());
        OffsetDateTime now = OffsetDateTime.now();
        assertEquals("clause.placeholder.unknown", assertThrows(BusinessRuleViolation.class,
                () -> c.revise("見出し", "{{受託者}}は守る。", "理由", List.of(), "o", now)).messageKey());
        assertEquals("clause.title.required", assertThrows(BusinessRuleViolation.class,
                () -> c.revise(" ", "本文。", "理由", List.of(), "o", now)).messageKey());
        assertEquals("clause.changeNote.required", assertThrows(BusinessRuleViolation.class,
                () -> c.revise("見出し", "新しい本文。", "", List.of(), "o", now)).messageKey());
        assertEquals("clause.revise.unchanged", assertThrows(BusinessRuleViolation.class,
                () -> c.revise("見出し", "本文。", "理由", List.of(), "o", now)).messageKey());
        assertEquals("clause.evidence.cadenceRange", assertThrows(BusinessRuleViolation.class,
                () -> c.revise("見出し", "本文。", "理由", List.of(EvidenceRequirement.every("報告", 0, 0)), "o", now))
                .messageKey());
        assertEquals("clause.body.tooLong", assertThrows(BusinessRuleViolation.class,
                () -> c.revise("見出し", "あ".repeat(4001), "理由", List.of(), "o", now)).messageKey());
        assertEquals(1, c.getVersions().size(), "nothing was written");
    }
}
