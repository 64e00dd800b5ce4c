package jp.kochi.vrm.due;

import java.util.List;
import java.util.Objects;

/**
 * A kind of dated item: its code (also the key of its label, {@code reminder.kind.<code>}, and of its setting
 * {@code VRM_REMINDERS_<CODE>_DAYS}), its default lead times, whether it is reminded again every week while
 * overdue and escalated to the security officers, and where its record is shown.
 *
 * @param code stable name, upper case with underscores (stored in {@code due_item.kind})
 * @param defaultLeadDays days before the due date on which to remind, e.g. 60, 30, 7, 0
 * @param repeatsWhileOverdue whether an overdue item is reminded again every week (otherwise once, the day after)
 * @param escalates whether an overdue item is also sent to the security officers
 * @param label the kind's name in Japanese, for mails
 * @param staffPath the record's page for staff, the subject's id appended
 * @param contractorPath the record's page for the contractor's users, {@code null} for their home page
 */
public record DueKind(String code, List<Integer> defaultLeadDays, boolean repeatsWhileOverdue, boolean escalates,
        String label, String staffPath, String contractorPath) {

    public DueKind {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z_]{1,29}")) {
            throw new IllegalArgumentException("kind code " + code);
        }
        defaultLeadDays = LeadDays.normalised(defaultLeadDays);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(staffPath, "staffPath");
    }

    /** The setting that overrides the lead days, e.g. {@code vrm.reminders.contract-end.days}. */
    public String settingName() {
        return "vrm.reminders." + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".days";
    }

    /** Where staff see the item ({@code linkId} appended) or, with {@code forContractor}, the contractor's users. */
    public String path(long linkId, boolean forContractor) {
        if (forContractor) {
            return contractorPath == null ? CONTRACTOR_HOME : contractorPath + linkId;
        }
        return staffPath + linkId;
    }

    public static final String CONTRACTOR_HOME = "/portal/home.xhtml";
}
