package jp.kochi.vrm.evidence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Stores and serves evidence files. An upload is streamed to a staging file (size limit, SHA-256), checked by
 * {@link EvidenceInspector}, and only then taken into the {@link EvidenceStorage}; a refused upload leaves
 * nothing behind.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.CONTRACTOR})
public class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    @Inject
    private EvidenceStorage storage;

    @Inject
    private PortalSettings settings;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Checks and stores an upload; refuses it with the reason when it is not acceptable. */
    public EvidenceFile store(String submittedName, InputStream content) {
        return store(submittedName, content, caller.name(), OffsetDateTime.now(clock));
    }

    /**
     * Checks and stores several files for one submission: all or none. A refused file is named in the message
     * (shortened), with the reason; files stored before it are removed when the transaction rolls back.
     */
    public List<EvidenceFile> storeAll(List<EvidenceUpload> uploads) {
        List<EvidenceFile> files = new ArrayList<>();
        String actor = caller.name();
        OffsetDateTime at = OffsetDateTime.now(clock);
        for (EvidenceUpload upload : uploads) {
            try {
                files.add(store(upload.name(), upload.content(), actor, at));
            } catch (BusinessRuleViolation refused) {
                throw new BusinessRuleViolation("evidence.fileRefused", shortName(upload.name()), refused);
            }
        }
        return files;
    }

    /** A file name fit for a message: at most 60 characters, no control characters. */
    static String shortName(String name) {
        String n = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
        return n.length() <= 60 ? n : n.substring(0, 30) + "…" + n.substring(n.length() - 20);
    }

    EvidenceFile store(String submittedName, InputStream content, String actor, OffsetDateTime at) {
        EvidenceIntake.Accepted in = EvidenceIntake.take(storage, submittedName, content, settings.evidenceMaxBytes());
        deleteOnRollback(in.storageKey());
        EvidenceFile file = new EvidenceFile(submittedName.strip(), in.mediaType(), in.size(), in.sha256(), at, actor,
                in.storageKey());
        em.persist(file);
        return file;
    }

    /**
     * The file is in storage before the caller's transaction ends; if that transaction rolls back (the record
     * it was for refused the change, a concurrent edit), the file goes too, so no file is kept without a record.
     */
    private void deleteOnRollback(String key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        storage.delete(key);
                    } catch (IOException e) {
                        LOG.warning(() -> "Evidence file " + key + " of a rolled-back upload could not be removed: " + e);
                    }
                }
            }
        });
    }

    /** The file's record and a way to read its bytes, for download by staff. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Optional<Download> download(long id) {
        EvidenceFile file = em.find(EvidenceFile.class, id);
        return file == null ? Optional.empty() : download(file);
    }

    /**
     * The bytes of a file the caller has already been allowed to read (the contractor portal checks that the
     * file belongs to the signed-in contractor before it asks; the incident register that it belongs to an incident).
     */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN,
            Roles.CONTRACTOR})
    public Optional<Download> download(EvidenceFile file) {
        if (file.getStorageKey() != null) {
            return Optional.of(new Download(file, () -> storage.open(file.getStorageKey())));
        }
        EvidenceContent legacy = em.find(EvidenceContent.class, file.getId());
        if (legacy == null) {
            return Optional.empty();
        }
        byte[] bytes = legacy.content();
        return Optional.of(new Download(file, () -> new ByteArrayInputStream(bytes)));
    }

    /** Opens the stored bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file ready to send: the record, and its bytes opened when sending starts. */
    public record Download(EvidenceFile file, Opener content) {
        public InputStream open() {
            try {
                return content.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
