package jp.kochi.vrm.evidence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/** Stores and serves evidence files. Storing checks the content first; nothing unchecked is kept. */
@Stateless
@RolesAllowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
public class EvidenceStore {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /** Checks and stores a file; refuses it with the reason when its content is not acceptable. */
    public EvidenceFile store(String submittedName, byte[] content) {
        UploadCheck.Result check = UploadCheck.check(content);
        if (!check.accepted()) {
            throw new BusinessRuleViolation(check.problemKey(), UploadCheck.MAX_BYTES / (1024 * 1024));
        }
        EvidenceFile file = new EvidenceFile(UploadCheck.safeFileName(submittedName, check.mediaType()),
                check.mediaType(), content.length, UploadCheck.sha256(content), OffsetDateTime.now(clock),
                session.getCallerPrincipal().getName());
        em.persist(file);
        em.flush();
        em.persist(new EvidenceContent(file.getId(), content));
        return file;
    }

    /** The file's record and bytes, for download by staff. */
    @RolesAllowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Optional<Download> download(long id) {
        EvidenceFile file = em.find(EvidenceFile.class, id);
        EvidenceContent content = em.find(EvidenceContent.class, id);
        if (file == null || content == null) {
            return Optional.empty();
        }
        return Optional.of(new Download(file, content.content()));
    }

    /** A file ready to send. */
    public record Download(EvidenceFile file, byte[] content) {
    }
}
