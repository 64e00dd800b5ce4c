package jp.kochi.vrm.contract;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.clause.Clause;
import jp.kochi.vrm.clause.NetworkSegment;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.Subcontracting;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.evidence.DemoEvidence;
import jp.kochi.vrm.platform.PortalStarted;

/**
 * Demo contracts, loaded once after the demo contractors: one in progress with evidence accepted, awaiting
 * review and overdue; a My Number draft with a clause removal awaiting a security officer; and one ended
 * whose deletion certificate is still missing, so it cannot be closed.
 */
@Stateless
@PermitAll
public class ContractDemoData {

    private static final String PROCUREMENT = "procurement-demo";
    private static final String OFFICER = "security-demo";
    /** The demo contractor user of 株式会社高知データサービス (realm-export). */
    private static final Submitter CONTRACTOR = new Submitter("contractor-demo", "委託 太郎", "contractor-demo@example.jp",
            SubmitterKind.CONTRACTOR);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AnnexWriter annexWriter;

    @Inject
    private DemoEvidence demoEvidence;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) PortalStarted started) {
        if (!started.demoData()) {
            return;
        }
        if (em.createQuery("SELECT COUNT(c) FROM Contract c", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Contractor> contractors = em.createQuery("SELECT c FROM Contractor c", Contractor.class)
                .getResultStream().collect(Collectors.toMap(Contractor::getName, c -> c));
        if (!contractors.containsKey("株式会社高知データサービス")) {
            return;
        }
        Map<String, Department> dept = em.createQuery("SELECT d FROM Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::getCode, d -> d));
        Map<String, ConfidentialityLevel> level = em.createQuery("SELECT l FROM ConfidentialityLevel l",
                ConfidentialityLevel.class).getResultStream().collect(Collectors.toMap(ConfidentialityLevel::getCode, l -> l));
        List<Clause> library = em.createNamedQuery(Clause.ACTIVE, Clause.class).getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate fiscalStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        int fy = fiscalStart.getYear();

        // In progress: 3B personal information, data entry of resident tax records.
        Contract entry = new Contract(new Contract.Terms(fy + "-税務-001", "住民税課税資料データ入力業務委託", dept.get("320"),
                contractors.get("株式会社高知データサービス"), fiscalStart, fiscalStart.plusYears(1).minusDays(1), 4_620_000L,
                level.get("3B"), 2, 1, EnumSet.of(NetworkSegment.LGWAN), true, false, false, true, false, Set.of()),
                PROCUREMENT, now.minusMonths(9));
        concludeAndStart(entry, library, now.minusMonths(8));
        for (Obligation o : entry.getObligations()) {
            if (o.getDueDate().isBefore(today.minusDays(60))) {
                submitAndAccept(o, now.minusDays(90));
            } else if (o.getDueDate().isBefore(today.minusDays(10)) && o.getEvidenceName().contains("教育")) {
                o.submit(List.of(demoEvidence.store(o.getEvidenceName() + ".pdf", o.getEvidenceName(), CONTRACTOR.username(),
                        now.minusDays(5))), "今期の受講記録です。", CONTRACTOR, now.minusDays(5));
            }
        }
        // Through the contractor's portal: one sent back and waiting for a new version, one handed in again.
        List<Obligation> upcoming = entry.getObligations().stream()
                .filter(o -> o.getStatus() == ObligationStatus.OPEN && !o.getDueDate().isBefore(today.minusDays(10)))
                .sorted(java.util.Comparator.comparing(Obligation::getDueDate)).toList();
        if (upcoming.size() >= 3) {
            sendBack(upcoming.get(1), now.minusDays(6), "押印済みの版を提出してください。対象期間の記載もありません。");
            Obligation again = upcoming.get(2);
            sendBack(again, now.minusDays(8), "別の契約の報告書が添付されています。");
            again.submit(List.of(demoEvidence.store(again.getEvidenceName() + "（第2版）.pdf", again.getEvidenceName(),
                    CONTRACTOR.username(), now.minusDays(2))), "ご指摘の点を修正しました。", CONTRACTOR, now.minusDays(2));
        }

        // Draft: My Number work with a subcontractor; a clause removal waits for a security officer.
        Contractor tosa = contractors.get("土佐システム開発株式会社");
        Set<Subcontracting> subs = Set.copyOf(em.createQuery("SELECT s FROM Subcontracting s WHERE s.prime = :p "
                + "AND s.approved = TRUE", Subcontracting.class).setParameter("p", tosa).getResultList());
        Contract records = new Contract(new Contract.Terms((fy + 1) + "-市民-003", "住民記録システム運用保守業務委託",
                dept.get("310"), tosa, fiscalStart.plusYears(1), fiscalStart.plusYears(2).minusDays(1), 18_480_000L,
                level.get("3A"), 2, 2, EnumSet.of(NetworkSegment.MY_NUMBER_USE, NetworkSegment.LGWAN), true, true, false,
                true, !subs.isEmpty(), subs), PROCUREMENT, now.minusDays(3));
        records.reconcileClauses(library);
        em.persist(records);
        em.flush();
        library.stream().filter(c -> c.getCode().equals("SEC-03")).findFirst().ifPresent(sla ->
                records.requestRemoval(sla.getId(), "サービスレベルは別途締結する保守SLA契約で定めるため。",
                        PROCUREMENT, now.minusDays(2)));
        library.stream().filter(c -> c.getCode().equals("SEC-18")).findFirst().ifPresent(records::addOptional);

        // Ended: the printing of the city newsletter; the deletion certificate has not arrived.
        Contract printing = new Contract(new Contract.Terms((fy - 1) + "-広報-014", "広報紙「あかるいまち」印刷業務",
                dept.get("130"), contractors.get("有限会社はりまや印刷"), fiscalStart.minusYears(1), fiscalStart.minusDays(1),
                2_310_000L, level.get("1"), 1, 1, EnumSet.noneOf(NetworkSegment.class), false, false, false, false,
                false, Set.of()), PROCUREMENT, now.minusMonths(21));
        concludeAndStart(printing, library, now.minusMonths(20));
        for (Obligation o : printing.getObligations()) {
            if (!o.getEvidenceName().equals("削除証明書")) {
                submitAndAccept(o, now.minusMonths(8));
            }
        }
        printing.finish(now.minusMonths(7));
    }

    /** Selects the clauses, stores the draft, concludes it (schedule and annex) and starts the work. */
    private void concludeAndStart(Contract c, List<Clause> library, OffsetDateTime at) {
        c.reconcileClauses(library);
        em.persist(c);
        em.flush();
        c.conclude(PROCUREMENT, at);
        em.flush();
        annexWriter.write(c, PROCUREMENT);
        c.start(at);
    }

    /** Procurement records a demo PDF for the obligation; the security officer accepts it two days later. */
    private void submitAndAccept(Obligation o, OffsetDateTime at) {
        o.submit(List.of(demoEvidence.store(o.getEvidenceName() + ".pdf", o.getEvidenceName(), PROCUREMENT, at)),
                null, new Submitter(PROCUREMENT, "調達 花子", null, SubmitterKind.STAFF), at);
        o.review(true, "内容を確認した。", OFFICER, at.plusDays(2));
    }

    /** The demo contractor hands in a PDF through the portal; the security officer sends it back a day later. */
    private void sendBack(Obligation o, OffsetDateTime at, String note) {
        o.submit(List.of(demoEvidence.store(o.getEvidenceName() + ".pdf", o.getEvidenceName(), CONTRACTOR.username(), at)),
                null, CONTRACTOR, at);
        o.review(false, note, OFFICER, at.plusDays(1));
    }
}
