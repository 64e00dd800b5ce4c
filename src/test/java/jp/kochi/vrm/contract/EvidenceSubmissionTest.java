package jp.kochi.vrm.contract;

import static jp.kochi.vrm.contract.ContractTestData.L2;
import static jp.kochi.vrm.contract.ContractTestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import jp.kochi.vrm.contractor.ContactPerson;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Submissions of evidence: 提出待ち → 審査中 → 承認 / 差戻し → 再提出, the rules on each step, and the send-back mail. */
class EvidenceSubmissionTest {

    private static final Submitter REP = new Submitter("rep@kochi-data.example.jp", "山本 花子", "rep@kochi-data.example.jp",
            SubmitterKind.CONTRACTOR);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private Contract contract;
    private Obligation plan;
    private EvidenceFile file;

    @BeforeEach
    void concluded() throws Exception {
        contract = ContractTestData.draft(L2, false);
        contract.conclude("procurer", NOW);
        plan = contract.getObligations().get(0);
        file = ContractTest.evidenceFile();
    }

    @Test
    void aSendBackAndAResubmissionMakeNumberedVersions() {
        assertEquals(ObligationStatus.OPEN, plan.getStatus());
        assertTrue(plan.isOpenForSubmission());

        EvidenceSubmission first = plan.submit(List.of(file), "  初回の提出です。 ", REP, NOW);
        assertEquals(1, first.getVersionNo());
        assertEquals("初回の提出です。", first.getComment());
        assertEquals(ObligationStatus.SUBMITTED, plan.getStatus());
        assertEquals(Obligation.State.SUBMITTED, plan.stateOn(DAY));
        assertFalse(plan.isOpenForSubmission());

        plan.review(false, "押印がありません。", "officer", NOW.plusDays(1));
        assertEquals(ObligationStatus.RETURNED, plan.getStatus());
        assertEquals(EvidenceSubmission.Decision.RETURNED, first.getDecision());
        assertEquals("officer", first.getReviewedBy());

        EvidenceSubmission second = plan.submit(List.of(file, file), null, REP, NOW.plusDays(2));
        assertEquals(2, second.getVersionNo());
        assertEquals(ObligationStatus.RESUBMITTED, plan.getStatus());
        assertEquals(Obligation.State.SUBMITTED, plan.stateOn(DAY), "a resubmission is under review too");
        assertEquals(List.of(second, first), plan.getSubmissionsNewestFirst());
        assertEquals(EvidenceSubmission.Decision.RETURNED, first.getDecision(), "the earlier version keeps its decision");

        plan.review(true, null, "procurer", NOW.plusDays(3));
        assertEquals(ObligationStatus.ACCEPTED, plan.getStatus());
        assertEquals(EvidenceSubmission.Decision.ACCEPTED, second.getDecision());
        assertFalse(plan.isOutstanding());
    }

    @Test
    void handingInIsRefusedWithTheReason() {
        assertEquals("obligation.fileRequired", refusal(() -> plan.submit(List.of(), null, REP, NOW)));
        assertEquals("obligation.tooManyFiles", refusal(() -> plan.submit(Collections.nCopies(11, file), null, REP, NOW)));
        assertEquals("obligation.commentTooLong", refusal(() -> plan.submit(List.of(file), "あ".repeat(1001), REP, NOW)));
        assertEquals(ObligationStatus.OPEN, plan.getStatus(), "a refused hand-in changes nothing");
        assertTrue(plan.getSubmissions().isEmpty());

        plan.submit(List.of(file), null, REP, NOW);
        assertEquals("obligation.underReview", refusal(() -> plan.submit(List.of(file), null, REP, NOW)));
        plan.review(true, null, "officer", NOW);
        assertEquals("obligation.notOpen", refusal(() -> plan.submit(List.of(file), null, REP, NOW)));
    }

    @Test
    void aCompletedContractTakesNoMoreEvidence() {
        contract.start(NOW);
        contract.finish(NOW);
        contract.getObligations().stream().filter(x -> x.getTiming() == jp.kochi.vrm.clause.EvidenceTiming.AT_END)
                .forEach(x -> {
                    x.submit(List.of(file), null, REP, NOW);
                    x.review(true, null, "officer", NOW);
                });
        contract.close("procurer", NOW);
        Obligation stillOpen = contract.getObligations().stream().filter(x -> x.getStatus() == ObligationStatus.OPEN)
                .findFirst().orElseThrow();
        assertFalse(stillOpen.isOpenForSubmission());
        assertEquals("obligation.contractNotActive", refusal(() -> stillOpen.submit(List.of(file), null, REP, NOW)));
    }

    @Test
    void reviewIsByAnotherPersonAndASendBackSaysWhy() {
        assertEquals("obligation.notSubmitted", refusal(() -> plan.review(true, null, "officer", NOW)));
        plan.submit(List.of(file), null, new Submitter("procurer", null, null, SubmitterKind.STAFF), NOW);
        assertEquals("obligation.ownSubmission", refusal(() -> plan.review(true, null, "procurer", NOW)));
        assertEquals("obligation.returnNoteRequired", refusal(() -> plan.review(false, "  ", "officer", NOW)));
        assertEquals("obligation.reviewNoteTooLong", refusal(() -> plan.review(false, "x".repeat(1001), "officer", NOW)));
        assertEquals(ObligationStatus.SUBMITTED, plan.getStatus());
        assertFalse(plan.latestSubmission().orElseThrow().isReviewed());
    }

    @Test
    void aSubmissionsFilesCannotBeChanged() {
        EvidenceSubmission s = plan.submit(List.of(file), null, REP, NOW);
        assertThrows(UnsupportedOperationException.class, () -> s.getFiles().add(file));
        assertThrows(UnsupportedOperationException.class, () -> plan.getSubmissions().clear());
    }

    @Test
    void theSendBackMailGoesToWhoeverHandedItIn() {
        contract.getContractor().getContacts().add(new ContactPerson("中岡 誠", "営業部", "m.nakaoka@example.jp", "088"));
        plan.submit(List.of(file), null, REP, NOW);
        EvidenceSubmission returned = plan.review(false, "押印がありません。\n対象期間も記入してください。", "officer",
                NOW.plusDays(1));
        assertEquals(List.of("rep@kochi-data.example.jp"), List.copyOf(SendBackNotice.recipients(returned)));

        String subject = SendBackNotice.subject(returned);
        assertTrue(subject.startsWith("【高知市】提出書類の差戻し：") && subject.contains(plan.getEvidenceName()), subject);
        String body = SendBackNotice.body(returned, "https://vrm.example.jp/vrm");
        assertTrue(body.contains("押印がありません。\n対象期間も記入してください。"), body);
        assertTrue(body.contains("https://vrm.example.jp/vrm/portal/obligation.xhtml?id=" + plan.getId()), body);
        assertTrue(body.contains("第1版（2026/03/01 提出）"), body);
        assertTrue(body.contains("提出期限：" + jp.kochi.vrm.platform.Dates.format(plan.getDueDate())), body);
        assertFalse(SendBackNotice.body(returned, null).contains("http"), "no link without a public address");

        // Evidence the city recorded from paper: the contractor's contact persons are told.
        plan.submit(List.of(file), null, new Submitter("procurer", null, null, SubmitterKind.STAFF), NOW.plusDays(2));
        EvidenceSubmission paper = plan.review(false, "写しが不鮮明です。", "officer", NOW.plusDays(3));
        assertEquals(List.of("m.nakaoka@example.jp"), List.copyOf(SendBackNotice.recipients(paper)));
    }

    private static String refusal(Executable action) {
        return assertThrows(BusinessRuleViolation.class, action).messageKey();
    }
}
