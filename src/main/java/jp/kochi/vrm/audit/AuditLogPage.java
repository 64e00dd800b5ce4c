package jp.kochi.vrm.audit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.faces.UiMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The auditor's view of the log: filtered by record type, person, period and action, paged and sorted in the
 * database, newest first, in the reader's words; the chain verification one click away; the filtered entries
 * exported as CSV or PDF with the verification result and their digest (the export itself is logged with its
 * SHA-256, which the page then shows).
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

    @Inject
    private AuditedTypes types;

    @Inject
    private XhtmlPdf pdfRenderer;

    @Inject
    private CallerContext caller;

    @Inject
    private Dates dates;

    @Inject
    private Clock clock;

    private final EntryModel entries = new EntryModel();
    private ChainVerifier.Result verification;

    private String recordType;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private String action;
    private AuditFilter applied = AuditFilter.ALL;
    private List<String> recordTypes;
    /** The last export of this view: format, entries and SHA-256, shown after the download. */
    private String lastExport;

    /** The lazy model: PrimeFaces asks for one page, {@link AuditLogQueries} answers it in the database. */
    class EntryModel extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return queries.count(applied);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            return queries.page(applied, first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
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

    private AuditVocabulary words() {
        return new AuditVocabulary(messages::textOrNull, types::classOf);
    }

    /** The entry's details as readable lines: field names and values in the user's language. */
    public List<String> details(AuditEntry entry) {
        return words().lines(entry.getRecordType(), entry.getDetails());
    }

    /** The record type in the user's language ("所管課"), or as stored when the portal has no label for it. */
    public String recordType(AuditEntry entry) {
        return words().recordType(entry.getRecordType());
    }

    /** The record type's name for the filter's choices. */
    public String recordTypeLabel(String type) {
        return words().recordType(type);
    }

    /** The record types the log holds, by their names in the user's language. */
    public List<String> getRecordTypes() {
        if (recordTypes == null) {
            AuditVocabulary words = words();
            recordTypes = new ArrayList<>(queries.recordTypes());
            recordTypes.sort((a, b) -> words.recordType(a).compareTo(words.recordType(b)));
        }
        return recordTypes;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** Applies the filter as entered (checked on the server: a period that ends before it starts is refused). */
    public void filter() {
        AuditFilter entered = entered();
        if (entered != null) {
            applied = entered;
        }
    }

    /** Clears the filter: every entry. */
    public void clear() {
        recordType = null;
        actor = null;
        from = null;
        to = null;
        action = null;
        applied = AuditFilter.ALL;
    }

    /** The filter as entered, or {@code null} with a message at the field when it cannot be applied. */
    private AuditFilter entered() {
        try {
            if (recordType != null && !recordType.isBlank() && !getRecordTypes().contains(recordType)) {
                throw new BusinessRuleViolation("audit.filter.recordType.unknown");
            }
            return new AuditFilter(recordType, actor, from, to, action);
        } catch (BusinessRuleViolation e) {
            String field = switch (e.messageKey()) {
                case "audit.filter.period.order" -> "auditFilter:to";
                case "audit.filter.actor.tooLong" -> "auditFilter:actor";
                case "audit.filter.recordType.unknown" -> "auditFilter:recordType";
                default -> "auditFilter:action";
            };
            messages.errorAt(field, e);
            return null;
        }
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

    /** Downloads the filtered entries as CSV (UTF-8 with BOM). */
    public void exportCsv() {
        export("csv");
    }

    /** Downloads the filtered entries as a PDF to file. */
    public void exportPdf() {
        export("pdf");
    }

    private void export(String format) {
        AuditFilter filter = entered();
        if (filter == null) {
            return;
        }
        applied = filter;
        AuditExport.File file;
        try {
            ChainVerifier.Result result = auditLog.verify();
            verification = result;
            List<AuditEntry> selected = queries.entries(filter);
            AuditExport export = new AuditExport(messages::text, words(), e -> dates.dateTime(e.getOccurredAt()));
            AuditExport.Footer footer = new AuditExport.Footer(describe(filter), verificationText(result),
                    dates.dateTime(OffsetDateTime.now(clock)), caller.name());
            file = "pdf".equals(format) ? export.pdf(selected, footer, pdfRenderer) : export.csv(selected, footer);
            auditLog.recordChange(AuditAction.CREATE, "AuditLogExport", file.sha256().substring(0, 16), List.of(
                    new AuditLog.Change("format", null, format),
                    new AuditLog.Change("entryCount", null, Integer.toString(file.entries())),
                    new AuditLog.Change("filter", null, describe(filter)),
                    new AuditLog.Change("sha256", null, file.sha256()),
                    new AuditLog.Change("entriesSha256", null, file.entriesSha256())));
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return;
        }
        lastExport = messages.text("audit.export.done", format.toUpperCase(java.util.Locale.ROOT), file.entries(),
                file.sha256());
        send(file.bytes(), "pdf".equals(format) ? "application/pdf" : "text/csv; charset=UTF-8",
                "audit-log-" + LocalDate.now(clock) + "." + format);
    }

    private static void send(byte[] bytes, String contentType, String fileName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType(contentType);
        ec.setResponseContentLength(bytes.length);
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            OutputStream out = ec.getResponseOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The filter in words, for the export's footer ("すべて" for none). */
    String describe(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.recordType() != null) {
            parts.add(messages.text("audit.recordType") + ": " + words().recordType(f.recordType()));
        }
        if (f.actor() != null) {
            parts.add(messages.text("audit.actor") + ": " + f.actor());
        }
        if (f.from() != null || f.to() != null) {
            parts.add(messages.text("audit.filter.period") + ": " + Dates.format(f.from()) + " ～ " + Dates.format(f.to()));
        }
        if (f.action() != null) {
            parts.add(messages.text("audit.action") + ": " + messages.text("audit.action." + f.action()));
        }
        return parts.isEmpty() ? messages.text("audit.filter.all") : String.join(" / ", parts);
    }

    private String verificationText(ChainVerifier.Result r) {
        return r.intact() ? messages.text("audit.verify.ok", r.entriesChecked())
                : messages.text("audit.verify.broken", r.firstBrokenSeq(),
                        messages.text("audit.breach." + r.breach().name()), r.entriesChecked());
    }

    public String getLastExport() {
        return lastExport;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
