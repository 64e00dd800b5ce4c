package jp.kochi.vrm.evidence;

import java.io.IOException;
import java.io.InputStream;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * The way every upload comes in: streamed to a staging file (size limit, SHA-256), checked by
 * {@link EvidenceInspector}, and only then taken into the storage. A refused or broken upload leaves nothing
 * behind, neither in staging nor in the store.
 */
public final class EvidenceIntake {

    private EvidenceIntake() {
    }

    /** What was taken in: the storage key, the type found in the content, the size and the SHA-256. */
    public record Accepted(String storageKey, String mediaType, long size, String sha256) {
    }

    public static Accepted take(EvidenceStorage storage, String displayName, InputStream content, long maxBytes) {
        if (content == null) {
            throw new BusinessRuleViolation("evidence.empty");
        }
        EvidenceInspector.checkName(displayName);
        try (StagedFile staged = StagedFile.stage(content, storage.stagingDir(), maxBytes)) {
            String type = EvidenceInspector.inspect(staged.path(), displayName);
            return new Accepted(storage.put(staged.path()), type, staged.size(), staged.sha256());
        } catch (IOException e) {
            throw new BusinessRuleViolation("evidence.unreadable");
        } catch (BusinessRuleViolation e) {
            throw e;
        } catch (RuntimeException e) {
            // A library reading a malformed file gave up: the file is refused, the user gets a message.
            throw new BusinessRuleViolation("evidence.unreadable");
        }
    }
}
