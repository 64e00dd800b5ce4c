package jp.kochi.vrm.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An account's facts, its guideline's self-check, posts and their flags, dormancy, and who may do what. */
class SnsAccountTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final OffsetDateTime NOW = TODAY.atTime(10, 0).atOffset(ZoneOffset.ofHours(9));
    static final Department DEPT = new Department("130", "広報広聴課", "Public Relations Division");

    static SnsAccount.Facts facts(String responsible, String deputy, AccountStatus status, String location) {
        return new SnsAccount.Facts(Platform.X, null, "@kochi_city", "https://x.com/Kochi_City/", "高知市", DEPT, responsible,
                "広報広聴課長", deputy, deputy == null ? null : "主査", Operator.STAFF, null, "市政情報の発信", "市民", status, true,
                location, "広報広聴課長", TODAY.minusMonths(1), TODAY.minusYears(1));
    }

    static SnsAccount account(String responsible, String deputy) {
        return new SnsAccount(facts(responsible, deputy, AccountStatus.ACTIVE, "広報広聴課の金庫"), TODAY, responsible, NOW);
    }

    static Guideline guideline(SnsAccount a) {
        return new Guideline(a, 1, new Guideline.Text("・行事のお知らせ\n\n・防災情報", "自治体機密性2以上の情報\n- 個人情報",
                "返信しない", "公的機関のみ", "平日 8:30〜17:15", "訂正を投稿する", "初版"), "sns-demo", NOW);
    }

    @Test
    void addressAndHandleAreKeptAsEnteredAndComparedNormalised() {
        SnsAccount a = account("sns-demo", null);
        assertEquals("https://x.com/Kochi_City/", a.getAddress());
        assertEquals("x.com/kochi_city", a.getNormalizedAddress());
        assertEquals("kochi_city", a.getNormalizedHandle());
    }

    @Test
    void theSelfCheckIsDerivedFromTheGuidelineOneItemPerLine() {
        Guideline g = guideline(account("sns-demo", null));
        assertEquals(List.of("行事のお知らせ", "防災情報"), g.getMayPostItems());
        assertEquals(List.of("発信できる情報の範囲内である（行事のお知らせ／防災情報）", "次の内容を含まない：自治体機密性2以上の情報",
                "次の内容を含まない：個人情報"), g.checkItems());
    }

    @Test
    void aFailedCheckFlagsThePostUntilItIsResolved() {
        SnsAccount a = account("sns-demo", null);
        Guideline g = guideline(a);
        SnsPost clean = new SnsPost(a, g, TODAY, "行事のお知らせ", PostCategory.EVENT, List.of(true, true, true), TODAY,
                "sns-demo", NOW);
        assertFalse(clean.isFlagged());
        assertEquals("sns.post.notFlagged",
                assertThrows(BusinessRuleViolation.class, () -> clean.resolve("確認", "sns-demo", NOW)).messageKey());

        SnsPost failed = new SnsPost(a, g, TODAY, "窓口の写真", PostCategory.NOTICE, List.of(true, true, false), TODAY,
                "sns-demo", NOW);
        assertTrue(failed.isOpenFlag());
        assertEquals(List.of("次の内容を含まない：個人情報"), failed.getFailedItems());
        assertEquals("app.required",
                assertThrows(BusinessRuleViolation.class, () -> failed.resolve(" ", "security-demo", NOW)).messageKey());
        failed.resolve("写真を差し替えた", "security-demo", NOW);
        assertFalse(failed.isOpenFlag());
        assertTrue(failed.isFlagged(), "the post stays marked as having failed");
    }

    @Test
    void aPostMustAnswerEveryCheckOfTheCurrentGuidelineAndNotBeInTheFuture() {
        SnsAccount a = account("sns-demo", null);
        Guideline g = guideline(a);
        assertRefused("sns.post.checksChanged",
                () -> new SnsPost(a, g, TODAY, "x", PostCategory.OTHER, List.of(true, true), TODAY, "sns-demo", NOW));
        assertRefused("sns.post.checksChanged", () -> new SnsPost(a, g, TODAY, "x", PostCategory.OTHER,
                java.util.Arrays.asList(true, null, true), TODAY, "sns-demo", NOW));
        assertRefused("sns.post.future", () -> new SnsPost(a, g, TODAY.plusDays(1), "x", PostCategory.OTHER,
                List.of(true, true, true), TODAY, "sns-demo", NOW));
        assertRefused("sns.post.beforeOpened", () -> new SnsPost(a, g, TODAY.minusYears(2), "x", PostCategory.OTHER,
                List.of(true, true, true), TODAY, "sns-demo", NOW));
    }

    @Test
    void anActiveAccountSilentForMoreThanTheConfiguredDaysIsDormant() {
        SnsAccount a = account("sns-demo", null);
        assertTrue(a.isDormant(TODAY, 90), "opened a year ago, never posted");
        a.posted(TODAY.minusDays(89));
        assertFalse(a.isDormant(TODAY, 90), "89 days silent");
        assertTrue(a.isDormant(TODAY.plusDays(1), 90), "90 days silent: dormant, as the list says (90 days or more)");
        assertFalse(a.isDormant(TODAY.plusDays(1), 120), "the number of days is a setting");
        a.describe(facts("sns-demo", null, AccountStatus.SUSPENDED, "広報広聴課の金庫"), TODAY, "sns-demo");
        assertFalse(a.isDormant(TODAY.plusDays(200), 90), "a suspended account is not dormant: it is known to be quiet");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"パスワード: Kochi2026!", "password=hunter22", "PW：x9y8z7", "リカバリーコード：8f3k2m1x",
            "封筒の中 1234 5678 9012", "a1b2-c3d4 ほか", "コード abcd1234efgh"})
    void aSecretIsNeverStoredOnlyWhereItIsKept(String location) {
        assertRefused("sns.secret", () -> account("sns-demo", null)
                .describe(facts("sns-demo", null, AccountStatus.ACTIVE, location), TODAY, "sns-demo"));
    }

    @Test
    void everyFreeTextFieldOfAnAccountRefusesASecretAndNamesTheField() {
        SnsAccount a = account("sns-demo", null);
        SnsAccount.Facts f = facts("sns-demo", "deputy", AccountStatus.ACTIVE, "金庫");
        String secret = "初期パスワードは P@ssw0rd2024! です";
        List<SnsAccount.Facts> each = List.of(
                new SnsAccount.Facts(Platform.OTHER, secret, f.handle(), f.address(), f.displayName(), DEPT, "sns-demo",
                        f.responsibleName(), "deputy", f.deputyName(), Operator.STAFF, null, f.purpose(), f.audience(),
                        f.status(), true, "金庫", f.credentialHolder(), null, f.openedOn()),
                withText(f, secret, 0), withText(f, secret, 1), withText(f, secret, 2), withText(f, secret, 3),
                withText(f, secret, 4), withText(f, secret, 5));
        List<String> fields = List.of("sns.platformOther", "sns.displayName", "sns.responsibleName", "sns.deputyName",
                "sns.purpose", "sns.audience", "sns.credentialHolder");
        for (int i = 0; i < each.size(); i++) {
            SnsAccount.Facts facts = each.get(i);
            BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class, () -> a.describe(facts, TODAY, "sns-demo"));
            assertEquals("sns.secret", refused.messageKey());
            assertEquals(fields.get(i), refused.arguments()[0]);
        }
        assertEquals("高知市", a.getDisplayName(), "nothing changed");
        assertEquals("市政情報の発信", a.getPurpose());
    }

    /** The facts with one of display name, responsible, deputy, purpose, audience, holder replaced by {@code text}. */
    private static SnsAccount.Facts withText(SnsAccount.Facts f, String text, int which) {
        return new SnsAccount.Facts(f.platform(), null, f.handle(), f.address(), which == 0 ? text : f.displayName(), DEPT,
                f.responsibleUser(), which == 1 ? text : f.responsibleName(), f.deputyUser(),
                which == 2 ? text : f.deputyName(), Operator.STAFF, null, which == 3 ? text : f.purpose(),
                which == 4 ? text : f.audience(), f.status(), true, f.credentialLocation(),
                which == 5 ? text : f.credentialHolder(), null, f.openedOn());
    }

    @Test
    void everyVersionedTextRefusesASecretAndNamesTheField() {
        SnsAccount a = account("sns-demo", null);
        String code = "予備コード 8f3k-29dk-1mzq は封筒へ";
        String[] g = {"行事のお知らせ", "個人情報", "返信しない", "公的機関のみ", "平日 8:30〜17:15", "訂正を投稿する", "初版"};
        String[] guidelineFields = {"sns.guideline.mayPost", "sns.guideline.mustNotPost", "sns.guideline.replyPolicy",
            "sns.guideline.followPolicy", "sns.guideline.postingHours", "sns.guideline.deletionPolicy", "sns.changeNote"};
        for (int i = 0; i < g.length; i++) {
            String[] t = g.clone();
            t[i] = code;
            Guideline.Text text = new Guideline.Text(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
            BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                    () -> new Guideline(a, 2, text, "sns-demo", NOW));
            assertEquals("sns.secret", refused.messageKey());
            assertEquals(guidelineFields[i], refused.arguments()[0]);
        }
        String[] p = {"責任者の確認を経て投稿する。", "パスワードを直ちに変更し、情報セキュリティ責任者に報告する。", "初版"};
        String[] procedureFields = {"sns.procedure.operation", "sns.procedure.incidentResponse", "sns.changeNote"};
        for (int i = 0; i < p.length; i++) {
            String[] t = p.clone();
            t[i] = "認証アプリの鍵 JBSWY3DPEHPK3PXP";
            Procedure.Text text = new Procedure.Text(t[0], t[1], t[2]);
            BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                    () -> new Procedure(a, 2, text, "sns-demo", NOW));
            assertEquals("sns.secret", refused.messageKey());
            assertEquals(procedureFields[i], refused.arguments()[0]);
        }
        assertEquals("パスワードを直ちに変更し、情報セキュリティ責任者に報告する。",
                new Procedure(a, 2, new Procedure.Text(p[0], p[1], p[2]), "sns-demo", NOW).getIncidentResponse());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"広報広聴課の金庫", "パスワード管理台帳（課長が保管）", "Safe room 2, key held by the division head",
            "公用スマートフォンの認証アプリ", "電話 088-823-9000 の担当係", "キャビネット No.2024-0001", "内線 12345678",
            "pass: 金庫の中", "パスワード: 金庫に保管"})
    void descriptionsOfWhereSecretsAreKeptAreAccepted(String location) {
        SnsAccount a = account("sns-demo", null);
        a.describe(facts("sns-demo", null, AccountStatus.ACTIVE, location), TODAY, "sns-demo");
        assertEquals(location, a.getCredentialLocation());
    }

    @Test
    void factsAreCheckedBeforeAnythingChanges() {
        SnsAccount a = account("sns-demo", null);
        SnsAccount.Facts f = facts("sns-demo", "sns-demo", AccountStatus.ACTIVE, "金庫");
        assertRefused("sns.deputy.same", () -> a.describe(f, TODAY, "sns-demo"));
        assertRefused("sns.address.invalid", () -> a.describe(new SnsAccount.Facts(Platform.X, null, "@kochi", "javascript:alert(1)",
                "高知市", DEPT, "sns-demo", "課長", null, null, Operator.STAFF, null, "目的", "市民", AccountStatus.ACTIVE, true,
                "金庫", "課長", null, TODAY), TODAY, "sns-demo"));
        assertRefused("sns.address.noPath", () -> a.describe(new SnsAccount.Facts(Platform.X, null, "@kochi", "https://x.com/",
                "高知市", DEPT, "sns-demo", "課長", null, null, Operator.STAFF, null, "目的", "市民", AccountStatus.ACTIVE, true,
                "金庫", "課長", null, TODAY), TODAY, "sns-demo"));
        assertRefused("sns.contract.required", () -> a.describe(new SnsAccount.Facts(Platform.X, null, "@kochi",
                "https://x.com/kochi", "高知市", DEPT, "sns-demo", "課長", null, null, Operator.CONTRACTOR, null, "目的", "市民",
                AccountStatus.ACTIVE, true, "金庫", "課長", null, TODAY), TODAY, "sns-demo"));
        assertRefused("sns.openedOn.future", () -> a.describe(new SnsAccount.Facts(Platform.X, null, "@kochi",
                "https://x.com/kochi", "高知市", DEPT, "sns-demo", "課長", null, null, Operator.STAFF, null, "目的", "市民",
                AccountStatus.ACTIVE, true, "金庫", "課長", null, TODAY.plusDays(1)), TODAY, "sns-demo"));
        assertEquals("x.com/kochi_city", a.getNormalizedAddress(), "nothing changed");
    }

    @Test
    void anOwnerReadsEditsAndLogsOnlyTheAccountsNamingThem() {
        SnsAccount mine = account("sns-demo", null);
        SnsAccount deputyOf = account("someone", "sns-demo");
        SnsAccount theirs = account("someone", "other");
        SnsAccess owner = new SnsAccess("sns-demo", false, false, true);
        assertTrue(owner.mayEdit(mine) && owner.mayLog(mine) && owner.mayRead(mine));
        assertTrue(owner.mayEdit(deputyOf) && owner.mayLog(deputyOf));
        assertFalse(owner.mayRead(theirs) || owner.mayEdit(theirs) || owner.mayLog(theirs));
        assertFalse(owner.mayCreate(facts("someone", null, AccountStatus.ACTIVE, "金庫")));
        assertTrue(owner.mayCreate(facts("someone", "sns-demo", AccountStatus.ACTIVE, "金庫")));

        SnsAccess officer = new SnsAccess("security-demo", true, true, false);
        assertTrue(officer.mayRead(theirs) && officer.mayEdit(theirs));
        assertFalse(officer.mayLog(theirs), "posts are logged by the people who run the account");
        SnsAccess auditor = new SnsAccess("auditor-demo", true, false, false);
        assertTrue(auditor.mayRead(theirs));
        assertFalse(auditor.mayEdit(theirs) || auditor.mayCreate(facts("auditor-demo", null, AccountStatus.ACTIVE, "金庫")));

        SnsPost flagged = new SnsPost(deputyOf, guideline(deputyOf), TODAY, "x", PostCategory.OTHER, List.of(true, false, true),
                TODAY, "sns-demo", NOW);
        assertFalse(owner.mayResolve(flagged), "the flag goes to the responsible person, not the deputy");
        assertTrue(new SnsAccess("someone", false, false, true).mayResolve(flagged));
    }

    private static void assertRefused(String key, Runnable action) {
        assertEquals(key, assertThrows(BusinessRuleViolation.class, action::run).messageKey());
    }

    @Test
    void theYearlyReviewIsDueAYearAfterOpeningThenAYearAfterEachReview() {
        SnsAccount a = account("sns-demo", null);
        // Opened a year ago (facts): due today, overdue tomorrow.
        assertEquals(TODAY, a.getReviewDue());
        assertEquals(false, a.isReviewOverdue(TODAY));
        assertEquals(true, a.isReviewOverdue(TODAY.plusDays(1)));
        java.util.Map<String, String> before = a.auditState();
        a.reviewed(TODAY.plusDays(3), "sns-demo");
        // The review is a change the audit log records (the listener writes an entry when the state differs).
        java.util.Map<String, String> changed = new java.util.TreeMap<>();
        a.auditState().forEach((field, value) -> {
            if (!java.util.Objects.equals(value, before.get(field))) {
                changed.put(field, value);
            }
        });
        assertEquals(java.util.Map.of("reviewedOn", TODAY.plusDays(3).toString(), "reviewedBy", "sns-demo",
                "reviewDue", TODAY.plusDays(3).plusMonths(12).toString()), changed);
        assertEquals(TODAY.plusDays(3).plusMonths(12), a.getReviewDue());
        assertEquals("sns-demo", a.getReviewedBy());
        assertEquals(false, a.isReviewOverdue(TODAY.plusDays(4)));
        SnsAccount closed = new SnsAccount(facts("sns-demo", null, AccountStatus.CLOSED, "金庫"), TODAY, "sns-demo", NOW);
        assertRefused("sns.review.closed", () -> closed.reviewed(TODAY, "sns-demo"));
        assertEquals(false, closed.isReviewOverdue(TODAY.plusYears(3)), "closed accounts are not reviewed");
    }

    @Test
    void anAccountIsPublicOnlyOnceAnotherSecurityOfficerConfirmedItsAddress() {
        SnsAccount a = account("sns-demo", null);
        assertFalse(a.isPublic());
        BusinessRuleViolation own = assertThrows(BusinessRuleViolation.class, () -> a.confirm("sns-demo", NOW));
        assertEquals("sns.confirm.ownChange", own.messageKey());
        assertTrue(own.isRefusal());
        a.confirm("security-demo", NOW);
        assertTrue(a.isPublic());
        assertRefused("sns.confirm.already", () -> a.confirm("lead-demo", NOW));

        a.describe(facts("sns-demo", null, AccountStatus.SUSPENDED, "広報広聴課の金庫"), TODAY, "sns-demo");
        assertTrue(a.isPublic(), "a new status is no new address");
        SnsAccount.Facts f = a.facts();
        a.describe(new SnsAccount.Facts(Platform.INSTAGRAM, null, f.handle(), "https://www.instagram.com/kochi_city/",
                f.displayName(), DEPT, f.responsibleUser(), f.responsibleName(), null, null, Operator.STAFF, null,
                f.purpose(), f.audience(), f.status(), true, f.credentialLocation(), f.credentialHolder(), null,
                f.openedOn()), TODAY, "security-demo");
        assertFalse(a.isPublic(), "a new platform and address wait for confirmation");
        assertEquals("security-demo", a.getIdentityChangedBy());
        assertRefused("sns.confirm.ownChange", () -> a.confirm("security-demo", NOW));
        a.confirm("lead-demo", NOW);
        assertTrue(a.isPublic());
    }

    @Test
    void theOneWhoLoggedAPostCannotCloseItsFinding() {
        SnsAccount a = account("sns-demo", "sns-deputy");
        SnsPost flagged = new SnsPost(a, guideline(a), TODAY, "窓口の写真", PostCategory.NOTICE, List.of(true, true, false),
                TODAY, "sns-demo", NOW);
        assertTrue(flagged.isOpenFlag());
        BusinessRuleViolation own = assertThrows(BusinessRuleViolation.class,
                () -> flagged.resolve("写真を差し替えた", "sns-demo", NOW));
        assertEquals("sns.post.resolveOwn", own.messageKey());
        assertTrue(own.isRefusal());
        assertTrue(flagged.isOpenFlag());
        flagged.resolve("写真を差し替えた", "security-demo", NOW);
        assertFalse(flagged.isOpenFlag());
    }
}
