package jp.kochi.vrm.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The yearly report counts incidents per group: all, with personal information, closed, open. */
class IncidentReportFiguresTest {

    @Test
    void incidentsAreCountedPerGroup() {
        Incident a = IncidentTest.reported(true, 3);
        Incident b = IncidentTest.reported(false, null);
        Incident c = IncidentTest.reported(false, null);
        var table = IncidentReportFigures.table("見出し", "所管課", List.of(a, b, c),
                i -> i == c ? "財政課" : "情報政策課");
        assertEquals(List.of("所管課", "件数", "うち個人情報", "完結", "対応中"), table.columns());
        assertEquals(List.of(List.of("情報政策課", "2", "1", "0", "2"), List.of("財政課", "1", "0", "0", "1")),
                table.rows());
    }
}
