package jp.kochi.vrm.portal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contract.EvidenceSubmission;
import jp.kochi.vrm.contract.Obligation;
import jp.kochi.vrm.contract.Submitter;
import jp.kochi.vrm.contract.SubmitterKind;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.evidence.EvidenceStore;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;

/**
 * What a signed-in contractor may see and do: its own concluded contracts, their obligations and submissions,
 * and handing in evidence. Every query is limited to the contractor named by the token
 * ({@link ContractorIdentity}); a record of another contractor is answered exactly as a record that does not
 * exist (empty, or {@code error.recordMissing}), so ids reveal nothing.
 */
@Stateless
@Allowed(Roles.CONTRACTOR)
public class ContractorPortal {

    /** Drafts are the city's working papers; a contractor sees a contract from its conclusion on. */
    private static final String VISIBLE = "c.contractor.id = :me AND c.status <> jp.kochi.vrm.contract.ContractStatus.DRAFT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContractorIdentity identity;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvidenceStore evidenceStore;

    @Inject
    private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The contractor the caller acts for; empty when the sign-in names none. */
    public Optional<Contractor> contractor() {
        return identity.contractorId().map(id -> em.find(Contractor.class, id));
    }

    /** The caller's contracts from conclusion on, newest first. */
    public List<Contract> contracts() {
        if (identity.contractorId().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Contract c WHERE " + VISIBLE + " ORDER BY c.periodStart DESC, c.id DESC",
                Contract.class).setParameter("me", identity.contractorId().get()).getResultList();
    }

    /** The obligations of the caller's contracts, by due date, with their submissions (not their files). */
    public List<Obligation> obligations() {
        if (identity.contractorId().isEmpty()) {
            return List.of();
        }
        List<Obligation> list = em.createQuery("SELECT o FROM Obligation o JOIN o.contract c WHERE " + VISIBLE,
                Obligation.class).setParameter("me", identity.contractorId().get()).getResultList();
        list.forEach(o -> o.getSubmissions().size());
        return list.stream().sorted(Comparator.comparing(Obligation::getDueDate)
                .thenComparing(o -> o.getContract().getContractNumber()).thenComparing(Obligation::getEvidenceName))
                .toList();
    }

    /** One of the caller's obligations, with its submissions and their files; empty for any other id. */
    public Optional<Obligation> obligation(long id) {
        Optional<Obligation> found = own(id);
        found.ifPresent(o -> o.getSubmissions().forEach(s -> s.getFiles().size()));
        return found;
    }

    private Optional<Obligation> own(long id) {
        if (identity.contractorId().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT o FROM Obligation o JOIN o.contract c WHERE o.id = :id AND " + VISIBLE,
                Obligation.class).setParameter("id", id).setParameter("me", identity.contractorId().get())
                .getResultStream().findFirst();
    }

    /**
     * Hands in evidence for one of the caller's obligations: the files (each checked by content) and a comment as
     * one new submission. Another contractor's obligation is refused as a missing record.
     */
    public EvidenceSubmission submit(@NotNull Long obligationId, long expectedVersion, List<EvidenceUpload> uploads,
            String comment) {
        Obligation o = StoredRecords.current(own(obligationId).orElse(null), expectedVersion);
        o.requireSubmittable(uploads == null ? 0 : uploads.size(), comment);
        List<EvidenceFile> files = evidenceStore.storeAll(uploads);
        EvidenceSubmission s = o.submit(files, comment, submitter(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return s;
    }

    private Submitter submitter() {
        return new Submitter(currentUser.getUsername(), currentUser.getDisplayName(), currentUser.getEmail(),
                SubmitterKind.CONTRACTOR);
    }

    /** A file of one of the caller's submissions; empty for any other id. */
    public Optional<EvidenceStore.Download> download(long fileId) {
        if (identity.contractorId().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT f FROM EvidenceSubmission s JOIN s.files f JOIN s.obligation o JOIN o.contract c "
                + "WHERE f.id = :id AND " + VISIBLE, EvidenceFile.class).setParameter("id", fileId)
                .setParameter("me", identity.contractorId().get()).getResultStream().findFirst()
                .flatMap(evidenceStore::download);
    }
}
