package jp.kochi.vrm.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ThresholdTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 31);
    static final List<Integer> LEAD = List.of(60, 30, 7, 0);

    @ParameterizedTest(name = "{0} days before → {1}")
    @CsvSource({
        "90, -", "61, -", "60, D60", "59, D60", "31, D60", "30, D30", "8, D30", "7, D7", "1, D7", "0, D0",
        "-1, O1", "-7, O1", "-8, O8", "-14, O8", "-15, O15", "-365, O365"})
    void latestThresholdReached(int daysBefore, String expected) {
        Optional<Threshold> t = Threshold.reached(DUE, DUE.minusDays(daysBefore), LEAD, true, 7);
        assertEquals(expected, t.map(Threshold::key).orElse("-"));
        t.ifPresent(x -> assertEquals(x.overdue(), daysBefore < 0));
    }

    @Test
    void daysLeftIsTheThresholdsOwnDistance() {
        assertEquals(30, Threshold.reached(DUE, DUE.minusDays(12), LEAD, true, 7).orElseThrow().daysLeft());
        assertEquals(-8, Threshold.reached(DUE, DUE.plusDays(9), LEAD, true, 7).orElseThrow().daysLeft());
    }

    @Test
    void nonRepeatingKindsAreRemindedOnceWhenOverdue() {
        assertEquals("O1", Threshold.reached(DUE, DUE.plusDays(1), LEAD, false, 7).orElseThrow().key());
        assertEquals("O1", Threshold.reached(DUE, DUE.plusDays(30), LEAD, false, 7).orElseThrow().key());
    }

    @Test
    void overdueIntervalFollowsTheSetting() {
        assertEquals("O4", Threshold.reached(DUE, DUE.plusDays(5), LEAD, true, 3).orElseThrow().key());
        assertEquals("O1", Threshold.reached(DUE, DUE.plusDays(3), LEAD, true, 3).orElseThrow().key());
    }

    @Test
    void leadDaysFromConfiguration() {
        assertEquals(Optional.of(List.of(90, 14, 0)), LeadDays.parse(" 0, 90,14 ,14"));
        for (String bad : new String[] {"", "60;30", "-1", "x", "60,,7", "4000", "1.5"}) {
            assertTrue(LeadDays.parse(bad).isEmpty(), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> LeadDays.normalised(List.of()));
    }

    @Test
    void onlyTheLeadDaysOfTheKindCount() {
        List<Integer> single = List.of(0);
        assertFalse(Threshold.reached(DUE, DUE.minusDays(1), single, true, 7).isPresent());
        assertEquals("D0", Threshold.reached(DUE, DUE, single, true, 7).orElseThrow().key());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"D60, 期限の60日前", "D30, 期限の30日前", "D7, 期限の7日前", "D0, 期限当日", "O1, 期限後1日",
        "O218, 期限後218日"})
    void reportDescribesAThresholdInWordsNotItsCode(String key, String expected) {
        assertEquals(expected, Threshold.describe(key));
    }

    @Test
    void noThresholdIsDescribedAsNothingAndAStrangeKeyIsRefused() {
        assertEquals("", Threshold.describe(null));
        assertThrows(IllegalArgumentException.class, () -> Threshold.describe("X3"));
    }
}
