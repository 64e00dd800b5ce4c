package jp.kochi.vrm.cloud;

import static jp.kochi.vrm.cloud.CeilingRuleTest.LEVEL;
import static jp.kochi.vrm.cloud.CeilingRuleTest.RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The service's facts, its usages and exceptions, and what happens when a listing passes its date. */
class ExternalServiceTest {

    static final LocalDate TODAY = CeilingRuleTest.TODAY;
    static final OffsetDateTime NOW = TODAY.atTime(10, 0).atOffset(ZoneOffset.ofHours(9));
    static final Department DEPT = new Department("110", "総務課", "General Affairs");

    static ExternalService.Facts facts(ServiceTerms terms, ServiceKind kind, IsmapStatus ismap, LocalDate listedUntil) {
        return new ExternalService.Facts("文書管理クラウド", "株式会社クラウド", null, kind, terms, null, ismap,
                ismap == IsmapStatus.NONE ? null : "C0001", listedUntil, DataLocation.DOMESTIC, "東京・大阪",
                GoverningLaw.JAPANESE, "高知地方裁判所", true, true, true, true, true, DEPT, "情報政策課長 高知 一郎",
                TODAY.plusMonths(6), null);
    }

    static ExternalService service(ServiceTerms terms, ServiceKind kind, IsmapStatus ismap, LocalDate listedUntil) {
        return new ExternalService(facts(terms, kind, ismap, listedUntil), TODAY, "procurement-demo", NOW);
    }

    static ServiceUsage approvedUsage(ExternalService s, String level, LocalDate on) {
        CeilingRule rule = RULE;
        Ceiling ceiling = rule.derive(s.ceilingFacts(), on);
        ServiceUsage u = s.requestUsage(DEPT, "住民向け通知文の作成", LEVEL.get(level), ceiling, List.of(), "procurement-demo", NOW);
        u.approve(ceiling, null, "security-demo", NOW);
        return u;
    }

    @Test
    void expiredListingLowersTheCeilingAndFlagsTheUsagesAboveIt() {
        LocalDate listedUntil = TODAY.plusDays(10);
        ExternalService s = service(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP, listedUntil);
        ServiceUsage public1 = approvedUsage(s, "1", TODAY);
        ServiceUsage internal2 = approvedUsage(s, "2", TODAY);
        ServiceUsage personal3b = approvedUsage(s, "3B", TODAY);

        Ceiling lastDay = RULE.derive(s.ceilingFacts(), listedUntil);
        assertEquals("3B", lastDay.level().getCode());
        assertEquals(List.of(), s.usagesAbove(lastDay));

        Ceiling dayAfter = RULE.derive(s.ceilingFacts(), listedUntil.plusDays(1));
        assertEquals("1", dayAfter.level().getCode());
        assertEquals(List.of(personal3b, internal2), s.usagesAbove(dayAfter), "newest first, the public one not flagged");
        assertTrue(!public1.isAbove(dayAfter));

        // an ended usage is no longer flagged; a yearly review of a flagged usage is refused
        internal2.end("procurement-demo", NOW);
        assertEquals(List.of(personal3b), s.usagesAbove(dayAfter));
        BusinessRuleViolation review = assertThrows(BusinessRuleViolation.class,
                () -> personal3b.review(dayAfter, "security-demo", NOW));
        assertEquals("usage.review.aboveCeiling", review.messageKey());
    }

    @Test
    void requestAboveTheCeilingIsRefusedWithReasonsAndRemedies() {
        ExternalService s = service(ServiceTerms.STANDARD_TERMS, ServiceKind.SAAS, IsmapStatus.NONE, null);
        Ceiling ceiling = RULE.derive(s.ceilingFacts(), TODAY);
        List<Reason> remedies = RULE.remedies(ceiling, s.ceilingFacts(), LEVEL.get("2"));
        CeilingExceeded refused = assertThrows(CeilingExceeded.class, () -> s.requestUsage(DEPT, "職員名簿の共有",
                LEVEL.get("2"), ceiling, remedies, "procurement-demo", NOW));
        assertEquals("usage.aboveCeiling", refused.messageKey());
        assertEquals(List.of("cloud.reason.standardTerms"), refused.reasons().stream().map(Reason::key).toList());
        assertEquals(List.of("cloud.remedy.negotiateLiu", "cloud.remedy.noException.standardTerms"),
                refused.remedies().stream().map(Reason::key).toList(), "no exception lifts a standard-terms service");
        assertEquals(List.of(), s.getUsages(), "nothing is recorded");
    }

    @Test
    void decisionsAreFourEyesAndMoveForwardOnly() {
        ExternalService s = service(ServiceTerms.STANDARD_TERMS, ServiceKind.SAAS, IsmapStatus.NONE, null);
        Ceiling ceiling = RULE.derive(s.ceilingFacts(), TODAY);
        ServiceUsage u = s.requestUsage(DEPT, "イベント告知", LEVEL.get("1"), ceiling, List.of(), "security-demo", NOW);
        assertEquals("usage.fourEyes",
                assertThrows(BusinessRuleViolation.class, () -> u.approve(ceiling, null, "security-demo", NOW)).messageKey());
        assertEquals("app.required",
                assertThrows(BusinessRuleViolation.class, () -> u.reject("  ", "security-2", NOW)).messageKey());
        u.approve(ceiling, "年次で確認", "security-2", NOW);
        assertEquals(UsageStatus.APPROVED, u.getStatus());
        assertEquals(TODAY.plusYears(1), u.getReviewDue());
        assertEquals("usage.status.changed",
                assertThrows(BusinessRuleViolation.class, () -> u.reject("遅い", "security-3", NOW)).messageKey());
        u.review(ceiling, "security-2", NOW.plusMonths(11));
        assertEquals(TODAY.plusMonths(11).plusYears(1), u.getReviewDue());
        assertTrue(u.isReviewOverdue(TODAY.plusMonths(11).plusYears(1).plusDays(1)));

        ServiceUsage other = s.requestUsage(DEPT, "広報", LEVEL.get("1"), ceiling, List.of(), "procurement-demo", NOW);
        assertEquals("usage.withdraw.notRequester",
                assertThrows(BusinessRuleViolation.class, () -> other.withdraw("sns-demo", NOW)).messageKey());
        other.withdraw("procurement-demo", NOW);
        assertEquals(UsageStatus.WITHDRAWN, other.getStatus());
    }

    @Test
    void factsAreCheckedBeforeAnythingChanges() {
        ExternalService s = service(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, null);
        assertRefused("service.ismap.liuSaasOnly",
                () -> s.describe(facts(ServiceTerms.NEGOTIATED, ServiceKind.IAAS, IsmapStatus.ISMAP_LIU, TODAY), TODAY));
        assertRefused("app.required",
                () -> s.describe(facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.ISMAP, null), TODAY));
        ExternalService.Facts f = facts(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, null);
        assertRefused("service.reviewDate.past", () -> s.describe(withReview(f, TODAY.minusDays(1)), TODAY));
        assertRefused("service.reviewDate.tooFar", () -> s.describe(withReview(f, TODAY.plusYears(4)), TODAY));
        assertRefused("app.tooLong", () -> s.describe(new ExternalService.Facts("x".repeat(201), f.providerName(), null,
                f.kind(), f.terms(), null, f.ismapStatus(), null, null, f.dataLocation(), null, f.governingLaw(), null,
                false, false, false, false, false, DEPT, "責任者", f.reviewDate(), null), TODAY));
        assertEquals("文書管理クラウド", s.getName(), "nothing changed");
        assertNull(s.getIsmapNumber());

        // a review date already stored may stay while it is past (the review is overdue, not refused)
        s.describe(f, TODAY);
        s.describe(f, TODAY.plusMonths(7));
        assertTrue(s.isReviewOverdue(TODAY.plusMonths(7)));

        // markup is kept as text, stripped of surrounding blanks only
        s.describe(new ExternalService.Facts("  <script>alert(1)</script>  ", f.providerName(), null, f.kind(), f.terms(),
                null, f.ismapStatus(), null, null, f.dataLocation(), null, f.governingLaw(), null, false, false, false, false,
                false, DEPT, "責任者", f.reviewDate(), null), TODAY.plusMonths(7));
        assertEquals("<script>alert(1)</script>", s.getName());
    }

    @Test
    void exceptionsNeedAReasonAFutureExpiryWithinAYearAndALevelAboveTheCeiling() {
        ExternalService s = service(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, null);
        assertRefused("exception.notAbove",
                () -> s.requestException(LEVEL.get("1"), "理由", TODAY.plusDays(30), RULE, TODAY, "security-demo", NOW));
        assertRefused("app.required",
                () -> s.requestException(LEVEL.get("2"), " ", TODAY.plusDays(30), RULE, TODAY, "security-demo", NOW));
        assertRefused("exception.expiresOn.past",
                () -> s.requestException(LEVEL.get("2"), "理由", TODAY, RULE, TODAY, "security-demo", NOW));
        assertRefused("exception.expiresOn.tooFar",
                () -> s.requestException(LEVEL.get("2"), "理由", TODAY.plusMonths(13), RULE, TODAY, "security-demo", NOW));
        ExceptionApproval requested = s.requestException(LEVEL.get("2"), "災害時の職員連絡に限る", TODAY.plusMonths(3), RULE,
                TODAY, "security-demo", NOW);
        assertEquals("1", RULE.derive(s.ceilingFacts(), TODAY).level().getCode(), "not before a second officer approves");
        s.approveException(requested, RULE, TODAY, "lead-demo", NOW);
        assertEquals("2", RULE.derive(s.ceilingFacts(), TODAY).level().getCode());
        requested.revoke("利用目的の終了", "security-demo", NOW);
        assertEquals("1", RULE.derive(s.ceilingFacts(), TODAY).level().getCode());
        assertRefused("exception.alreadyRevoked", () -> requested.revoke("再度", "security-demo", NOW));
    }

    @Test
    void exceptionApprovalNeedsASecondOfficer() {
        ExternalService s = service(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, null);
        ExceptionApproval requested = s.requestException(LEVEL.get("3B"), "更改作業の間だけ", TODAY.plusDays(30), RULE,
                TODAY, "security-demo", NOW);
        BusinessRuleViolation own = assertThrows(BusinessRuleViolation.class,
                () -> s.approveException(requested, RULE, TODAY, "security-demo", NOW));
        assertEquals("exception.fourEyes", own.messageKey());
        assertTrue(own.isRefusal(), "recorded in the audit log like the other four-eyes refusals");
        assertNull(requested.getApprovedBy());
        assertEquals("1", RULE.derive(s.ceilingFacts(), TODAY).level().getCode());

        s.approveException(requested, RULE, TODAY, "lead-demo", NOW);
        assertEquals("3B", RULE.derive(s.ceilingFacts(), TODAY).level().getCode());
        assertRefused("exception.alreadyApproved", () -> s.approveException(requested, RULE, TODAY, "other-officer", NOW));
        assertEquals("1", RULE.derive(s.ceilingFacts(), TODAY.plusDays(31)).level().getCode(), "ended after its date");
        ExternalService other = service(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, null);
        assertRefused("exception.ended", () -> {
            ExceptionApproval late = other.requestException(LEVEL.get("2"), "理由", TODAY.plusDays(1), RULE, TODAY,
                    "security-demo", NOW);
            other.approveException(late, RULE, TODAY.plusDays(2), "lead-demo", NOW);
        });
    }

    @Test
    void exceptionsBeyondThePolicyLimitAreImpossible() {
        ExternalService standard = service(ServiceTerms.STANDARD_TERMS, ServiceKind.SAAS, IsmapStatus.NONE, null);
        assertRefused("exception.beyondPolicy.standardTerms", () -> standard.requestException(LEVEL.get("2"), "理由",
                TODAY.plusDays(30), RULE, TODAY, "security-demo", NOW));
        assertEquals(List.of(), standard.getExceptions());

        ExternalService overseas = service(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, null);
        ExternalService.Facts f = overseas.facts();
        overseas.describe(new ExternalService.Facts(f.name(), f.providerName(), null, f.kind(), f.terms(), null,
                f.ismapStatus(), null, null, DataLocation.DOMESTIC, null, GoverningLaw.FOREIGN, null, false, false, false,
                false, false, DEPT, "責任者", f.reviewDate(), null), TODAY);
        assertRefused("exception.beyondPolicy.overseas", () -> overseas.requestException(LEVEL.get("3C"), "理由",
                TODAY.plusDays(30), RULE, TODAY, "security-demo", NOW));
        ExceptionApproval two = overseas.requestException(LEVEL.get("2"), "理由", TODAY.plusDays(30), RULE, TODAY,
                "security-demo", NOW);
        assertEquals("2", two.getLevel().getCode());
    }

    @Test
    void anExceptionAskedForBeforeTheServiceMovedAbroadCannotBeApprovedAfterwards() {
        ExternalService s = service(ServiceTerms.NEGOTIATED, ServiceKind.SAAS, IsmapStatus.NONE, null);
        ExceptionApproval requested = s.requestException(LEVEL.get("3B"), "理由", TODAY.plusDays(30), RULE, TODAY,
                "security-demo", NOW);
        ExternalService.Facts f = s.facts();
        s.describe(new ExternalService.Facts(f.name(), f.providerName(), null, f.kind(), f.terms(), null,
                f.ismapStatus(), null, null, DataLocation.OVERSEAS, null, GoverningLaw.JAPANESE, null, false, false,
                false, false, false, DEPT, "責任者", f.reviewDate(), null), TODAY);
        assertRefused("exception.beyondPolicy.overseas",
                () -> s.approveException(requested, RULE, TODAY, "lead-demo", NOW));
        assertNull(requested.getApprovedBy());
    }

    @Test
    void aServiceWithLiveUsagesCannotBeRetired() {
        ExternalService s = service(ServiceTerms.STANDARD_TERMS, ServiceKind.SAAS, IsmapStatus.NONE, null);
        ServiceUsage u = approvedUsage(s, "1", TODAY);
        assertRefused("service.retire.liveUsages", s::retire);
        u.end("procurement-demo", NOW);
        s.retire();
        assertRefused("service.retired", () -> s.requestUsage(DEPT, "広報", LEVEL.get("1"),
                RULE.derive(s.ceilingFacts(), TODAY), List.of(), "procurement-demo", NOW));
    }

    private static ExternalService.Facts withReview(ExternalService.Facts f, LocalDate review) {
        return new ExternalService.Facts(f.name(), f.providerName(), f.providerContractor(), f.kind(), f.terms(),
                f.contract(), f.ismapStatus(), f.ismapNumber(), f.ismapListedUntil(), f.dataLocation(), f.dataRegions(),
                f.governingLaw(), f.court(), f.mfa(), f.sso(), f.encryptionAtRest(), f.auditLogs(), f.deletionOnExit(),
                f.department(), f.responsiblePerson(), review, f.notes());
    }

    private static void assertRefused(String key, Runnable action) {
        assertEquals(key, assertThrows(BusinessRuleViolation.class, action::run).messageKey());
    }
}
