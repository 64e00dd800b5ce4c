package jp.kochi.vrm.contract;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.evidence.EvidenceUpload;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.LocalText;
import jp.kochi.vrm.platform.faces.UiMessages;
import jp.kochi.vrm.platform.faces.Uploads;

/**
 * The hand-in form of an obligation page, for contractors and staff alike: the chosen files and a comment, handed to
 * a service as one submission, with the outcome as a message. The files are never kept between requests.
 */
public class SubmissionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service call that stores the submission. */
    @FunctionalInterface
    public interface HandIn {
        EvidenceSubmission apply(List<EvidenceUpload> uploads, String comment);
    }

    private String comment;
    private transient List<Part> files = new ArrayList<>();

    /** Hands the chosen files in; returns whether the submission was stored (the message says so, or why not). */
    public boolean handIn(HandIn action, UiMessages messages) {
        List<String> empty = Uploads.emptyFilesInRequest();
        if (!empty.isEmpty()) {
            messages.error("submission.fileEmpty",
                    LocalText.quotedList(empty.stream().map(name -> new LocalText(name, name)).toList()));
            files = new ArrayList<>();
            return false;
        }
        try {
            EvidenceSubmission s = action.apply(EvidenceUpload.of(files), comment);
            messages.info("submission.sent", s.getVersionNo());
            comment = null;
            return true;
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        } finally {
            files = new ArrayList<>();
        }
        return false;
    }

    public int getMaxFiles() {
        return Obligation.MAX_FILES;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}
