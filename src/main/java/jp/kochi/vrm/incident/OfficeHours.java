package jp.kochi.vrm.incident;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import jp.kochi.vrm.platform.ClockProducer;

/**
 * The city's office hours on weekdays (national holidays are not known to the portal and count as working days), for
 * the time a first report may wait before it is escalated: a report at 17:00 on a Friday with 60 minutes to wait is
 * escalated at 09:15 on Monday when the office opens at 08:30 and closes at 17:15.
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    public OfficeHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours " + opens + "-" + closes);
        }
    }

    /** The moment {@code minutes} office minutes after {@code from} have passed. */
    public ZonedDateTime after(ZonedDateTime from, long minutes) {
        LocalDateTime t = from.withZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDateTime();
        long left = minutes;
        while (true) {
            t = nextOpen(t);
            LocalDateTime closing = t.toLocalDate().atTime(closes);
            long available = Duration.between(t, closing).toMinutes();
            if (left <= available) {
                return t.plusMinutes(left).atZone(ClockProducer.CITY_ZONE);
            }
            left -= available;
            t = t.toLocalDate().plusDays(1).atTime(opens);
        }
    }

    /** {@code t} itself when the office is open then, else the next opening. */
    LocalDateTime nextOpen(LocalDateTime t) {
        LocalDateTime at = t;
        while (true) {
            boolean weekday = at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && !at.toLocalTime().isBefore(opens) && at.toLocalTime().isBefore(closes)) {
                return at;
            }
            if (weekday && at.toLocalTime().isBefore(opens)) {
                return at.toLocalDate().atTime(opens);
            }
            at = at.toLocalDate().plusDays(1).atTime(opens);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return at;
            }
        }
    }
}
