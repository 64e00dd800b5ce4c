package jp.kochi.vrm.incident;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.kochi.vrm.action.ActionOrigin;
import jp.kochi.vrm.action.ActionStatus;
import jp.kochi.vrm.action.CorrectiveAction;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.cloud.ExternalService;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contract.ContractStatus;
import jp.kochi.vrm.due.DueItemsChanged;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.evidence.EvidenceStore;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.sns.SnsAccount;

/**
 * The city's side of incidents: the register, recording an incident reported by phone or mail or found by staff,
 * acknowledging, adding to the timeline, the facts and the legal reports, decisions, corrective actions from
 * countermeasures, and closure. Every change is audited through the entities.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN})
public class IncidentService {

    /** The most the register shows at once. */
    public static final int SHOWN = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvidenceStore evidenceStore;

    @Inject
    private Event<DueItemsChanged> dueNow;

    @Inject
    private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** After the commit, the incidents' due items are notified at once (first reports, new or changed actions). */
    private void changed(String why) {
        dueNow.fire(new DueItemsChanged(why, IncidentDueDates.KINDS));
    }

    private Author me() {
        return new Author(currentUser.getUsername(), currentUser.getDisplayName(), IncidentEntry.AuthorKind.STAFF);
    }

    /** The register: reported incidents (drafts are the contractor's own), newest first, optionally by status. */
    public List<Incident> list(IncidentStatus status) {
        var query = em.createQuery("SELECT i FROM Incident i WHERE i.status <> :draft"
                + (status == null ? "" : " AND i.status = :status") + " ORDER BY i.reportedAt DESC, i.id DESC",
                Incident.class).setParameter("draft", IncidentStatus.DRAFT);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(SHOWN).getResultList();
    }

    /** How many incidents are open (reported or being handled). */
    public long countOpen() {
        return em.createQuery("SELECT COUNT(i) FROM Incident i WHERE i.status IN :open", Long.class)
                .setParameter("open", List.of(IncidentStatus.REPORTED, IncidentStatus.HANDLING)).getSingleResult();
    }

    /** A reported incident with its timeline; a draft or an unknown id is answered as missing. */
    public Optional<Incident> find(@NotNull Long id) {
        Incident i = em.find(Incident.class, id);
        if (i == null || i.isDraft()) {
            return Optional.empty();
        }
        i.getEntries().forEach(e -> e.getFiles().size());
        i.getLegalReports().size();
        return Optional.of(i);
    }

    /** The reporting rules in force and retired, by code. */
    public List<ReportRule> rules() {
        return em.createQuery("SELECT r FROM ReportRule r ORDER BY r.code", ReportRule.class).getResultList();
    }

    public List<ReportRule> activeRules() {
        return rules().stream().filter(ReportRule::isActive).toList();
    }

    /** The corrective actions of an incident, by due date. */
    public List<CorrectiveAction> actions(@NotNull Long incidentId) {
        List<CorrectiveAction> list = em.createQuery("SELECT a FROM CorrectiveAction a WHERE a.origin = :o "
                + "AND a.originId = :id ORDER BY a.dueDate, a.id", CorrectiveAction.class)
                .setParameter("o", ActionOrigin.INCIDENT).setParameter("id", incidentId).getResultList();
        list.forEach(a -> a.getFiles().size());
        return list;
    }

    /** The contracts an incident may be recorded against: concluded and running ones, newest first. */
    public List<Contract> contracts() {
        return em.createQuery("SELECT c FROM Contract c WHERE c.status <> :draft ORDER BY c.periodStart DESC, c.id DESC",
                Contract.class).setParameter("draft", ContractStatus.DRAFT).setMaxResults(1000).getResultList();
    }

    public List<ExternalService> services() {
        return em.createQuery("SELECT s FROM ExternalService s ORDER BY s.name", ExternalService.class)
                .setMaxResults(1000).getResultList();
    }

    public List<SnsAccount> snsAccounts() {
        return em.createQuery("SELECT a FROM SnsAccount a ORDER BY a.displayName", SnsAccount.class)
                .setMaxResults(1000).getResultList();
    }

    /** The incidents of a contractor, newest first (its record and its vetting show them). */
    public List<Incident> ofContractor(@NotNull Long contractorId) {
        return em.createQuery("SELECT i FROM Incident i WHERE i.contractor.id = :c AND i.status <> :draft "
                + "ORDER BY i.reportedAt DESC, i.id DESC", Incident.class).setParameter("c", contractorId)
                .setParameter("draft", IncidentStatus.DRAFT).setMaxResults(100).getResultList();
    }

    /**
     * Records an incident staff received by phone or mail, from a provider's notice, or found themselves, as its first
     * report: numbered, notified at once.
     */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER})
    public Incident record(@NotNull IncidentForm form, List<EvidenceUpload> uploads) {
        Incident i = new Incident(about(form), form.getChannel(), me(), now());
        i.describe(form, level(form.getConfidentiality()), now(), true);
        requireFileCount(uploads);
        em.persist(i);
        i.report(me(), now(), evidenceStore.storeAll(uploads == null ? List.of() : uploads));
        StoredRecords.flush(em);
        changed("incident " + i.getIncidentNumber() + " recorded");
        return i;
    }

    private Incident.About about(IncidentForm f) {
        if (f.getSubject() == null) {
            throw new BusinessRuleViolation("app.required", "incident.subject");
        }
        return switch (f.getSubject()) {
            case CONTRACT -> {
                Contract c = f.getContractId() == null ? null : em.find(Contract.class, f.getContractId());
                if (c == null || c.getStatus() == ContractStatus.DRAFT) {
                    throw new BusinessRuleViolation("incident.contractRequired");
                }
                yield new Incident.About(IncidentSubject.CONTRACT, c, null, null, c.getContractor(), c.getDepartment());
            }
            case EXTERNAL_SERVICE -> {
                ExternalService s = f.getServiceId() == null ? null : em.find(ExternalService.class, f.getServiceId());
                if (s == null) {
                    throw new BusinessRuleViolation("incident.serviceRequired");
                }
                yield new Incident.About(IncidentSubject.EXTERNAL_SERVICE, s.getContract(), s, null,
                        s.getProviderContractor(), s.getDepartment());
            }
            case SNS_ACCOUNT -> {
                SnsAccount a = f.getSnsAccountId() == null ? null : em.find(SnsAccount.class, f.getSnsAccountId());
                if (a == null) {
                    throw new BusinessRuleViolation("incident.snsAccountRequired");
                }
                Contract c = a.getContract();
                yield new Incident.About(IncidentSubject.SNS_ACCOUNT, c, null, a, c == null ? null : c.getContractor(),
                        a.getDepartment());
            }
            case CITY -> new Incident.About(IncidentSubject.CITY, null, null, null, null, null);
        };
    }

    ConfidentialityLevel level(String code) {
        return level(em, code);
    }

    /** The level a form names (blank: not known yet); one not in the reference data is refused. */
    static ConfidentialityLevel level(EntityManager em, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        ConfidentialityLevel l = em.find(ConfidentialityLevel.class, code);
        if (l == null) {
            throw new BusinessRuleViolation("incident.levelInvalid");
        }
        return l;
    }

    public List<ConfidentialityLevel> levels() {
        return em.createNamedQuery(ConfidentialityLevel.ALL, ConfidentialityLevel.class).getResultList();
    }

    /** Someone at the city takes the report: the escalation clock stops. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER})
    public Incident acknowledge(@NotNull Long id, long expectedVersion) {
        Incident i = current(id, expectedVersion);
        i.acknowledge(me(), now());
        StoredRecords.flush(em);
        changed("incident change: acknowledge");
        return i;
    }

    /** Adds a follow-up, the detailed report or a countermeasure to the timeline, with files. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER})
    public IncidentEntry addEntry(@NotNull Long id, long expectedVersion, EntryKind kind, String text,
            List<EvidenceUpload> uploads) {
        Incident i = current(id, expectedVersion);
        requireFileCount(uploads);
        List<EvidenceFile> files = evidenceStore.storeAll(uploads == null ? List.of() : uploads);
        IncidentEntry e = i.addEntry(kind, text, files, me(), now());
        StoredRecords.flush(em);
        changed("incident change: addEntry");
        return e;
    }

    static void requireFileCount(List<EvidenceUpload> uploads) {
        if (uploads != null && uploads.size() > CorrectiveAction.MAX_FILES) {
            throw new BusinessRuleViolation("incident.tooManyFiles", CorrectiveAction.MAX_FILES);
        }
    }

    /** The security officer corrects the facts (and the day the city knew); the legal clocks follow. */
    @Allowed(Roles.SECURITY_OFFICER)
    public Incident changeFacts(@NotNull Long id, long expectedVersion, @NotNull IncidentForm form, LocalDate knownOn) {
        Incident i = current(id, expectedVersion);
        i.changeFacts(form, level(form.getConfidentiality()), knownOn, me(), now());
        StoredRecords.flush(em);
        changed("incident change: changeFacts");
        return i;
    }

    /** Records that a legal report was made, on which day, with the authority's reference if any. */
    @Allowed(Roles.SECURITY_OFFICER)
    public LegalReport recordLegalReport(@NotNull Long id, long expectedVersion, String ruleCode,
            LegalReport.Stage stage, LocalDate madeOn, String note) {
        Incident i = current(id, expectedVersion);
        ReportRule rule = ruleCode == null ? null : em.find(ReportRule.class, ruleCode);
        if (rule == null || stage == null || i.clocks(List.of(rule)).isEmpty()) {
            throw new BusinessRuleViolation("incident.legalReportNotDue");
        }
        LegalReport r = i.recordLegalReport(ruleCode, stage, madeOn, note, me(), now());
        StoredRecords.flush(em);
        changed("incident change: recordLegalReport");
        return r;
    }

    /** Records a decision with its reason: notification of the persons, publication, a measure under the contract. */
    @Allowed(Roles.SECURITY_OFFICER)
    public Incident decide(@NotNull Long id, long expectedVersion, Decision decision, String answer, String reason) {
        Incident i = current(id, expectedVersion);
        i.decide(decision, answer, reason, me(), now());
        StoredRecords.flush(em);
        changed("incident change: decide");
        return i;
    }

    /** Takes the incident's official account off the public list at once (a takeover, an impersonation). */
    @Allowed(Roles.SECURITY_OFFICER)
    public Incident suspendListing(@NotNull Long id, long expectedVersion, String reason) {
        Incident i = current(id, expectedVersion);
        i.suspendListing(reason, me(), now());
        StoredRecords.flush(em);
        return i;
    }

    /**
     * Turns a countermeasure into a corrective action with an owner and a due date: a staff user, or the incident's
     * contractor (its users answer in the portal).
     */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public CorrectiveAction addAction(@NotNull Long id, String title, String detail, CorrectiveAction.OwnerKind owner,
            String ownerUser, LocalDate dueDate) {
        Incident i = find(id).orElseThrow(() -> new BusinessRuleViolation("error.recordMissing"));
        if (i.getStatus() == IncidentStatus.CLOSED) {
            throw new BusinessRuleViolation("incident.closedAlready");
        }
        if (i.lastCountermeasureAuthor().isEmpty()) {
            throw new BusinessRuleViolation("incident.countermeasureFirst");
        }
        Long contractor = owner == CorrectiveAction.OwnerKind.CONTRACTOR && i.getContractor() != null
                ? i.getContractor().getId() : null;
        CorrectiveAction a = new CorrectiveAction(ActionOrigin.INCIDENT, i.getId(), title, detail, owner, ownerUser,
                contractor, dueDate, today(), currentUser.getUsername(), now());
        em.persist(a);
        StoredRecords.flush(em);
        changed("incident change: addAction");
        return a;
    }

    /** A staff owner reports the action done, with what was done and files. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER})
    public CorrectiveAction completeAction(@NotNull Long actionId, long expectedVersion, String note,
            List<EvidenceUpload> uploads) {
        CorrectiveAction a = StoredRecords.current(em, CorrectiveAction.class, actionId, expectedVersion);
        if (!a.ownedBy(currentUser.getUsername(), null)) {
            throw BusinessRuleViolation.refusal("action.notOwner");
        }
        requireFileCount(uploads);
        a.complete(note, evidenceStore.storeAll(uploads == null ? List.of() : uploads), currentUser.getUsername(),
                now());
        StoredRecords.flush(em);
        changed("incident change: completeAction");
        return a;
    }

    /** Accepts a completed action or sends it back; never by the one who completed it. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public CorrectiveAction verifyAction(@NotNull Long actionId, long expectedVersion, boolean accept, String note) {
        CorrectiveAction a = StoredRecords.current(em, CorrectiveAction.class, actionId, expectedVersion);
        a.verify(accept, note, currentUser.getUsername(), now());
        StoredRecords.flush(em);
        changed("incident change: verifyAction");
        return a;
    }

    /** Closes the incident: the security officer, not the one who recorded the last countermeasure. */
    @Allowed(Roles.SECURITY_OFFICER)
    public Incident close(@NotNull Long id, long expectedVersion, String note) {
        Incident i = current(id, expectedVersion);
        long unverified = actions(id).stream().filter(a -> a.getStatus() != ActionStatus.VERIFIED).count();
        i.close(note, me(), now(), i.outstandingReports(activeRules()).size(), (int) unverified);
        StoredRecords.flush(em);
        changed("incident change: close");
        return i;
    }

    /** The security officer revises a reporting rule after checking it against the current law and guidelines. */
    @Allowed(Roles.SECURITY_OFFICER)
    public ReportRule reviseRule(@NotNull ReportRuleForm form) {
        ReportRule r = StoredRecords.current(em, ReportRule.class, form.getCode(), form.getVersion());
        r.revise(form, today());
        StoredRecords.flush(em);
        return r;
    }

    private Incident current(Long id, long expectedVersion) {
        Incident i = em.find(Incident.class, id);
        if (i != null && i.isDraft()) {
            i = null;
        }
        return StoredRecords.current(i, expectedVersion);
    }

    /** A file of an incident's timeline or of one of its actions; empty for any other id (a draft's included). */
    public Optional<EvidenceStore.Download> download(long fileId) {
        Optional<EvidenceFile> file = em.createQuery("SELECT f FROM IncidentEntry e JOIN e.files f JOIN e.incident i "
                + "WHERE f.id = :id AND i.status <> :draft", EvidenceFile.class).setParameter("id", fileId)
                .setParameter("draft", IncidentStatus.DRAFT).getResultStream().findFirst();
        if (file.isEmpty()) {
            file = em.createQuery("SELECT f FROM CorrectiveAction a JOIN a.files f WHERE f.id = :id "
                    + "AND a.origin = :o", EvidenceFile.class).setParameter("id", fileId)
                    .setParameter("o", ActionOrigin.INCIDENT).getResultStream().findFirst();
        }
        return file.flatMap(evidenceStore::download);
    }

    /** The register as CSV (UTF-8 with BOM) for the given status; {@code label} gives the column titles and values. */
    public void export(IncidentStatus status, Writer out, UnaryOperator<String> label) throws IOException {
        IncidentRegister.csv(list(status), activeRules(), today(), out, label);
    }

    /** The register as an Excel workbook. */
    public void exportXlsx(IncidentStatus status, OutputStream out, UnaryOperator<String> label) throws IOException {
        IncidentRegister.xlsx(list(status), activeRules(), today(), out, label);
    }

    /** The rows of the register as the list page shows them (number of open actions each). */
    public List<Object[]> openActionCounts() {
        return new ArrayList<>(em.createQuery("SELECT a.originId, COUNT(a) FROM CorrectiveAction a "
                + "WHERE a.origin = :o AND a.status <> :v GROUP BY a.originId", Object[].class)
                .setParameter("o", ActionOrigin.INCIDENT).setParameter("v", ActionStatus.VERIFIED).getResultList());
    }
}
