package jp.kochi.vrm.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register as a file: readable labels, dates as the city writes them, formulas neutralised. */
class IncidentRegisterTest {

    @Test
    void theCsvHasLabelsDatesAndTheNextLegalReport() throws Exception {
        Incident i = IncidentTest.reported(true, 500);
        StringWriter out = new StringWriter();
        IncidentRegister.csv(List.of(i), List.of(ReportingClockTest.appi()), LocalDate.of(2026, 11, 16), out,
                key -> "«" + key + "»");
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFF«incident.number»,«incident.status»"), csv);
        String row = csv.split("\r\n")[1];
        assertTrue(row.contains("«incident.status.REPORTED»") && row.contains("«incident.subject.CITY»"), row);
        assertTrue(row.contains("2026/11/16") && row.contains("«incident.stage.PRELIMINARY»")
                && row.contains("2026/11/20"), row);
        assertEquals(2, csv.split("\r\n").length);
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsNeutralised() throws Exception {
        Incident i = IncidentTest.reported(false, null);
        IncidentForm f = IncidentForm.of(i);
        f.setTitle("=HYPERLINK(\"http://x\")");
        i.changeFacts(f, null, null, IncidentTest.OFFICER, IncidentTest.NOW);
        StringWriter out = new StringWriter();
        IncidentRegister.csv(List.of(i), List.of(), LocalDate.of(2026, 11, 16), out, key -> key);
        assertTrue(out.toString().contains("'=HYPERLINK"), out.toString());
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        IncidentRegister.xlsx(List.of(i), List.of(), LocalDate.of(2026, 11, 16), xlsx, key -> key);
        assertTrue(xlsx.size() > 1000, "a workbook is written");
    }
}
