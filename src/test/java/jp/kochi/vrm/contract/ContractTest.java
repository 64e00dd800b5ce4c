package jp.kochi.vrm.contract;

import static jp.kochi.vrm.contract.ContractTestData.END;
import static jp.kochi.vrm.contract.ContractTestData.L2;
import static jp.kochi.vrm.contract.ContractTestData.L3B;
import static jp.kochi.vrm.contract.ContractTestData.LIBRARY;
import static jp.kochi.vrm.contract.ContractTestData.NOW;
import static jp.kochi.vrm.contract.ContractTestData.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.clause.EvidenceTiming;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ContractTest {

    private static String refusal(Executable action) {
        return assertThrows(BusinessRuleViolation.class, action).messageKey();
    }

    private static List<String> codes(List<ContractClause> clauses) {
        return clauses.stream().map(cc -> cc.getClause().getCode()).toList();
    }

    @Test
    void mandatoryClausesFollowTheFactsInAnnexOrder() {
        Contract c = ContractTestData.draft(L3B, true);
        assertEquals(List.of("SEC-01", "SEC-02", "SEC-09", "SEC-10", "SEC-16", "PI-01"), codes(c.getClauses()));
        assertTrue(c.getClauses().stream().allMatch(ContractClause::isMandatory));
        assertEquals("自治体機密性3B以上", c.getClauses().get(4).getMandatoryReason());
        assertEquals("個人情報を取り扱う", c.getClauses().get(5).getMandatoryReason());
    }

    @Test
    void changingTheFactsMovesTheMandatoryClauses() {
        Contract c = ContractTestData.draft(L3B, true);
        c.describe(ContractTestData.terms("保守業務", c.getContractor(), L2, false));
        c.reconcileClauses(LIBRARY);
        List<ContractClause> clauses = c.getClauses();
        assertEquals(List.of("SEC-01", "SEC-02", "SEC-09", "SEC-10", "SEC-16", "PI-01"), codes(clauses),
                "clauses no longer required stay, as optional ones");
        assertFalse(clauses.get(4).isMandatory());
        assertFalse(clauses.get(5).isMandatory());
        c.removeOptional(5L);
        c.removeOptional(6L);
        assertEquals(List.of("SEC-01", "SEC-02", "SEC-09", "SEC-10"), codes(c.getClauses()));
    }

    @Test
    void myNumberWorkIsPersonalInformationWork() {
        Contract c = ContractTestData.draft(L2, false);
        var t = ContractTestData.terms("番号利用事務", c.getContractor(), L2, false);
        c.describe(new Contract.Terms(t.contractNumber(), t.title(), t.department(), t.contractor(), t.periodStart(),
                t.periodEnd(), null, t.confidentiality(), 1, 1, t.segments(), false, true, false, false, false, t.subcontractings()));
        assertTrue(c.isPersonalInfo());
        c.reconcileClauses(LIBRARY);
        assertTrue(codes(c.getClauses()).contains("PI-01"));
    }

    @Test
    void optionalClausesCanBeAddedOnceAndMandatoryOnesNeedApprovalToLeave() {
        Contract c = ContractTestData.draft(L2, false);
        c.addOptional(ContractTestData.COPYRIGHT);
        assertEquals("contract.clause.already", refusal(() -> c.addOptional(ContractTestData.COPYRIGHT)));
        assertEquals("contract.clause.mandatoryNeedsApproval", refusal(() -> c.removeOptional(1L)));
        c.removeOptional(7L);
        assertFalse(codes(c.getClauses()).contains("SEC-18"));
    }

    @Test
    void removingAMandatoryClauseTakesAReasonAndAnotherPersonsApproval() {
        Contract c = ContractTestData.draft(L2, false);
        assertEquals("contract.clause.removalReasonRequired", refusal(() -> c.requestRemoval(3L, " ", "procurer", NOW)));
        c.requestRemoval(3L, "定期報告は別契約で受けるため", "procurer", NOW);
        assertEquals("contract.conclude.removalPending", refusal(() -> c.conclude("procurer", NOW)));
        assertEquals("contract.clause.ownRemoval", refusal(() -> c.decideRemoval(3L, true, "了承", "procurer", NOW)));
        assertEquals("contract.clause.decisionNoteRequired", refusal(() -> c.decideRemoval(3L, true, "", "officer", NOW)));
        c.decideRemoval(3L, true, "別契約 2026-情政-002 で報告を受けることを確認", "officer", NOW);
        assertEquals(List.of("SEC-01", "SEC-02", "SEC-09"), codes(c.getIncludedClauses()));
        assertEquals(4, c.getClauses().size(), "the removed clause stays on record");
        c.reconcileClauses(LIBRARY);
        assertEquals(List.of("SEC-01", "SEC-02", "SEC-09"), codes(c.getIncludedClauses()),
                "an approved removal survives re-selection");
    }

    @Test
    void anApprovedRemovalIsDecidedAnewWhenTheWordingChanges() {
        jp.kochi.vrm.clause.Clause own = jp.kochi.vrm.clause.Clause.of(51L, "SEC-51", jp.kochi.vrm.clause.ClauseChapter.SECURITY,
                jp.kochi.vrm.clause.ClauseCategory.GENERAL, 510, "報告", "受託者は報告する。", List.of(),
                List.of(jp.kochi.vrm.clause.ApplicabilityRule.when().build()));
        Contract c = ContractTestData.draft(L2, false);
        c.reconcileClauses(List.of(own));
        c.requestRemoval(51L, "別契約で報告を受ける", "procurer", NOW);
        c.decideRemoval(51L, true, "確認した", "officer", NOW);
        c.reconcileClauses(List.of(own));
        assertEquals(RemovalState.APPROVED, removal(c, "SEC-51"), "nothing changed: the approval stands");
        own.revise("報告", "受託者は毎月報告しなければならない。", "頻度の明確化", List.of(), "officer", NOW);
        c.reconcileClauses(List.of(own));
        assertEquals(RemovalState.NONE, removal(c, "SEC-51"), "new wording: the clause is back until decided again");
    }

    private static RemovalState removal(Contract c, String code) {
        return c.getClauses().stream().filter(cc -> cc.getClause().getCode().equals(code)).findFirst().orElseThrow()
                .getRemovalState();
    }

    @Test
    void aRejectedRemovalKeepsTheClause() {
        Contract c = ContractTestData.draft(L2, false);
        c.requestRemoval(1L, "不要と考える", "procurer", NOW);
        c.decideRemoval(1L, false, "基本的事項は外せない", "officer", NOW);
        assertEquals(RemovalState.REJECTED, c.getClauses().get(0).getRemovalState());
        assertTrue(c.getClauses().get(0).isIncluded());
        c.conclude("procurer", NOW);
        assertEquals(ContractStatus.CONCLUDED, c.getStatus());
    }

    @Test
    void concludingCreatesOneObligationPerEvidencePerDueDate() {
        Contract c = ContractTestData.draft(L2, false);
        c.conclude("procurer", NOW);
        List<String> schedule = c.getObligations().stream()
                .map(o -> o.getDueDate() + " " + o.getEvidenceName() + " " + o.getContractClause().getClause().getCode())
                .toList();
        assertEquals(List.of(
                "2026-03-18 情報管理計画書 SEC-02",
                "2026-03-18 従事者名簿 SEC-02",
                "2026-07-10 定期報告書 SEC-10",
                "2026-10-10 定期報告書 SEC-10",
                "2027-01-10 定期報告書 SEC-10",
                "2027-04-10 定期報告書 SEC-10",
                "2027-04-30 削除証明書 SEC-09"), schedule);
        assertEquals("contract.notDraft", refusal(() -> c.addOptional(ContractTestData.COPYRIGHT)));
        assertEquals("contract.notDraft", refusal(() -> c.reconcileClauses(LIBRARY)));
    }

    @Test
    void theComplianceMatrixPutsEachObligationUnderTheClauseThatAskedForIt() {
        Contract c = ContractTestData.draft(L2, false);
        c.conclude("procurer", NOW);
        List<String> rows = c.complianceMatrix().stream()
                .map(r -> r.clause().getClause().getCode() + ":" + r.obligations().stream()
                        .map(o -> o.getEvidenceName() + "@" + o.getDueDate()).toList())
                .toList();
        assertEquals(List.of(
                "SEC-02:[情報管理計画書@2026-03-18, 従事者名簿@2026-03-18]",
                "SEC-09:[削除証明書@2027-04-30]",
                "SEC-10:[定期報告書@2026-07-10, 定期報告書@2026-10-10, 定期報告書@2027-01-10, 定期報告書@2027-04-10]"), rows,
                "SEC-01 asks for nothing and has no row");
    }

    @Test
    void aConcludedContractKeepsTheWordingItWasIssuedWith() {
        jp.kochi.vrm.clause.Clause own = jp.kochi.vrm.clause.Clause.of(50L, "SEC-50", jp.kochi.vrm.clause.ClauseChapter.SECURITY,
                jp.kochi.vrm.clause.ClauseCategory.GENERAL, 500, "検査", "受託者は検査を受ける。", List.of(),
                List.of(jp.kochi.vrm.clause.ApplicabilityRule.when().build()));
        Contract concluded = ContractTestData.draft(L2, false);
        concluded.reconcileClauses(List.of(own));
        concluded.conclude("procurer", NOW);
        Contract draft = ContractTestData.draft(L2, false);
        draft.reconcileClauses(List.of(own));

        own.revise("検査", "受託者は発注者の検査を受けなければならない。", "文言の明確化", List.of(), "officer", NOW);
        draft.reconcileClauses(List.of(own));
        assertEquals(1, versionOf(concluded, "SEC-50"), "concluded: version 1 kept");
        assertEquals(2, versionOf(draft, "SEC-50"), "a draft takes the new wording");
    }

    private static int versionOf(Contract c, String code) {
        return c.getIncludedClauses().stream().filter(cc -> cc.getClause().getCode().equals(code)).findFirst()
                .orElseThrow().getClauseVersion().getVersionNo();
    }

    @Test
    void theSameEvidenceFromTwoClausesIsAskedForOnce() {
        Contract c = ContractTestData.draft(L2, false);
        List<ObligationSchedule.Entry> plan = ObligationSchedule.plan(
                java.util.stream.Stream.concat(c.getIncludedClauses().stream(), c.getIncludedClauses().stream()).toList(),
                START, END);
        assertEquals(7, plan.size());
    }

    @Test
    void theLifecycleOnlyMovesForwardAndClosingWaitsForTheDeletionCertificate() throws Exception {
        Contract c = ContractTestData.draft(L2, false);
        assertEquals("contract.start.notConcluded", refusal(() -> c.start(NOW)));
        c.conclude("procurer", NOW);
        assertEquals("contract.finish.notInProgress", refusal(() -> c.finish(NOW)));
        c.start(NOW);
        assertEquals("contract.close.notEnded", refusal(() -> c.close("procurer", NOW)));
        c.finish(NOW);
        assertEquals("contract.close.endObligationsOpen", refusal(() -> c.close("procurer", NOW)));

        Obligation certificate = c.getObligations().stream().filter(o -> o.getTiming() == EvidenceTiming.AT_END)
                .findFirst().orElseThrow();
        EvidenceFile file = evidenceFile();
        certificate.submit(List.of(file), null, STAFF, NOW);
        assertEquals("obligation.ownSubmission", refusal(() -> certificate.review(true, null, "procurer", NOW)));
        assertEquals("obligation.returnNoteRequired", refusal(() -> certificate.review(false, " ", "officer", NOW)));
        certificate.review(false, "署名がありません", "officer", NOW);
        assertEquals("contract.close.endObligationsOpen", refusal(() -> c.close("procurer", NOW)));
        certificate.submit(List.of(file), null, STAFF, NOW);
        certificate.review(true, null, "officer", NOW);
        c.close("procurer", NOW);
        assertEquals(ContractStatus.CLOSED, c.getStatus());
        assertEquals("obligation.notOpen", refusal(() -> certificate.submit(List.of(file), null, STAFF, NOW)));
    }

    @Test
    void obligationStatesOnADay() throws Exception {
        Contract c = ContractTestData.draft(L2, false);
        c.conclude("procurer", NOW);
        Obligation plan = c.getObligations().get(0);
        assertEquals(Obligation.State.DUE, plan.stateOn(LocalDate.of(2026, 3, 18)));
        assertEquals(Obligation.State.OVERDUE, plan.stateOn(LocalDate.of(2026, 3, 19)));
        plan.submit(List.of(evidenceFile()), null, STAFF, NOW);
        assertEquals(Obligation.State.SUBMITTED, plan.stateOn(LocalDate.of(2026, 3, 19)));
        assertFalse(plan.isOverdueOn(LocalDate.of(2026, 3, 19)));
    }

    @Test
    void termsAreCheckedWithAClearReason() {
        Contract c = ContractTestData.draft(L2, false);
        var t = ContractTestData.terms("保守", c.getContractor(), L2, false);
        assertEquals("contract.period.order", refusal(() -> c.describe(new Contract.Terms(t.contractNumber(), t.title(),
                t.department(), t.contractor(), END, START, null, L2, 1, 1, t.segments(), false, false, false, false,
                false, t.subcontractings()))));
        assertEquals("contract.title.required", refusal(() -> c.describe(new Contract.Terms(t.contractNumber(), "  ",
                t.department(), t.contractor(), START, END, null, L2, 1, 1, t.segments(), false, false, false, false,
                false, t.subcontractings()))));
        assertEquals("contract.value.negative", refusal(() -> c.describe(new Contract.Terms(t.contractNumber(), "保守",
                t.department(), t.contractor(), START, END, -1L, L2, 1, 1, t.segments(), false, false, false, false,
                false, t.subcontractings()))));
        assertEquals("contract.cia.range", refusal(() -> c.describe(new Contract.Terms(t.contractNumber(), "保守",
                t.department(), t.contractor(), START, END, null, L2, 3, 1, t.segments(), false, false, false, false,
                false, t.subcontractings()))));
        assertEquals("contract.number.tooLong", refusal(() -> c.describe(new Contract.Terms("x".repeat(41), "保守",
                t.department(), t.contractor(), START, END, null, L2, 1, 1, t.segments(), false, false, false, false,
                false, t.subcontractings()))));
        assertEquals("住民記録システム保守業務", c.getTitle(), "a refused change leaves the contract as it was");
    }

    static final Submitter STAFF = new Submitter("procurer", "調達 一郎", null, SubmitterKind.STAFF);

    static EvidenceFile evidenceFile() throws Exception {
        var ctor = EvidenceFile.class.getDeclaredConstructor(String.class, String.class, long.class, String.class,
                java.time.OffsetDateTime.class, String.class, String.class);
        ctor.setAccessible(true);
        EvidenceFile f = ctor.newInstance("削除証明書.pdf", "application/pdf", 100L, "0".repeat(64), NOW, "procurer",
                "0123456789abcdef0123456789abcdef");
        Field id = EvidenceFile.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(f, 1L);
        return f;
    }
}
