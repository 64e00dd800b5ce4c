package jp.kochi.vrm.vetting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.contractor.RiskTier;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.LocalText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VettingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 4, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final ConfidentialityLevel LEVEL_1 = ConfidentialityLevel.of("1", 1);
    private static final ConfidentialityLevel LEVEL_2 = ConfidentialityLevel.of("2", 2);

    private SelectionChecklist checklist;
    private Contractor contractor;

    @BeforeEach
    void setUp() {
        checklist = SelectionChecklist.publish(null, List.of(
                new ItemDraft("RULES", "情報セキュリティ規程がある", null, false, true),
                new ItemDraft("AUDIT", "内部監査を行っている", null, false, false),
                new ItemDraft("MN_TECH", "特定個人情報の技術的安全管理措置", "Technical safeguards for My Number", true, true)),
                "note", "officer", NOW);
        contractor = new Contractor("株式会社テスト", "テスト", CorporateNumber.withCheckDigit("123456789012"), false,
                "高知市", "代表 太郎", NOW);
    }

    private Vetting draft(ConfidentialityLevel level, boolean myNumber) {
        return new Vetting(contractor, checklist, "住民情報システムの保守", level, false, myNumber, "procurer", NOW);
    }

    private static List<String> codes(Vetting vetting) {
        return vetting.getAnswers().stream().map(a -> a.getItem().getCode()).toList();
    }

    private static VettingAnswer answer(Vetting vetting, String code) {
        return vetting.getAnswers().stream().filter(a -> a.getItem().getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no answer for " + code + " in " + codes(vetting)));
    }

    private static void answerAll(Vetting vetting, Answer answer) {
        vetting.getAnswers().forEach(a -> a.setAnswer(answer));
    }

    private Vetting submitted(ConfidentialityLevel level) {
        Vetting vetting = draft(level, false);
        answerAll(vetting, Answer.YES);
        vetting.submit("procurer", NOW);
        return vetting;
    }

    @Test
    void newVettingWithoutMyNumberAsksOnlyTheGeneralItemsUnanswered() {
        Vetting vetting = draft(LEVEL_2, false);

        assertEquals(List.of("RULES", "AUDIT"), codes(vetting));
        assertTrue(vetting.getAnswers().stream().allMatch(a -> a.getAnswer() == null));
        assertEquals(VettingStatus.DRAFT, vetting.getStatus());
        assertNull(vetting.getRiskTier());
    }

    @Test
    void newVettingWithMyNumberAlsoAsksTheMyNumberItemsAndCountsAsPersonalInfo() {
        Vetting vetting = draft(LEVEL_2, true);

        assertEquals(List.of("RULES", "AUDIT", "MN_TECH"), codes(vetting));
        assertTrue(vetting.isPersonalInfo());
        assertTrue(vetting.isMyNumber());
    }

    @Test
    void switchingMyNumberOnAddsItsItemsAndOffDropsThemKeepingOtherAnswers() {
        Vetting vetting = draft(LEVEL_2, false);
        answer(vetting, "RULES").setAnswer(Answer.YES);

        vetting.describeWork("マイナンバー関連業務", LEVEL_2, false, true);
        assertEquals(List.of("RULES", "AUDIT", "MN_TECH"), codes(vetting));
        assertEquals(Answer.YES, answer(vetting, "RULES").getAnswer());
        assertNull(answer(vetting, "MN_TECH").getAnswer());

        answer(vetting, "MN_TECH").setAnswer(Answer.NO);
        vetting.describeWork("通常業務", LEVEL_2, false, false);
        assertEquals(List.of("RULES", "AUDIT"), codes(vetting));
        assertEquals(Answer.YES, answer(vetting, "RULES").getAnswer());
        assertEquals("通常業務", vetting.getWorkDescription());
    }

    @Test
    void describeWorkRefusesABlankDescriptionAndAMissingLevel() {
        Vetting vetting = draft(LEVEL_2, false);

        assertEquals("vetting.work.required", assertThrows(BusinessRuleViolation.class,
                () -> vetting.describeWork("  ", LEVEL_2, false, false)).messageKey());
        assertEquals("vetting.confidentiality.required", assertThrows(BusinessRuleViolation.class,
                () -> vetting.describeWork("保守", null, false, false)).messageKey());
    }

    @Test
    void submitRefusesUnansweredItemsNamingTheirQuestionsNotTheirCodes() {
        Vetting vetting = draft(LEVEL_2, true);
        answer(vetting, "AUDIT").setAnswer(Answer.YES);

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> vetting.submit("procurer", NOW));

        assertEquals("vetting.unanswered", refused.messageKey());
        LocalText named = (LocalText) refused.arguments()[0];
        assertEquals("「情報セキュリティ規程がある」、「特定個人情報の技術的安全管理措置」", named.in(Locale.JAPANESE));
        assertEquals("\"情報セキュリティ規程がある\"; \"Technical safeguards for My Number\"", named.in(Locale.ENGLISH),
                "an item without English is named in Japanese rather than by its code");
        assertEquals(VettingStatus.DRAFT, vetting.getStatus());
        assertNull(vetting.getSubmittedBy());
    }

    @Test
    void submitRefusesNotApplicableOnAnEssentialItem() {
        Vetting vetting = draft(LEVEL_2, false);
        answer(vetting, "RULES").setAnswer(Answer.NOT_APPLICABLE);
        answer(vetting, "AUDIT").setAnswer(Answer.YES);

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> vetting.submit("procurer", NOW));

        assertEquals("vetting.essentialNotApplicable", refused.messageKey());
        assertEquals("「情報セキュリティ規程がある」", ((LocalText) refused.arguments()[0]).in(Locale.JAPANESE));
        assertEquals(VettingStatus.DRAFT, vetting.getStatus());
    }

    @Test
    void submitAcceptsNotApplicableOnANonEssentialItem() {
        Vetting vetting = draft(LEVEL_1, false);
        answer(vetting, "RULES").setAnswer(Answer.YES);
        answer(vetting, "AUDIT").setAnswer(Answer.NOT_APPLICABLE);

        vetting.submit("procurer", NOW);

        assertEquals(VettingStatus.SUBMITTED, vetting.getStatus());
        assertEquals(RiskTier.LOW, vetting.getRiskTier());
    }

    @Test
    void submitFixesTheTierAndRecordsTheSubmitter() {
        Vetting vetting = draft(LEVEL_1, false);
        answer(vetting, "RULES").setAnswer(Answer.YES);
        answer(vetting, "AUDIT").setAnswer(Answer.PARTIAL);

        vetting.submit("procurer", NOW);
        BusinessRuleViolation changed = assertThrows(BusinessRuleViolation.class,
                () -> answer(vetting, "RULES").setAnswer(Answer.NO));

        assertEquals("vetting.notDraft", changed.messageKey(), "a submitted answer is part of the record");
        assertEquals(VettingStatus.SUBMITTED, vetting.getStatus());
        assertEquals(RiskTier.MEDIUM, vetting.getRiskTier());
        assertEquals(RiskTier.MEDIUM, vetting.assessment().tier());
        assertEquals("procurer", vetting.getSubmittedBy());
        assertEquals(NOW, vetting.getSubmittedAt());
    }

    @Test
    void submitGivesMyNumberWorkTheHighTier() {
        Vetting vetting = draft(LEVEL_1, true);
        answerAll(vetting, Answer.YES);

        vetting.submit("procurer", NOW);

        assertEquals(RiskTier.HIGH, vetting.getRiskTier());
    }

    @Test
    void submitterCanNeverApproveTheirOwnVetting() {
        Vetting vetting = submitted(LEVEL_2);

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> vetting.approve("procurer", NOW, "問題なし", TODAY.plusYears(1)));

        assertEquals("vetting.fourEyes", refused.messageKey());
        assertEquals(VettingStatus.SUBMITTED, vetting.getStatus());
        assertNull(vetting.getDecidedBy());
        assertNull(vetting.getValidUntil());
    }

    @Test
    void submitterCanNeverRejectTheirOwnVetting() {
        Vetting vetting = submitted(LEVEL_2);

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> vetting.reject("procurer", NOW, "不備あり"));

        assertEquals("vetting.fourEyes", refused.messageKey());
        assertEquals(VettingStatus.SUBMITTED, vetting.getStatus());
    }

    @Test
    void approvalByAnotherUserRecordsTheDecision() {
        Vetting vetting = submitted(LEVEL_2);
        OffsetDateTime decidedAt = NOW.plusHours(2);

        vetting.approve("officer", decidedAt, "  規程・監査ともに確認済み  ", TODAY.plusYears(1));

        assertEquals(VettingStatus.APPROVED, vetting.getStatus());
        assertEquals("officer", vetting.getDecidedBy());
        assertEquals(decidedAt, vetting.getDecidedAt());
        assertEquals("規程・監査ともに確認済み", vetting.getDecisionReason());
        assertEquals(LocalDate.of(2026, 4, 1), vetting.getValidUntil());
        assertEquals(RiskTier.MEDIUM, vetting.getRiskTier());
    }

    @Test
    void rejectionByAnotherUserRecordsTheReason() {
        Vetting vetting = submitted(LEVEL_2);

        vetting.reject("officer", NOW, "監査報告書が未添付");

        assertEquals(VettingStatus.REJECTED, vetting.getStatus());
        assertEquals("officer", vetting.getDecidedBy());
        assertEquals("監査報告書が未添付", vetting.getDecisionReason());
        assertNull(vetting.getValidUntil());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-04-01", "2025-03-31", "2028-04-02", "2030-01-01"})
    void validUntilMustBeAfterTodayAndWithinThreeYears(String until) {
        Vetting vetting = submitted(LEVEL_2);

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> vetting.approve("officer", NOW, "確認済み", LocalDate.parse(until)));

        assertEquals("vetting.validUntil.range", refused.messageKey());
        assertArrayEquals(new Object[] {3}, refused.arguments());
        assertEquals(VettingStatus.SUBMITTED, vetting.getStatus());
    }

    @Test
    void validUntilIsRequired() {
        Vetting vetting = submitted(LEVEL_2);

        assertEquals("vetting.validUntil.range", assertThrows(BusinessRuleViolation.class,
                () -> vetting.approve("officer", NOW, "確認済み", null)).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-04-02", "2028-04-01"})
    void validUntilMayBeTomorrowOrExactlyThreeYearsAhead(String until) {
        Vetting vetting = submitted(LEVEL_2);

        vetting.approve("officer", NOW, "確認済み", LocalDate.parse(until));

        assertEquals(LocalDate.parse(until), vetting.getValidUntil());
        assertEquals(VettingStatus.APPROVED, vetting.getStatus());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void approvalNeedsADecisionReason(String reason) {
        Vetting vetting = submitted(LEVEL_2);

        assertEquals("vetting.decisionReason.required", assertThrows(BusinessRuleViolation.class,
                () -> vetting.approve("officer", NOW, reason, TODAY.plusYears(1))).messageKey());
        assertEquals(VettingStatus.SUBMITTED, vetting.getStatus());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void rejectionNeedsADecisionReason(String reason) {
        Vetting vetting = submitted(LEVEL_2);

        assertEquals("vetting.decisionReason.required", assertThrows(BusinessRuleViolation.class,
                () -> vetting.reject("officer", NOW, reason)).messageKey());
        assertEquals(VettingStatus.SUBMITTED, vetting.getStatus());
    }

    @Test
    void aDraftCannotBeApprovedOrRejected() {
        Vetting vetting = draft(LEVEL_2, false);
        answerAll(vetting, Answer.YES);

        assertEquals("vetting.notSubmitted", assertThrows(BusinessRuleViolation.class,
                () -> vetting.approve("officer", NOW, "確認済み", TODAY.plusYears(1))).messageKey());
        assertEquals("vetting.notSubmitted", assertThrows(BusinessRuleViolation.class,
                () -> vetting.reject("officer", NOW, "不備あり")).messageKey());
        assertEquals(VettingStatus.DRAFT, vetting.getStatus());
    }

    @Test
    void aDecidedVettingCannotBeDecidedAgain() {
        Vetting vetting = submitted(LEVEL_2);
        vetting.approve("officer", NOW, "確認済み", TODAY.plusYears(1));

        assertEquals("vetting.notSubmitted", assertThrows(BusinessRuleViolation.class,
                () -> vetting.reject("officer2", NOW, "やはり差戻し")).messageKey());
        assertEquals(VettingStatus.APPROVED, vetting.getStatus());
        assertEquals("officer", vetting.getDecidedBy());
    }

    @Test
    void aSubmittedVettingCannotBeChanged() {
        Vetting vetting = submitted(LEVEL_2);

        assertEquals("vetting.notDraft", assertThrows(BusinessRuleViolation.class,
                () -> vetting.describeWork("別の業務", LEVEL_1, false, true)).messageKey());
        assertEquals("vetting.notDraft", assertThrows(BusinessRuleViolation.class,
                () -> vetting.submit("procurer", NOW)).messageKey());
        assertEquals(List.of("RULES", "AUDIT"), codes(vetting));
        assertEquals(LEVEL_2, vetting.getConfidentiality());
    }

    @Test
    void aVettingForAnEndedContractorIsRefused() {
        contractor.end("契約満了", "procurer", NOW);

        assertEquals("contractor.ended", assertThrows(BusinessRuleViolation.class,
                () -> draft(LEVEL_2, false)).messageKey());
    }
}
