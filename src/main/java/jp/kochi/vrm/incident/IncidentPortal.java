package jp.kochi.vrm.incident;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kochi.vrm.action.ActionOrigin;
import jp.kochi.vrm.action.CorrectiveAction;
import jp.kochi.vrm.audit.StoredRecords;
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
import jp.kochi.vrm.portal.ContractorIdentity;

/**
 * A contractor's side of incidents: its first reports (kept as drafts until sent), follow-ups and detailed reports on
 * its own incidents, and the corrective actions the city assigned to it. Every query is limited to the contractor the
 * sign-in names ({@link ContractorIdentity}); another contractor's incident is answered exactly as a missing one.
 */
@Stateless
@Allowed(Roles.CONTRACTOR)
public class IncidentPortal {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContractorIdentity identity;

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

    /** After the commit, the incidents' due items are notified at once (first reports, new or changed actions). */
    private void changed(String why) {
        dueNow.fire(new DueItemsChanged(why, IncidentDueDates.KINDS));
    }

    private Author me() {
        return new Author(currentUser.getUsername(), currentUser.getDisplayName(),
                IncidentEntry.AuthorKind.CONTRACTOR);
    }

    private long contractorId() {
        return identity.contractorId().orElseThrow(() -> new BusinessRuleViolation("error.recordMissing"));
    }

    /** The caller's contracts an incident may be reported for: concluded, running or ended, newest first. */
    public List<Contract> contracts() {
        if (identity.contractorId().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Contract c WHERE c.contractor.id = :me AND c.status <> :draft "
                + "ORDER BY c.periodStart DESC, c.id DESC", Contract.class).setParameter("me", contractorId())
                .setParameter("draft", ContractStatus.DRAFT).getResultList();
    }

    /** The caller's incidents and drafts, newest first. */
    public List<Incident> list() {
        if (identity.contractorId().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Incident i WHERE i.contractor.id = :me "
                + "ORDER BY i.createdAt DESC, i.id DESC", Incident.class).setParameter("me", contractorId())
                .setMaxResults(200).getResultList();
    }

    /** One of the caller's incidents with its timeline; empty for any other id. */
    public Optional<Incident> find(@NotNull Long id) {
        Optional<Incident> found = own(id);
        found.ifPresent(i -> i.getEntries().forEach(e -> e.getFiles().size()));
        return found;
    }

    private Optional<Incident> own(Long id) {
        if (id == null || identity.contractorId().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT i FROM Incident i WHERE i.id = :id AND i.contractor.id = :me", Incident.class)
                .setParameter("id", id).setParameter("me", contractorId()).getResultStream().findFirst();
    }

    /** The actions the city assigned to the caller on one of its incidents. */
    public List<CorrectiveAction> actions(@NotNull Long incidentId) {
        if (own(incidentId).isEmpty()) {
            return List.of();
        }
        List<CorrectiveAction> list = em.createQuery("SELECT a FROM CorrectiveAction a WHERE a.origin = :o "
                + "AND a.originId = :id AND a.contractorId = :me ORDER BY a.dueDate, a.id", CorrectiveAction.class)
                .setParameter("o", ActionOrigin.INCIDENT).setParameter("id", incidentId)
                .setParameter("me", contractorId()).getResultList();
        list.forEach(a -> a.getFiles().size());
        return list;
    }

    /**
     * Keeps the first report as a draft ({@code id} null for a new one): only the title is needed, so nothing typed is
     * lost when the session is about to end.
     */
    public Incident saveDraft(Long id, long expectedVersion, @NotNull IncidentForm form) {
        Incident i = id == null ? newDraft(form) : StoredRecords.current(own(id).filter(Incident::isDraft)
                .orElse(null), expectedVersion);
        i.describe(form, level(form.getConfidentiality()), OffsetDateTime.now(clock), false);
        StoredRecords.flush(em);
        return i;
    }

    private Incident newDraft(IncidentForm form) {
        Contract c = form.getContractId() == null ? null : contracts().stream()
                .filter(x -> x.getId().equals(form.getContractId())).findFirst().orElse(null);
        if (c == null) {
            throw new BusinessRuleViolation("incident.contractRequired");
        }
        Incident i = new Incident(new Incident.About(IncidentSubject.CONTRACT, c, null, null, c.getContractor(),
                c.getDepartment()), IncidentChannel.PORTAL, me(), OffsetDateTime.now(clock));
        em.persist(i);
        return i;
    }

    /** Sends the first report (from a draft or directly), with files: the city is notified at once. */
    public Incident report(Long id, long expectedVersion, @NotNull IncidentForm form, List<EvidenceUpload> uploads) {
        IncidentService.requireFileCount(uploads);
        Incident i = id == null ? newDraft(form) : StoredRecords.current(own(id).filter(Incident::isDraft)
                .orElse(null), expectedVersion);
        OffsetDateTime now = OffsetDateTime.now(clock);
        i.describe(form, level(form.getConfidentiality()), now, true);
        List<EvidenceFile> files = evidenceStore.storeAll(uploads == null ? List.of() : uploads);
        i.report(me(), now, files);
        StoredRecords.flush(em);
        changed("incident " + i.getIncidentNumber() + " reported");
        return i;
    }

    /** Removes a draft the caller no longer wants to send. */
    public void discardDraft(@NotNull Long id, long expectedVersion) {
        Incident i = StoredRecords.current(own(id).filter(Incident::isDraft).orElse(null), expectedVersion);
        em.remove(i);
        StoredRecords.flush(em);
    }

    /** Adds a follow-up (続報) or the detailed report with cause (詳細報告) to one of the caller's incidents. */
    public IncidentEntry addEntry(@NotNull Long id, long expectedVersion, EntryKind kind, String text,
            List<EvidenceUpload> uploads) {
        Incident i = StoredRecords.current(own(id).orElse(null), expectedVersion);
        IncidentService.requireFileCount(uploads);
        List<EvidenceFile> files = evidenceStore.storeAll(uploads == null ? List.of() : uploads);
        IncidentEntry e = i.addEntry(kind, text, files, me(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        changed("incident change: addEntry");
        return e;
    }

    /** Reports one of the caller's corrective actions done, with what was done and files. */
    public CorrectiveAction completeAction(@NotNull Long actionId, long expectedVersion, String note,
            List<EvidenceUpload> uploads) {
        CorrectiveAction a = em.find(CorrectiveAction.class, actionId);
        if (a != null && (a.getOrigin() != ActionOrigin.INCIDENT || own(a.getOriginId()).isEmpty()
                || !a.ownedBy(null, contractorId()))) {
            a = null;
        }
        a = StoredRecords.current(a, expectedVersion);
        IncidentService.requireFileCount(uploads);
        a.complete(note, evidenceStore.storeAll(uploads == null ? List.of() : uploads), currentUser.getUsername(),
                OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        changed("incident change: completeAction");
        return a;
    }

    /** A file of one of the caller's incidents or actions; empty for any other id. */
    public Optional<EvidenceStore.Download> download(long fileId) {
        if (identity.contractorId().isEmpty()) {
            return Optional.empty();
        }
        Optional<EvidenceFile> file = em.createQuery("SELECT f FROM IncidentEntry e JOIN e.files f JOIN e.incident i "
                + "WHERE f.id = :id AND i.contractor.id = :me", EvidenceFile.class).setParameter("id", fileId)
                .setParameter("me", contractorId()).getResultStream().findFirst();
        if (file.isEmpty()) {
            file = em.createQuery("SELECT f FROM CorrectiveAction a JOIN a.files f WHERE f.id = :id "
                    + "AND a.contractorId = :me", EvidenceFile.class).setParameter("id", fileId)
                    .setParameter("me", contractorId()).getResultStream().findFirst();
        }
        return file.flatMap(evidenceStore::download);
    }

    private jp.kochi.vrm.classification.ConfidentialityLevel level(String code) {
        return IncidentService.level(em, code);
    }

    public List<jp.kochi.vrm.classification.ConfidentialityLevel> levels() {
        return em.createNamedQuery(jp.kochi.vrm.classification.ConfidentialityLevel.ALL,
                jp.kochi.vrm.classification.ConfidentialityLevel.class).getResultList();
    }
}
