package jp.kochi.vrm.contractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractorLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 4, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final String CORPORATE_NUMBER = CorporateNumber.withCheckDigit("123456789012");

    private Contractor contractor;

    @BeforeEach
    void setUp() {
        contractor = new Contractor("株式会社テスト", "テスト", CORPORATE_NUMBER, false, "高知市", "代表 太郎", NOW);
    }

    private void approve(LocalDate validUntil) {
        contractor.vettingSubmitted("審査 #1 を提出", "procurer", NOW);
        contractor.vettingApproved(RiskTier.MEDIUM, validUntil, "審査 #1 を承認", "officer", NOW.plusHours(1));
    }

    private static String refusal(Executable action) {
        return assertThrows(BusinessRuleViolation.class, action).messageKey();
    }

    private static void assertChange(StatusChange change, ContractorStatus from, ContractorStatus to, String reason,
            String actor, OffsetDateTime at) {
        assertEquals(from, change.getFrom());
        assertEquals(to, change.getTo());
        assertEquals(reason, change.getReason());
        assertEquals(actor, change.getActor());
        assertEquals(at, change.getChangedAt());
    }

    @Test
    void aNewContractorIsACandidateWithoutTierOrHistory() {
        assertEquals(ContractorStatus.CANDIDATE, contractor.getStatus());
        assertNull(contractor.getRiskTier());
        assertNull(contractor.getVettingValidUntil());
        assertTrue(contractor.getStatusChanges().isEmpty());
    }

    @Test
    void submittingAVettingPutsACandidateUnderReview() {
        contractor.vettingSubmitted("審査 #1 を提出", "procurer", NOW);

        assertEquals(ContractorStatus.UNDER_REVIEW, contractor.getStatus());
        assertEquals(1, contractor.getStatusChanges().size());
        assertChange(contractor.getStatusChanges().get(0), ContractorStatus.CANDIDATE, ContractorStatus.UNDER_REVIEW,
                "審査 #1 を提出", "procurer", NOW);
    }

    @Test
    void approvingAVettingApprovesWithItsTierAndValidUntilNewestChangeFirst() {
        approve(LocalDate.of(2026, 3, 31));

        assertEquals(ContractorStatus.APPROVED, contractor.getStatus());
        assertEquals(RiskTier.MEDIUM, contractor.getRiskTier());
        assertEquals(LocalDate.of(2026, 3, 31), contractor.getVettingValidUntil());
        List<StatusChange> changes = contractor.getStatusChanges();
        assertEquals(2, changes.size());
        assertChange(changes.get(0), ContractorStatus.UNDER_REVIEW, ContractorStatus.APPROVED, "審査 #1 を承認",
                "officer", NOW.plusHours(1));
        assertChange(changes.get(1), ContractorStatus.CANDIDATE, ContractorStatus.UNDER_REVIEW, "審査 #1 を提出",
                "procurer", NOW);
    }

    @Test
    void anApprovedContractorStaysApprovedWhenARevettingIsSubmitted() {
        approve(TODAY.plusYears(1));

        contractor.vettingSubmitted("審査 #2 を提出", "procurer", NOW.plusDays(300));

        assertEquals(ContractorStatus.APPROVED, contractor.getStatus());
        assertEquals(2, contractor.getStatusChanges().size());
    }

    @Test
    void anApprovedRevettingUpdatesTierAndValidUntilWithoutAStatusChange() {
        approve(TODAY.plusYears(1));

        contractor.vettingApproved(RiskTier.HIGH, TODAY.plusYears(2), "審査 #2 を承認", "officer", NOW.plusDays(300));

        assertEquals(ContractorStatus.APPROVED, contractor.getStatus());
        assertEquals(RiskTier.HIGH, contractor.getRiskTier());
        assertEquals(TODAY.plusYears(2), contractor.getVettingValidUntil());
        assertEquals(2, contractor.getStatusChanges().size());
    }

    @Test
    void aRejectedVettingReturnsAContractorUnderReviewToCandidate() {
        contractor.vettingSubmitted("審査 #1 を提出", "procurer", NOW);

        contractor.vettingRejected("審査 #1 を差戻し", "officer", NOW.plusHours(1));

        assertEquals(ContractorStatus.CANDIDATE, contractor.getStatus());
        assertChange(contractor.getStatusChanges().get(0), ContractorStatus.UNDER_REVIEW, ContractorStatus.CANDIDATE,
                "審査 #1 を差戻し", "officer", NOW.plusHours(1));
    }

    @Test
    void aRejectedRevettingLeavesAnApprovedContractorApproved() {
        approve(TODAY.plusYears(1));

        contractor.vettingRejected("審査 #2 を差戻し", "officer", NOW.plusDays(300));

        assertEquals(ContractorStatus.APPROVED, contractor.getStatus());
        assertEquals(RiskTier.MEDIUM, contractor.getRiskTier());
        assertEquals(2, contractor.getStatusChanges().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void suspendingNeedsAReason(String reason) {
        approve(TODAY.plusYears(1));

        assertEquals("contractor.reason.required", refusal(() -> contractor.suspend(reason, "officer", NOW)));
        assertEquals(ContractorStatus.APPROVED, contractor.getStatus());
        assertEquals(2, contractor.getStatusChanges().size());
    }

    @Test
    void aReasonLongerThan500CharactersIsRefused() {
        approve(TODAY.plusYears(1));

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> contractor.suspend("あ".repeat(501), "officer", NOW));

        assertEquals("contractor.reason.tooLong", refused.messageKey());
        assertArrayEquals(new Object[] {500}, refused.arguments());
    }

    @Test
    void suspendingAndReinstatingAreRecordedWithReasonAndActor() {
        approve(TODAY.plusYears(1));

        contractor.suspend("  情報漏えい事故の調査中  ", "officer", NOW.plusDays(10));
        assertEquals(ContractorStatus.SUSPENDED, contractor.getStatus());
        assertTrue(contractor.isMayReinstate());
        assertFalse(contractor.isMaySuspend());

        contractor.reinstate("調査完了、再発防止策を確認", "officer2", NOW.plusDays(20));
        assertEquals(ContractorStatus.APPROVED, contractor.getStatus());

        List<StatusChange> changes = contractor.getStatusChanges();
        assertEquals(4, changes.size());
        assertChange(changes.get(0), ContractorStatus.SUSPENDED, ContractorStatus.APPROVED, "調査完了、再発防止策を確認",
                "officer2", NOW.plusDays(20));
        assertChange(changes.get(1), ContractorStatus.APPROVED, ContractorStatus.SUSPENDED, "情報漏えい事故の調査中",
                "officer", NOW.plusDays(10));
    }

    @Test
    void aCandidateCannotBeSuspended() {
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> contractor.suspend("念のため", "officer", NOW));

        assertEquals("contractor.status.notAllowed", refused.messageKey());
        assertArrayEquals(new Object[] {"contractor.status.CANDIDATE", "contractor.status.SUSPENDED"},
                refused.arguments());
        assertEquals(ContractorStatus.CANDIDATE, contractor.getStatus());
    }

    @Test
    void reinstatingIsRefusedOnceTheVettingHasLapsed() {
        approve(TODAY.plusYears(1));
        contractor.suspend("認証失効", "officer", NOW);
        OffsetDateTime dayAfterValidUntil = NOW.plusYears(1).plusDays(1);

        assertEquals("contractor.reinstate.vettingLapsed",
                refusal(() -> contractor.reinstate("認証更新済み", "officer", dayAfterValidUntil)));
        assertEquals(ContractorStatus.SUSPENDED, contractor.getStatus());
    }

    @Test
    void reinstatingIsAllowedOnTheLastDayTheVettingIsValid() {
        approve(TODAY.plusYears(1));
        contractor.suspend("認証失効", "officer", NOW);

        contractor.reinstate("認証更新済み", "officer", NOW.plusYears(1));

        assertEquals(ContractorStatus.APPROVED, contractor.getStatus());
    }

    @Test
    void reinstatingNeedsAReason() {
        approve(TODAY.plusYears(1));
        contractor.suspend("認証失効", "officer", NOW);

        assertEquals("contractor.reason.required", refusal(() -> contractor.reinstate(" ", "officer", NOW)));
        assertEquals(ContractorStatus.SUSPENDED, contractor.getStatus());
    }

    @Test
    void endingIsFinal() {
        approve(TODAY.plusYears(1));
        contractor.end("契約満了", "officer", NOW.plusDays(30));

        assertEquals(ContractorStatus.ENDED, contractor.getStatus());
        assertTrue(contractor.isEnded());
        assertFalse(contractor.isMayEnd());
        assertEquals("contractor.status.notAllowed", refusal(() -> contractor.suspend("再停止", "officer", NOW)));
        assertEquals("contractor.status.notAllowed", refusal(() -> contractor.reinstate("再開", "officer", NOW)));
        assertEquals("contractor.status.notAllowed", refusal(() -> contractor.end("再終了", "officer", NOW)));
        assertEquals("contractor.ended", refusal(() -> contractor.vettingSubmitted("審査 #2", "procurer", NOW)));
        assertEquals("contractor.ended", refusal(
                () -> contractor.vettingApproved(RiskTier.LOW, TODAY.plusYears(2), "審査 #2", "officer", NOW)));
        contractor.vettingRejected("審査 #2 を差戻し", "officer", NOW);

        assertEquals(ContractorStatus.ENDED, contractor.getStatus());
        assertEquals(RiskTier.MEDIUM, contractor.getRiskTier());
        assertEquals(3, contractor.getStatusChanges().size());
        assertChange(contractor.getStatusChanges().get(0), ContractorStatus.APPROVED, ContractorStatus.ENDED,
                "契約満了", "officer", NOW.plusDays(30));
    }

    @Test
    void aCandidateMayBeEndedDirectly() {
        contractor.end("取引見送り", "procurer", NOW);

        assertEquals(ContractorStatus.ENDED, contractor.getStatus());
        assertChange(contractor.getStatusChanges().get(0), ContractorStatus.CANDIDATE, ContractorStatus.ENDED,
                "取引見送り", "procurer", NOW);
    }

    @Test
    void anApprovalLapsesTheDayAfterItsValidUntil() {
        approve(LocalDate.of(2026, 3, 31));

        assertFalse(contractor.vettingLapsed(LocalDate.of(2026, 3, 31)));
        assertTrue(contractor.vettingLapsed(LocalDate.of(2026, 4, 1)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "　"})
    void aCompanyMustHaveACorporateNumber(String blank) {
        assertEquals("contractor.corporateNumber.requiredForCompany",
                refusal(() -> contractor.setCorporateNumber(blank, false)));
        assertEquals(CORPORATE_NUMBER, contractor.getCorporateNumber());
        assertFalse(contractor.isSoleProprietor());
    }

    @Test
    void aSoleProprietorMayHaveNoCorporateNumber() {
        contractor.setCorporateNumber("  ", true);

        assertNull(contractor.getCorporateNumber());
        assertTrue(contractor.isSoleProprietor());
    }

    @Test
    void aCompanyCannotBeRegisteredWithoutACorporateNumber() {
        assertEquals("contractor.corporateNumber.requiredForCompany", refusal(
                () -> new Contractor("株式会社テスト", "テスト", "", false, "高知市", "代表 太郎", NOW)));
    }

    @ParameterizedTest
    @CsvSource({
            "8123456789012, contractor.corporateNumber.WRONG_CHECK_DIGIT",
            "712345678901, contractor.corporateNumber.WRONG_LENGTH",
            "712345678901A, contractor.corporateNumber.NOT_DIGITS"})
    void anInvalidCorporateNumberIsRefusedWithItsProblem(String number, String key) {
        assertEquals(key, refusal(() -> contractor.setCorporateNumber(number, false)));
        assertEquals(key, refusal(() -> contractor.setCorporateNumber(number, true)));
        assertEquals(CORPORATE_NUMBER, contractor.getCorporateNumber());
    }

    @Test
    void aCorporateNumberIsStoredAsThirteenAsciiDigits() {
        contractor.setCorporateNumber("７０００－０１２０－５０００２", false);

        assertEquals("7000012050002", contractor.getCorporateNumber());
    }

    @ParameterizedTest
    @CsvSource({
            "てすと, テスト",
            "ﾃｽﾄ, テスト",
            "ｶﾌﾞｼｷｶﾞｲｼｬ ｺｳﾁ, カブシキガイシャ コウチ",
            "こうち・でんき, コウチ・デンキ",
            "'  テスト  ', テスト"})
    void theKanaReadingIsStoredAsFullWidthKatakana(String typed, String stored) {
        contractor.setNameKana(typed);

        assertEquals(stored, contractor.getNameKana());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Test", "テスト株式会社", "テスト1"})
    void aKanaReadingWithOtherCharactersIsRefused(String typed) {
        assertEquals("contractor.kana.notKatakana", refusal(() -> contractor.setNameKana(typed)));
        assertEquals("テスト", contractor.getNameKana());
    }

    @Test
    void aContactWithoutANameIsRefusedNamingItsPosition() {
        contractor.getContacts().add(new ContactPerson("高知 花子", "総務部", "hanako@example.jp", "088-822-8111"));
        contractor.getContacts().add(new ContactPerson("  ", "情報システム部", "it@example.jp", null));

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class, contractor::checkContacts);

        assertEquals("contact.name.required", refused.messageKey());
        assertArrayEquals(new Object[] {2}, refused.arguments());
    }

    @Test
    void emptyContactRowsAreDroppedBeforeTheCheck() {
        contractor.getContacts().add(new ContactPerson("高知 花子", null, null, null));
        contractor.getContacts().add(new ContactPerson(" ", "", null, " "));

        contractor.dropEmptyContacts();
        contractor.checkContacts();

        assertEquals(1, contractor.getContacts().size());
    }

    @Test
    void moreThanFiveContactsAreRefused() {
        for (int i = 1; i <= 6; i++) {
            contractor.getContacts().add(new ContactPerson("担当 " + i, null, null, null));
        }

        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class, contractor::checkContacts);

        assertEquals("contractor.contacts.tooMany", refused.messageKey());
        assertArrayEquals(new Object[] {5}, refused.arguments());
    }
}
