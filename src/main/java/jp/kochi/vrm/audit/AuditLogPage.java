package jp.kochi.vrm.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import jp.kochi.vrm.shell.UiMessages;
import org.primefaces.model.JPALazyDataModel;
import org.primefaces.model.LazyDataModel;

/**
 * The auditor's view of the log: paged, sorted and filtered in the database, newest first, with the
 * chain verification one click away.
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    private transient EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private UiMessages messages;

    private LazyDataModel<AuditEntry> entries;
    private ChainVerifier.Result verification;

    public LazyDataModel<AuditEntry> getEntries() {
        if (entries == null) {
            entries = JPALazyDataModel.<AuditEntry>builder()
                    .entityClass(AuditEntry.class)
                    .entityManager(() -> em)
                    .rowKeyField("seq")
                    .caseSensitive(false)
                    .build();
        }
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
