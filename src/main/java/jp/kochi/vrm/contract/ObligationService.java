package jp.kochi.vrm.contract;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.evidence.EvidenceStore;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;

/**
 * The city's side of evidence: reading an obligation with its submissions, recording evidence received outside
 * the portal, and reviewing submissions (accept, or send back with a comment the contractor is mailed).
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ObligationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EvidenceStore evidenceStore;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SendBackNotice sendBackNotice;

    @Inject
    private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The obligation with its contract, submissions and their files. */
    public Optional<Obligation> find(@NotNull Long id) {
        Obligation o = em.find(Obligation.class, id);
        if (o != null) {
            o.getSubmissions().forEach(s -> s.getFiles().size());
        }
        return Optional.ofNullable(o);
    }

    /**
     * The review queue: the first {@code limit} obligations with a submission waiting for a reviewer, longest due
     * first. (Their submissions still load one obligation at a time: a batch fetch of them runs the audit baseline
     * of a submission before its obligation is complete.)
     */
    public List<Obligation> awaitingReview(int limit) {
        return em.createQuery("SELECT o FROM Obligation o JOIN FETCH o.contract c JOIN FETCH c.contractor WHERE o.status IN "
                + AWAITING_REVIEW + " ORDER BY o.dueDate, o.id", Obligation.class).setMaxResults(limit).getResultList();
    }

    /** How many obligations have a submission waiting for its review. */
    public long countAwaitingReview() {
        return em.createQuery("SELECT COUNT(o) FROM Obligation o WHERE o.status IN " + AWAITING_REVIEW, Long.class)
                .getSingleResult();
    }

    private static final String AWAITING_REVIEW = "(jp.kochi.vrm.contract.ObligationStatus.SUBMITTED, "
            + "jp.kochi.vrm.contract.ObligationStatus.RESUBMITTED)";

    /** Records evidence the city received on paper or by mail, as a staff submission. */
    @Allowed(Roles.PROCUREMENT)
    public EvidenceSubmission recordReceived(@NotNull Long obligationId, long expectedVersion,
            List<EvidenceUpload> uploads, String comment) {
        Obligation o = StoredRecords.current(em, Obligation.class, obligationId, expectedVersion);
        o.requireSubmittable(uploads == null ? 0 : uploads.size(), comment);
        List<EvidenceFile> files = evidenceStore.storeAll(uploads);
        EvidenceSubmission s = o.submit(files, comment, new Submitter(currentUser.getUsername(),
                currentUser.getDisplayName(), currentUser.getEmail(), SubmitterKind.STAFF), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return s;
    }

    /**
     * Accepts or sends back the submission under review; never by the person who handed it in. A send-back is
     * mailed to the contractor in the same transaction (the outbox), so it is sent exactly when the decision stands.
     */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public EvidenceSubmission review(@NotNull Long obligationId, long expectedVersion, boolean accept, String note) {
        Obligation o = StoredRecords.current(em, Obligation.class, obligationId, expectedVersion);
        EvidenceSubmission s = o.review(accept, note, currentUser.getUsername(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        if (!accept) {
            sendBackNotice.queue(s);
        }
        return s;
    }
}
