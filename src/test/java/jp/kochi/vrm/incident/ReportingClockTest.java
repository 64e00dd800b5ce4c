package jp.kochi.vrm.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The legal reporting deadlines as a table over the seeded reference data (migration V15): the facts of an incident and
 * the day the city knew of it give which reports are due and by when.
 */
class ReportingClockTest {

    /** The APPI rule for public bodies as seeded: sensitive, property damage, unauthorised purpose, over 100 persons. */
    static ReportRule appi() {
        return new ReportRule("APPI_PUBLIC", "APPI", ReportRule.AppliesTo.PERSONAL_INFO, true, true, true, false, 100, 5,
                30, 60, true, LocalDate.of(2026, 11, 1));
    }

    /** The My Number rule as seeded: unauthorised purpose, over 100 persons. */
    static ReportRule myNumber() {
        return new ReportRule("MY_NUMBER", "My Number", ReportRule.AppliesTo.MY_NUMBER, false, false, true, false, 100, 5,
                30, 60, true, LocalDate.of(2026, 11, 1));
    }

    @ParameterizedTest(name = "{0}: pi={1} sens={2} mn={3} prop={4} unauth={5} count={6} known {7} -> {8} {9}/{10}")
    @CsvSource(nullValues = "-", value = {
        // rule, personal, sensitive, myNumber, property, unauthorised, count, known on, due?, preliminary, final
        "APPI, false, false, false, false, false, 500, 2026-04-01, false, -, -",
        "APPI, true, false, false, false, false, 100, 2026-04-01, false, -, -",
        "APPI, true, false, false, false, false, 101, 2026-04-01, true, 2026-04-05, 2026-04-30",
        "APPI, true, false, false, false, false, -, 2026-04-01, false, -, -",
        "APPI, true, true, false, false, false, 1, 2026-03-31, true, 2026-04-04, 2026-04-29",
        "APPI, false, true, false, false, false, 1, 2026-03-31, true, 2026-04-04, 2026-04-29",
        "APPI, true, false, false, true, false, 1, 2028-02-29, true, 2028-03-04, 2028-03-29",
        "APPI, true, false, false, false, true, 1, 2027-02-28, true, 2027-03-04, 2027-04-28",
        "APPI, false, false, true, false, false, 200, 2026-12-07, true, 2026-12-11, 2027-01-05",
        "MY_NUMBER, true, false, false, false, true, 1, 2026-04-01, false, -, -",
        "MY_NUMBER, false, false, true, false, false, 100, 2026-04-01, false, -, -",
        "MY_NUMBER, false, false, true, false, false, 101, 2026-04-01, true, 2026-04-05, 2026-04-30",
        "MY_NUMBER, false, false, true, false, true, 3, 2026-12-28, true, 2027-01-01, 2027-02-25",
        "MY_NUMBER, false, false, true, true, false, 3, 2026-12-28, false, -, -",
    })
    void deadlinesFollowTheFactsAndTheKnownDay(String rule, boolean personal, boolean sensitive, boolean myNumber,
            boolean property, boolean unauthorised, Integer count, LocalDate knownOn, boolean due,
            LocalDate preliminary, LocalDate finalDue) {
        ReportRule r = rule.equals("APPI") ? appi() : myNumber();
        Optional<ReportingClock> clock = ReportingClock.of(r,
                new IncidentFacts(personal, sensitive, myNumber, property, unauthorised, count), knownOn);
        assertEquals(due, clock.isPresent());
        clock.ifPresent(c -> {
            assertEquals(preliminary, c.preliminaryDue());
            assertEquals(finalDue, c.finalDue());
            assertTrue(!c.reasons().isEmpty());
        });
    }

    @ParameterizedTest(name = "{0} days from {1}, day one {2}: {3}")
    @CsvSource({
        "30, 2026-04-01, true, 2026-04-30",
        "30, 2026-04-01, false, 2026-05-01",
        "0, 2026-04-01, true, 2026-04-01",
        "1, 2026-04-01, true, 2026-04-01",
        "60, 2028-02-01, true, 2028-03-31",
    })
    void aPeriodEndsOnItsLastDay(int days, LocalDate known, boolean dayOne, LocalDate end) {
        assertEquals(end, ReportingClock.dayNumber(known, days, dayOne));
    }

    @org.junit.jupiter.api.Test
    void theReasonsNameEveryCriterionMet() {
        ReportingClock c = ReportingClock.of(appi(), new IncidentFacts(true, true, false, true, true, 500),
                LocalDate.of(2026, 4, 1)).orElseThrow();
        assertEquals(List.of("incident.trigger.sensitive", "incident.trigger.propertyDamage",
                "incident.trigger.unauthorisedPurpose", "incident.trigger.countOver"), c.reasons());
    }
}
