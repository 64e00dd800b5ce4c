package jp.kochi.vrm.contractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.SubcontractorTree.Edge;
import jp.kochi.vrm.contractor.SubcontractorTree.Node;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubcontractingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 4, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final long A = 1, B = 2, C = 3, D = 4, E = 5;

    private static ConfidentialityLevel level(String code) {
        return switch (code) {
            case "3A" -> ConfidentialityLevel.of("3A", 5);
            case "3B" -> ConfidentialityLevel.of("3B", 4);
            case "3C" -> ConfidentialityLevel.of("3C", 3);
            case "2" -> ConfidentialityLevel.of("2", 2);
            default -> ConfidentialityLevel.of("1", 1);
        };
    }

    private static Contractor contractor(String name, String base) {
        return new Contractor(name, "テスト", CorporateNumber.withCheckDigit(base), false, "高知市", "代表 太郎", NOW);
    }

    private final Contractor prime = contractor("株式会社元請", "123456789012");
    private final Contractor sub = contractor("株式会社下請", "210987654321");

    private Subcontracting arrangement(String scope, String levelCode, boolean myNumber) {
        return new Subcontracting(prime, sub, scope, level(levelCode), myNumber, "procurer");
    }

    @Test
    void closingACycleIsRefused() {
        SubcontractorTree tree = new SubcontractorTree(List.of(new Edge(A, B, 10L), new Edge(B, C, 11L)));

        assertTrue(tree.wouldCloseCycle(C, A));
        assertTrue(tree.wouldCloseCycle(B, A));
    }

    @Test
    void subcontractingToItselfCountsAsACycle() {
        SubcontractorTree tree = new SubcontractorTree(List.of(new Edge(A, B, 10L)));

        assertTrue(tree.wouldCloseCycle(A, A));
        assertTrue(tree.wouldCloseCycle(D, D));
    }

    @Test
    void anEdgeThatClosesNoCycleIsAllowed() {
        SubcontractorTree tree = new SubcontractorTree(List.of(new Edge(A, B, 10L), new Edge(B, C, 11L)));

        assertFalse(tree.wouldCloseCycle(A, C));
        assertFalse(tree.wouldCloseCycle(C, D));
        assertFalse(tree.wouldCloseCycle(D, A));
        assertFalse(tree.wouldCloseCycle(E, D));
    }

    @Test
    void theTreeBelowAChainListsEachLevelDepthFirst() {
        SubcontractorTree tree = new SubcontractorTree(List.of(
                new Edge(A, B, 10L), new Edge(B, C, 11L), new Edge(C, D, 12L), new Edge(A, E, 13L)));

        assertEquals(List.of(new Node(1, 10L, B), new Node(2, 11L, C), new Node(3, 12L, D), new Node(1, 13L, E)),
                tree.below(A));
        assertEquals(List.of(new Node(1, 12L, D)), tree.below(C));
        assertEquals(List.of(), tree.below(D));
        assertEquals(Set.of(B, C, D, E), tree.reachable(A));
    }

    @Test
    void theTreeBelowEndsOnDataThatAlreadyHasACycle() {
        SubcontractorTree tree = new SubcontractorTree(List.of(
                new Edge(A, B, 10L), new Edge(B, C, 11L), new Edge(C, A, 12L)));

        List<Node> nodes = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> tree.below(A));

        assertEquals(List.of(new Node(1, 10L, B), new Node(2, 11L, C), new Node(3, 12L, A)), nodes);
        assertEquals(Set.of(A, B, C), assertTimeoutPreemptively(Duration.ofSeconds(5), () -> tree.reachable(A)));
    }

    @Test
    void aContractorCannotSubcontractToItself() {
        assertEquals("subcontracting.self", assertThrows(BusinessRuleViolation.class,
                () -> new Subcontracting(prime, prime, "保守", level("2"), false, "procurer")).messageKey());
    }

    @Test
    void anEndedContractorCannotBeASubcontractor() {
        sub.end("取引終了", "procurer", NOW);

        assertEquals("subcontracting.subcontractorEnded",
                assertThrows(BusinessRuleViolation.class, () -> arrangement("保守", "2", false)).messageKey());
    }

    @Test
    void theRegisteringUserCannotApprove() {
        Subcontracting s = arrangement("データ入力", "2", false);

        assertEquals("subcontracting.fourEyes",
                assertThrows(BusinessRuleViolation.class, () -> s.approve("決裁-1", "procurer", NOW)).messageKey());
        assertFalse(s.isApproved());
        assertNull(s.getApprovedBy());
    }

    @ParameterizedTest(name = "[{index}] level {0}, My Number {1}")
    @CsvSource({"3A, false", "3B, false", "1, true", "2, true", "3C, true"})
    void myNumberOrTheHighestLevelsNeedAReference(String levelCode, boolean myNumber) {
        Subcontracting s = arrangement("住民票データの入力", levelCode, myNumber);

        assertTrue(s.isNamedApprovalRequired());
        assertEquals("subcontracting.namedApprovalRequired",
                assertThrows(BusinessRuleViolation.class, () -> s.approve("  ", "officer", NOW)).messageKey());
        assertFalse(s.isApproved());
    }

    @ParameterizedTest(name = "[{index}] level {0}, My Number {1}")
    @CsvSource({"3A, false", "3B, false", "2, true"})
    void myNumberOrTheHighestLevelsNeedAScope(String levelCode, boolean myNumber) {
        Subcontracting s = arrangement(" ", levelCode, myNumber);

        assertEquals("subcontracting.namedApprovalRequired",
                assertThrows(BusinessRuleViolation.class, () -> s.approve("高情第123号", "officer", NOW))
                        .messageKey());
        assertFalse(s.isApproved());
    }

    @Test
    void aNamedApprovalRecordsReferenceApproverAndTime() {
        Subcontracting s = arrangement("住民票データの入力", "3B", true);

        s.approve(" 高情第123号 ", "officer", NOW);

        assertTrue(s.isApproved());
        assertEquals("高情第123号", s.getApprovalReference());
        assertEquals("officer", s.getApprovedBy());
        assertEquals(NOW, s.getApprovedAt());
    }

    @ParameterizedTest
    @CsvSource({"2", "3C", "1"})
    void belowTheHighestLevelsWithoutMyNumberNoScopeOrReferenceIsNeeded(String levelCode) {
        Subcontracting s = arrangement(null, levelCode, false);

        s.approve(null, "officer", NOW);

        assertFalse(s.isNamedApprovalRequired());
        assertTrue(s.isApproved());
        assertNull(s.getApprovalReference());
        assertNull(s.getScope());
    }

    @Test
    void approvingTwiceIsRefused() {
        Subcontracting s = arrangement("保守", "2", false);
        s.approve("決裁-1", "officer", NOW);

        assertEquals("subcontracting.alreadyApproved",
                assertThrows(BusinessRuleViolation.class, () -> s.approve("決裁-2", "officer2", NOW.plusDays(1)))
                        .messageKey());
        assertEquals("決裁-1", s.getApprovalReference());
        assertEquals("officer", s.getApprovedBy());
    }
}
