package jp.kochi.vrm.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceRequirementTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    @Test
    void beforeStartAndAtEnd() {
        assertEquals(List.of(LocalDate.of(2026, 3, 18)), EvidenceRequirement.beforeStart("情報管理計画書", 14).dueDates(START, END));
        assertEquals(List.of(LocalDate.of(2027, 4, 30)), EvidenceRequirement.atEnd("削除証明書", 30).dueDates(START, END));
    }

    @Test
    void quarterlyOverAFiscalYearIsFourReportsAfterEachQuarter() {
        assertEquals(List.of(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 10, 10), LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 4, 10)), EvidenceRequirement.every("定期報告書", 3, 10).dueDates(START, END));
    }

    @Test
    void yearlyOnAOneYearContractIsDueOnceAtTheEnd() {
        assertEquals(List.of(END), EvidenceRequirement.every("教育実施記録", 12, 0).dueDates(START, END));
    }

    @Test
    void aShortContractStillGetsOneReportCutAtItsEnd() {
        LocalDate end = LocalDate.of(2026, 5, 15);
        assertEquals(List.of(end), EvidenceRequirement.every("定期報告書", 3, 0).dueDates(START, end));
    }

    @Test
    void aLongerStretchLeavesAPartialLastPeriod() {
        LocalDate end = LocalDate.of(2027, 9, 30);
        assertEquals(List.of(LocalDate.of(2027, 3, 31), END.plusMonths(6)),
                EvidenceRequirement.every("教育実施記録", 12, 0).dueDates(START, end));
    }

    @Test
    void problemsAreNamed() {
        assertNull(EvidenceRequirement.every("報告", 3, 0).problem());
        assertEquals("clause.evidence.cadenceRange", EvidenceRequirement.every("報告", 25, 0).problem());
        assertEquals("clause.evidence.offsetRange", EvidenceRequirement.atEnd("削除証明書", 400).problem());
        assertEquals("clause.evidence.nameRequired", EvidenceRequirement.atEnd(" ", 1).problem());
    }
}
