package jp.kochi.vrm.due;

import java.util.Set;

/**
 * Fired by a capability when items of some kinds must be notified at once, such as an incident's first report: once the
 * transaction has committed, the reminder job runs over those kinds only and mails now, instead of at its next
 * scheduled hour (the day's other reminders are not sent early).
 *
 * @param why what happened, for the server log
 * @param kinds the kinds' codes
 */
public record DueItemsChanged(String why, Set<String> kinds) {

    public DueItemsChanged {
        kinds = Set.copyOf(kinds);
    }
}
