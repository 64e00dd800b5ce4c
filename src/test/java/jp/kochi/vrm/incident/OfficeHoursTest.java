package jp.kochi.vrm.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.LocalTime;
import jp.kochi.vrm.platform.ClockProducer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escalation of an unacknowledged first report counts office minutes only (weekdays 08:30-17:15). */
class OfficeHoursTest {

    private final OfficeHours hours = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 15));

    @ParameterizedTest(name = "{0} + {1} min -> {2}")
    @CsvSource({
        "2026-11-16T09:00, 60, 2026-11-16T10:00",
        "2026-11-16T16:45, 60, 2026-11-17T09:00",
        "2026-11-20T17:00, 60, 2026-11-23T09:15",
        "2026-11-21T11:00, 60, 2026-11-23T09:30",
        "2026-11-16T07:00, 60, 2026-11-16T09:30",
        "2026-11-16T17:15, 1, 2026-11-17T08:31",
        "2026-11-16T20:00, 0, 2026-11-17T08:30",
        "2026-11-16T09:00, 525, 2026-11-17T09:00",
    })
    void escalationWaitsOfficeMinutes(LocalDateTime from, long minutes, LocalDateTime expected) {
        LocalDateTime due = hours.after(from.atZone(ClockProducer.CITY_ZONE), minutes).toLocalDateTime();
        assertEquals(expected, due);
    }
}
