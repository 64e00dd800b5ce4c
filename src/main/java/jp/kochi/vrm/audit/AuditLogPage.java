package jp.kochi.vrm.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.shell.UiMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The auditor's view of the log: paged, sorted and filtered in the database, newest first, with the
 * chain verification one click away.
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLogQueries queries;

    @Inject
    private AuditLog auditLog;

    @Inject
    private UiMessages messages;

    @Inject
    private jp.kochi.vrm.identity.CurrentUser currentUser;

    private Long redactSeq;
    private String redactReason;

    private final EntryModel entries = new EntryModel();
    private ChainVerifier.Result verification;

    /** The lazy model: PrimeFaces asks for one page, {@link AuditLogQueries} answers it in the database. */
    class EntryModel extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return queries.count(filterBy);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return queries.page(first, pageSize, sortBy, filterBy);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getSeq());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(e -> getRowKey(e).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** The entry's details as readable lines, field names in the user's language. */
    public List<String> details(AuditEntry entry) {
        return AuditDetails.lines(entry.getDetails(),
                field -> Objects.requireNonNullElse(messages.textOrNull("audit.field." + field), field));
    }

    /** The record type in the user's language ("所管課"), or as stored when the portal has no label for it. */
    public String recordType(AuditEntry entry) {
        if (entry.getRecordType() == null) {
            return "";
        }
        String label = messages.textOrNull("audit.type." + entry.getRecordType());
        return label == null ? entry.getRecordType() : label;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ChainVerifier.Result getVerification() {
        return verification;
    }

    /** A security officer may redact an entry's detail (with a reason). */
    public boolean isOfficer() {
        return currentUser.hasRole(jp.kochi.vrm.identity.Roles.SECURITY_OFFICER);
    }

    public void redact() {
        try {
            if (redactSeq == null) {
                throw new jp.kochi.vrm.platform.BusinessRuleViolation("app.required", "audit.redact.seq");
            }
            auditLog.redactEntry(redactSeq, redactReason);
            messages.info("audit.redact.done", redactSeq);
            redactSeq = null;
            redactReason = null;
        } catch (jp.kochi.vrm.platform.BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public Long getRedactSeq() {
        return redactSeq;
    }

    public void setRedactSeq(Long redactSeq) {
        this.redactSeq = redactSeq;
    }

    public String getRedactReason() {
        return redactReason;
    }

    public void setRedactReason(String redactReason) {
        this.redactReason = redactReason;
    }

    public void verify() {
        verification = auditLog.verify();
        if (verification.intact()) {
            messages.info("audit.verify.ok", verification.entriesChecked());
        } else {
            messages.error("audit.verify.broken", verification.firstBrokenSeq(),
                    messages.text("audit.breach." + verification.breach().name()), verification.entriesChecked());
        }
    }
}
