package jp.kochi.vrm.cloud;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.PortalStarted;

/**
 * Demo external services, loaded once after the demo contractors: a standard-terms form service (level 1) with a
 * request awaiting a security officer; an ISMAP-listed document management service (up to 3B) used by two
 * departments and raised to 3A for a season by an exception two security officers approved; a web meeting service
 * whose ISMAP-LIU listing expired, so its level-2 usage is flagged, with an exception waiting for a second officer;
 * and an overseas storage service on standard terms, which the policy limits to level 1 whatever the exception.
 */
@Stateless
@PermitAll
public class ExternalServiceDemoData {

    private static final String PROCUREMENT = "procurement-demo";
    private static final String OFFICER = "security-demo";
    /** The second security officer of the demo realm (also procurement). */
    private static final String SECOND_OFFICER = "lead-demo";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CeilingReference reference;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 750) PortalStarted started) {
        if (!started.demoData()) {
            return;
        }
        if (em.createQuery("SELECT COUNT(s) FROM ExternalService s", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Department> dept = em.createQuery("SELECT d FROM Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::getCode, d -> d));
        if (!dept.containsKey("120")) {
            return;
        }
        Map<String, ConfidentialityLevel> level = em.createQuery("SELECT l FROM ConfidentialityLevel l",
                ConfidentialityLevel.class).getResultStream().collect(Collectors.toMap(ConfidentialityLevel::getCode, l -> l));
        Contractor shimanto = em.createQuery("SELECT c FROM Contractor c WHERE c.name = :n", Contractor.class)
                .setParameter("n", "四万十クラウド合同会社").getResultStream().findFirst().orElse(null);
        CeilingRule rule = reference.rule();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();

        ExternalService forms = service(new ExternalService.Facts("かんたん申請フォーム", "フォームクラウド株式会社", null,
                ServiceKind.SAAS, ServiceTerms.STANDARD_TERMS, null, IsmapStatus.NONE, null, null, DataLocation.DOMESTIC,
                "東京", GoverningLaw.JAPANESE, "東京地方裁判所", true, false, true, true, true, dept.get("130"),
                "広報広聴課長 高橋 美咲", today.plusMonths(5), "イベント参加申込・アンケートの受付に限る。"), today, now);
        approve(rule, forms, dept.get("130"), "市主催イベントの参加申込とアンケートの受付", level.get("1"), now);
        request(rule, forms, dept.get("510"), "観光キャンペーンの応募受付（氏名等は扱わない）", level.get("1"), "sns-demo", now);

        ExternalService documents = service(new ExternalService.Facts("自治体文書管理クラウド", "四万十クラウド合同会社", shimanto,
                ServiceKind.SAAS, ServiceTerms.NEGOTIATED, null, IsmapStatus.ISMAP, "C24-0123-1", today.plusDays(200),
                DataLocation.DOMESTIC, "東京・大阪リージョン", GoverningLaw.JAPANESE, "高知地方裁判所", true, true, true, true,
                true, dept.get("120"), "情報政策課長 高知 一郎", today.plusMonths(9), null), today, now);
        approve(rule, documents, dept.get("110"), "庁内文書の作成・決裁・保存", level.get("2"), now);
        approve(rule, documents, dept.get("310"), "住民からの届出書類の電子保存", level.get("3B"), now);

        // Listed until a date still ahead when the usage was approved; the listing has since expired (set below).
        ExternalService meetings = service(new ExternalService.Facts("Web会議サービス", "ミーティングクラウド株式会社", null,
                ServiceKind.SAAS, ServiceTerms.NEGOTIATED, null, IsmapStatus.ISMAP_LIU, "L25-0007", today.plusDays(30),
                DataLocation.DOMESTIC, "東京", GoverningLaw.JAPANESE, "東京地方裁判所", true, true, true, false, true,
                dept.get("120"), "情報政策課 係長 土佐 次郎", today.plusMonths(3), null), today, now);
        approve(rule, meetings, dept.get("120"), "庁内・関係機関とのWeb会議（会議資料の共有を含む）", level.get("2"), now);
        ExternalService.Facts expired = meetings.facts();
        meetings.describe(new ExternalService.Facts(expired.name(), expired.providerName(), null, expired.kind(),
                expired.terms(), null, expired.ismapStatus(), expired.ismapNumber(), today.minusDays(12),
                expired.dataLocation(), expired.dataRegions(), expired.governingLaw(), expired.court(), expired.mfa(),
                expired.sso(), expired.encryptionAtRest(), expired.auditLogs(), expired.deletionOnExit(),
                expired.department(), expired.responsiblePerson(), expired.reviewDate(), expired.notes()), today);

        ExternalService storage = service(new ExternalService.Facts("オンラインストレージ", "Global Storage Inc.", null,
                ServiceKind.SAAS, ServiceTerms.STANDARD_TERMS, null, IsmapStatus.NONE, null, null, DataLocation.OVERSEAS,
                "米国", GoverningLaw.FOREIGN, "米国カリフォルニア州の裁判所", true, true, true, true, false, dept.get("110"),
                "総務課長 坂本 龍", today.plusMonths(2), "公開済みの資料の共有に限って利用する。"), today, now);
        approve(rule, storage, dept.get("110"), "公開済みの研修資料の共有", level.get("1"), now);

        // Two officers allowed the document service 3A for a season; the meeting service's exception, asked for until
        // its listing is renewed, waits for a second officer, so its usage stays flagged.
        ExceptionApproval exception = documents.requestException(level.get("3A"), "基幹系システム更改の設計書（機密性3A）を"
                + "更改作業の間だけ保管する。作業終了後は削除証明を受ける。", today.plusDays(60), rule, today, OFFICER, now);
        em.persist(exception);
        documents.approveException(exception, rule, today, SECOND_OFFICER, now);
        ExceptionApproval pending = meetings.requestException(level.get("2"), "ISMAP-LIUの更新を申請済み。更新後の掲載期限を"
                + "記録するまでの暫定措置。", today.plusDays(45), rule, today, OFFICER, now);
        em.persist(pending);
        em.flush();
    }

    private ExternalService service(ExternalService.Facts facts, LocalDate today, OffsetDateTime now) {
        ExternalService s = new ExternalService(facts, today, PROCUREMENT, now);
        em.persist(s);
        return s;
    }

    private void approve(CeilingRule rule, ExternalService s, Department d, String purpose, ConfidentialityLevel l,
            OffsetDateTime now) {
        ServiceUsage u = request(rule, s, d, purpose, l, PROCUREMENT, now);
        u.approve(rule.derive(s.ceilingFacts(), now.toLocalDate()), null, OFFICER, now);
    }

    private ServiceUsage request(CeilingRule rule, ExternalService s, Department d, String purpose, ConfidentialityLevel l,
            String requester, OffsetDateTime now) {
        Ceiling ceiling = rule.derive(s.ceilingFacts(), now.toLocalDate());
        ServiceUsage u = s.requestUsage(d, purpose, l, ceiling, List.of(), requester, now);
        em.persist(u);
        return u;
    }
}
