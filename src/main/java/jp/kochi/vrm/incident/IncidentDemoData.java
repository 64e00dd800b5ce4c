package jp.kochi.vrm.incident;

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
import jp.kochi.vrm.action.ActionOrigin;
import jp.kochi.vrm.action.CorrectiveAction;
import jp.kochi.vrm.cloud.ExternalService;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contract.ContractStatus;
import jp.kochi.vrm.evidence.DemoEvidence;
import jp.kochi.vrm.platform.PortalStarted;

/**
 * Demo incidents, relative to today: a leak at the data-entry contractor being handled (preliminary report made, the
 * final one coming due, a countermeasure the contractor is to carry out), and a provider's notice about an external
 * service, closed. Nothing is created when incidents exist or the demo contract is missing.
 */
@Stateless
@PermitAll
public class IncidentDemoData {

    private static final Author CONTRACTOR = new Author("contractor-demo", "委託 太郎", IncidentEntry.AuthorKind.CONTRACTOR);
    private static final Author PROCUREMENT = new Author("procurement-demo", "調達 花子", IncidentEntry.AuthorKind.STAFF);
    private static final Author OFFICER = new Author("security-demo", "情報 守", IncidentEntry.AuthorKind.STAFF);
    private static final Author LEAD = new Author("lead-demo", "統括 一郎", IncidentEntry.AuthorKind.STAFF);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DemoEvidence demoEvidence;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 770) PortalStarted started) {
        if (!started.demoData()) {
            return;
        }
        if (em.createQuery("SELECT COUNT(i) FROM Incident i", Long.class).getSingleResult() > 0) {
            return;
        }
        Contract entry = em.createQuery("SELECT c FROM Contract c WHERE c.title = :t AND c.status <> :draft",
                Contract.class).setParameter("t", "住民税課税資料データ入力業務委託")
                .setParameter("draft", ContractStatus.DRAFT).getResultStream().findFirst().orElse(null);
        if (entry == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();

        // Being handled: a mis-sent mail with residents' data; more than 100 persons, so a report to the PPC is due.
        Incident leak = new Incident(new Incident.About(IncidentSubject.CONTRACT, entry, null, null,
                entry.getContractor(), entry.getDepartment()), IncidentChannel.PORTAL, CONTRACTOR, now.minusDays(10));
        IncidentForm f = new IncidentForm();
        f.setTitle("課税資料の入力結果ファイルの誤送信");
        f.setWhatHappened("入力結果の確認用ファイル（氏名・住所・課税額）を、市の担当者ではなく別の取引先へメールで送信した。"
                + "送信先から連絡があり発覚。送信先にはファイルの削除を依頼済み。");
        f.setFoundDate(today.minusDays(10));
        f.setFoundTime("15:20");
        f.setConfidentiality("3B");
        f.setPersonalInfo(true);
        f.setAffectedCount(128);
        f.setActionsSoFar("送信先へ削除を依頼し、削除完了の回答を受領。社内のメール送信を一時停止。");
        leak.describe(f, entry.getConfidentiality(), now, true);
        em.persist(leak);
        leak.report(CONTRACTOR, now.minusDays(10).withHour(16).withMinute(5), List.of(demoEvidence.store(
                "誤送信の経緯.pdf", "誤送信の経緯", CONTRACTOR.username(), now.minusDays(10))));
        leak.acknowledge(PROCUREMENT, now.minusDays(10).withHour(16).withMinute(40));
        leak.addEntry(EntryKind.FOLLOW_UP, "送信先の削除完了を書面で確認しました。二次被害の報告はありません。", List.of(),
                CONTRACTOR, now.minusDays(8));
        leak.recordLegalReport("APPI_PUBLIC", LegalReport.Stage.PRELIMINARY, today.minusDays(8),
                "個人情報保護委員会 漏えい等報告フォームにて速報", OFFICER, now.minusDays(8));
        leak.addEntry(EntryKind.DETAILED_REPORT, "原因：宛先の自動補完で別の取引先を選択。送信前の宛先確認が手順化されていなかった。",
                List.of(), CONTRACTOR, now.minusDays(5));
        leak.addEntry(EntryKind.COUNTERMEASURE, "個人情報を含むファイルは暗号化し、送信前に二人で宛先を確認する手順を定める。",
                List.of(), OFFICER, now.minusDays(4));
        leak.decide(Decision.NOTIFY_PERSONS, "YES", "128名に文書で通知する。", OFFICER, now.minusDays(4));
        em.flush();
        em.persist(new CorrectiveAction(ActionOrigin.INCIDENT, leak.getId(), "宛先の二者確認手順の策定と社内教育",
                "手順書と教育の受講記録を提出してください。", CorrectiveAction.OwnerKind.CONTRACTOR, null,
                entry.getContractor().getId(), today.plusDays(10), today.minusDays(4), OFFICER.username(),
                now.minusDays(4)));

        // Closed: a provider's notice of an outage with no data affected.
        ExternalService service = em.createQuery("SELECT s FROM ExternalService s ORDER BY s.id", ExternalService.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (service != null) {
            Incident notice = new Incident(new Incident.About(IncidentSubject.EXTERNAL_SERVICE, service.getContract(),
                    service, null, service.getProviderContractor(), service.getDepartment()),
                    IncidentChannel.PROVIDER_NOTICE, PROCUREMENT, now.minusDays(40));
            IncidentForm n = new IncidentForm();
            n.setTitle("外部サービスの設定不備に関する事業者からの通知");
            n.setWhatHappened("事業者から、共有リンクの既定値が一時的に「公開」になっていたとの通知。市の利用分に公開されたファイルはなかった。");
            n.setFoundDate(today.minusDays(40));
            n.setFoundTime("10:00");
            notice.describe(n, null, now, true);
            em.persist(notice);
            notice.report(PROCUREMENT, now.minusDays(40), List.of());
            notice.acknowledge(OFFICER, now.minusDays(40));
            notice.addEntry(EntryKind.COUNTERMEASURE, "利用部署へ共有リンクの設定を点検するよう周知した。", List.of(), PROCUREMENT,
                    now.minusDays(35));
            notice.close("市の情報に影響がないことを確認した。", LEAD, now.minusDays(30), 0, 0);
        }
    }
}
