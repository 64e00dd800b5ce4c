package jp.kochi.vrm.vetting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.evidence.EvidenceStore;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * Vetting boundary: procurement starts, fills in and submits a vetting; a security officer approves or
 * rejects it. The four-eyes rule is enforced here and in {@link Vetting}, whatever the page shows.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class VettingService {

    /** Default period of an approval: one year (domain.md section 7, yearly security check). */
    public static final int DEFAULT_VALID_MONTHS = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    @Inject
    private EvidenceStore evidence;

    @Inject
    private ClassificationRegister classification;

    /** A contractor's vettings, newest first: the history is never overwritten. */
    public List<Vetting> history(@NotNull Long contractorId) {
        return em.createNamedQuery(Vetting.OF_CONTRACTOR, Vetting.class).setParameter("contractor", contractorId)
                .getResultList();
    }

    /** Vettings waiting for a security officer, oldest first. */
    public List<Vetting> awaitingDecision() {
        return em.createNamedQuery(Vetting.AWAITING, Vetting.class).getResultList();
    }

    /** A vetting with its answers, checklist and contractor loaded. */
    public Vetting find(@NotNull Long id) {
        Vetting v = em.find(Vetting.class, id);
        if (v == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        v.getAnswers().forEach(a -> {
            a.getItem().getCode();
            if (a.getEvidence() != null) {
                a.getEvidence().getFileName();
            }
        });
        v.getChecklist().getItems().size();
        return v;
    }

    /** Starts a draft vetting against the current checklist version. One open vetting per contractor at a time. */
    @Allowed(Roles.PROCUREMENT)
    public Vetting start(@NotNull Long contractorId, String workDescription, String confidentialityCode,
            boolean personalInfo, boolean myNumber) {
        Contractor contractor = em.find(Contractor.class, contractorId);
        if (contractor == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        long open = em.createNamedQuery(Vetting.OPEN_OF_CONTRACTOR, Long.class)
                .setParameter("contractor", contractorId).getSingleResult();
        if (open > 0) {
            throw new BusinessRuleViolation("vetting.alreadyOpen");
        }
        SelectionChecklist checklist = em.createNamedQuery(SelectionChecklist.LATEST, SelectionChecklist.class)
                .setMaxResults(1).getSingleResult();
        Vetting v = new Vetting(contractor, checklist, workDescription, level(confidentialityCode), personalInfo,
                myNumber, caller(), now());
        em.persist(v);
        em.flush();
        return v;
    }

    /** Saves a draft: the work description and every answer and comment as edited on the page. */
    @Allowed(Roles.PROCUREMENT)
    public Vetting saveDraft(@NotNull Vetting edited, @NotNull Work work) {
        Vetting current = StoredRecords.current(em, Vetting.class, edited.getId(), edited.getVersion());
        current.describeWork(work.description(), level(work.levelCode()), work.personalInfo(), work.myNumber());
        copyAnswers(edited, current);
        current.touch(now());
        return flush(current);
    }

    /** Attaches an evidence file to one answer of a draft. */
    @Allowed(Roles.PROCUREMENT)
    public Vetting attachEvidence(@NotNull Long vettingId, long expectedVersion, @NotNull Long itemId,
            String fileName, InputStream content) {
        Vetting v = StoredRecords.current(em, Vetting.class, vettingId, expectedVersion);
        v.requireDraft();
        EvidenceFile file = evidence.store(fileName, content);
        v.answerTo(itemId).attach(file);
        v.touch(now());
        return flush(v);
    }

    /** Saves the answers as edited and submits; the contractor goes under review. */
    @Allowed(Roles.PROCUREMENT)
    public Vetting submit(@NotNull Vetting edited, @NotNull Work work) {
        Vetting current = StoredRecords.current(em, Vetting.class, edited.getId(), edited.getVersion());
        current.describeWork(work.description(), level(work.levelCode()), work.personalInfo(), work.myNumber());
        copyAnswers(edited, current);
        OffsetDateTime now = now();
        current.submit(caller(), now);
        current.getContractor().vettingSubmitted("審査 #" + current.getId() + " を提出", caller(), now);
        return flush(current);
    }

    /** 承認 by a security officer who did not submit it; the contractor takes the tier and re-vetting date. */
    @Allowed(Roles.SECURITY_OFFICER)
    public Vetting approve(@NotNull Long id, long expectedVersion, String reason, LocalDate validUntil) {
        Vetting v = StoredRecords.current(em, Vetting.class, id, expectedVersion);
        OffsetDateTime now = now();
        v.approve(caller(), now, reason, validUntil);
        v.getContractor().vettingApproved(v.getRiskTier(), validUntil, "審査 #" + v.getId() + " を承認", caller(), now);
        return flush(v);
    }

    /** 差戻し by a security officer who did not submit it. */
    @Allowed(Roles.SECURITY_OFFICER)
    public Vetting reject(@NotNull Long id, long expectedVersion, String reason) {
        Vetting v = StoredRecords.current(em, Vetting.class, id, expectedVersion);
        OffsetDateTime now = now();
        v.reject(caller(), now, reason);
        v.getContractor().vettingRejected("審査 #" + v.getId() + " を差戻し", caller(), now);
        return flush(v);
    }

    /** The work as typed on the page: description, confidentiality level code, personal info, My Number. */
    public record Work(String description, String levelCode, boolean personalInfo, boolean myNumber) {
    }

    public LocalDate defaultValidUntil() {
        return LocalDate.now(clock).plusMonths(DEFAULT_VALID_MONTHS);
    }

    public String callerName() {
        return caller();
    }

    private void copyAnswers(Vetting edited, Vetting current) {
        for (VettingAnswer typed : edited.getAnswers()) {
            if (!typed.getItem().appliesTo(current.isMyNumber())) {
                continue;
            }
            VettingAnswer stored = current.answerTo(typed.getItem().getId());
            if (typed.getComment() != null && typed.getComment().length() > 1000) {
                throw new BusinessRuleViolation("vetting.comment.tooLong", typed.getItem().getCode(), 1000);
            }
            stored.setAnswer(typed.getAnswer());
            stored.setComment(typed.getComment());
        }
    }

    private ConfidentialityLevel level(String code) {
        return classification.confidentialityLevel(code)
                .orElseThrow(() -> new BusinessRuleViolation("vetting.confidentiality.required"));
    }

    private Vetting flush(Vetting v) {
        StoredRecords.flush(em);
        return find(v.getId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private String caller() {
        return caller.name();
    }
}
