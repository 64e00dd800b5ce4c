package jp.kochi.vrm.contract;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kochi.vrm.audit.ChangeMark;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.due.Rows;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.evidence.EvidenceStore;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.ClockProducer;
import jp.kochi.vrm.platform.FigureCache;

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
    private FigureCache cache;

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
     * first, as the values the list shows (three queries, whatever the queue's length), kept until the next
     * committed change ({@link FigureCache}).
     */
    public List<ReviewWaiting> awaitingReview(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return cache.get(List.of(ReviewWaiting.class, limit), ChangeMark.current(em), () -> readAwaitingReview(limit));
    }

    private List<ReviewWaiting> readAwaitingReview(int limit) {
        // The first ids from the status index alone (read and sorted there), then the rows shown by primary key: in
        // one joined query the planner fetches the contract and contractor of every waiting obligation first.
        List<Long> ids = ((List<?>) em.createNativeQuery("SELECT o.id FROM obligation o WHERE o.status IN "
                + AWAITING_REVIEW + " ORDER BY o.due_date, o.id FETCH FIRST " + limit + " ROWS ONLY")
                .getResultList()).stream().map(Rows::id).toList();
        Map<Long, Object[]> shown = Rows.byIds(em, "SELECT o.id, o.due_date, o.evidence_name, c.contract_number, "
                + "k.name FROM obligation o JOIN contract c ON c.id = o.contract_id JOIN contractor k "
                + "ON k.id = c.contractor_id WHERE o.id IN (:ids)", ids);
        Map<Long, Object[]> latest = Rows.byIds(em, "SELECT s.obligation_id, s.submitted_at, s.version_no "
                + "FROM evidence_submission s WHERE s.obligation_id IN (:ids) AND s.version_no = "
                + "(SELECT MAX(l.version_no) FROM evidence_submission l WHERE l.obligation_id = s.obligation_id)", ids);
        List<ReviewWaiting> rows = new ArrayList<>();
        for (Long id : ids) {
            Object[] o = shown.get(id);
            Object[] s = latest.get(id);
            if (o == null || s == null) {
                continue; // changed between the two reads; the next view shows it as it stands
            }
            rows.add(new ReviewWaiting(id, Rows.date(o[1]), Rows.text(o[2]), Rows.text(o[3]), Rows.text(o[4]),
                    Rows.dateIn(s[1], ClockProducer.CITY_ZONE), ((Number) s[2]).intValue()));
        }
        return List.copyOf(rows);
    }

    /** How many obligations have a submission waiting for its review. */
    public long countAwaitingReview() {
        return cache.get(List.of(ReviewWaiting.class, "count"), ChangeMark.current(em), () -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM obligation o WHERE o.status IN " + AWAITING_REVIEW)
                .getSingleResult()).longValue());
    }

    /** The statuses of an obligation whose latest submission waits for its review. */
    private static final String AWAITING_REVIEW = "('SUBMITTED', 'RESUBMITTED')";

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
