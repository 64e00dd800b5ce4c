package jp.kochi.vrm.due;

import java.util.List;
import java.util.Map;

/**
 * The reminder settings in force.
 *
 * @param leadDays lead days by kind code, for the kinds whose defaults are overridden
 * @param overdueEveryDays days between two reminders of an overdue item (default 7)
 * @param submissionReviewDays days a submission may wait for its review before it is due (default 7)
 * @param snsDormantDays days without a post after which an account is dormant
 */
public record ReminderSettings(Map<String, List<Integer>> leadDays, int overdueEveryDays, int submissionReviewDays,
        int snsDormantDays) {

    public static final int DEFAULT_OVERDUE_EVERY_DAYS = Threshold.WEEK;
    public static final int DEFAULT_SUBMISSION_REVIEW_DAYS = 7;

    public ReminderSettings {
        leadDays = Map.copyOf(leadDays);
        if (overdueEveryDays < 1 || submissionReviewDays < 1 || snsDormantDays < 1) {
            throw new IllegalArgumentException("reminder settings must be positive");
        }
    }

    /** The defaults everywhere. */
    public static ReminderSettings defaults(int snsDormantDays) {
        return new ReminderSettings(Map.of(), DEFAULT_OVERDUE_EVERY_DAYS, DEFAULT_SUBMISSION_REVIEW_DAYS, snsDormantDays);
    }

    public List<Integer> leadDays(DueKind kind) {
        return leadDays.getOrDefault(kind.code(), kind.defaultLeadDays());
    }
}
