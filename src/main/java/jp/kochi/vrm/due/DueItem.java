package jp.kochi.vrm.due;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated item a capability reports as not yet done: what it is, when it is due and who answers for it.
 *
 * @param kind its kind
 * @param subjectId the id of the record that carries the date (contract, obligation, certification ...)
 * @param linkId the id of the record whose page shows it (often the subject; the contractor of a certification)
 * @param dueDate the date
 * @param title how people recognise it, e.g. the contract number and title; shown and mailed, so no secrets
 * @param contractorId the contractor it concerns, if any (for the contractor's own notification list and feed)
 * @param recipients who is responsible: {@link Recipient} markers
 */
public record DueItem(DueKind kind, long subjectId, long linkId, LocalDate dueDate, String title, Long contractorId,
        List<String> recipients) {

    public DueItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
        title = title == null ? "" : title.length() > 400 ? title.substring(0, 399) + "…" : title;
        recipients = recipients.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** Names the record across runs: a new due date of the same record is a new due item. */
    public String key() {
        return kind.code() + ":" + subjectId;
    }
}
