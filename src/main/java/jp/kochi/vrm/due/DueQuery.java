package jp.kochi.vrm.due;

import java.time.LocalDate;

/**
 * What a {@link DueDateSource} is asked: the city's date, the settings, and how far ahead to look.
 *
 * @param today the city's date
 * @param settings lead times and the other reminder settings
 * @param lookAheadDays extra days beyond each kind's first lead time (0 for the reminder run; the calendar feed
 *        and the dashboard look further)
 * @param answers answers given before to the same queries ({@link DueAnswers#NONE}: none)
 */
public record DueQuery(LocalDate today, ReminderSettings settings, int lookAheadDays, DueAnswers answers) {

    public DueQuery {
        answers = answers == null ? DueAnswers.NONE : answers;
    }

    /** A query that asks the database every time. */
    public DueQuery(LocalDate today, ReminderSettings settings, int lookAheadDays) {
        this(today, settings, lookAheadDays, DueAnswers.NONE);
    }

    /** The latest due date of interest for {@code kind}. */
    public LocalDate horizon(DueKind kind) {
        return today.plusDays(settings.leadDays(kind).get(0) + (long) lookAheadDays);
    }
}
