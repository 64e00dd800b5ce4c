package jp.kochi.vrm.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The handling rules of an incident, each named after the rule. */
class IncidentTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-16T10:00:00+09:00");
    static final Author CONTRACTOR = new Author("c-user", "委託 太郎", IncidentEntry.AuthorKind.CONTRACTOR);
    static final Author STAFF = new Author("staff", "職員", IncidentEntry.AuthorKind.STAFF);
    static final Author OFFICER = new Author("officer", "責任者", IncidentEntry.AuthorKind.STAFF);
    static final Author OTHER_OFFICER = new Author("officer2", "責任者2", IncidentEntry.AuthorKind.STAFF);

    static Incident reported(boolean personal, Integer count) {
        Incident i = new Incident(new Incident.About(IncidentSubject.CITY, null, null, null, null, null),
                IncidentChannel.STAFF, STAFF, NOW);
        IncidentForm f = new IncidentForm();
        f.setTitle("誤送信");
        f.setWhatHappened("住民の情報を誤って送信した。");
        f.setFoundDate(LocalDate.of(2026, 11, 16));
        f.setFoundTime("9:30");
        f.setPersonalInfo(personal);
        f.setAffectedCount(count);
        i.describe(f, null, NOW, true);
        i.report(STAFF, NOW, List.of());
        return i;
    }

    @Test
    void theFirstReportSetsTheDayTheCityKnew() {
        Incident i = reported(false, null);
        assertEquals(IncidentStatus.REPORTED, i.getStatus());
        assertEquals(LocalDate.of(2026, 11, 16), i.getKnownOn());
        assertEquals(EntryKind.FIRST_REPORT, i.getEntries().get(0).getKind());
    }

    @Test
    void aFirstReportNeedsWhatHappenedAndWhenItWasFound() {
        Incident i = new Incident(new Incident.About(IncidentSubject.CITY, null, null, null, null, null),
                IncidentChannel.STAFF, STAFF, NOW);
        IncidentForm f = new IncidentForm();
        f.setTitle("件名だけ");
        i.describe(f, null, NOW, false); // a draft keeps a title alone
        BusinessRuleViolation e = assertThrows(BusinessRuleViolation.class, () -> i.describe(f, null, NOW, true));
        assertEquals("app.required", e.messageKey());
        f.setWhatHappened("内容");
        f.setFoundDate(LocalDate.of(2026, 11, 17));
        f.setFoundTime("9:00");
        assertEquals("incident.foundInFuture",
                assertThrows(BusinessRuleViolation.class, () -> i.describe(f, null, NOW, true)).messageKey());
        f.setFoundDate(LocalDate.of(2026, 11, 15));
        f.setFoundTime("25:99");
        assertEquals("incident.foundTimeInvalid",
                assertThrows(BusinessRuleViolation.class, () -> i.describe(f, null, NOW, true)).messageKey());
    }

    @Test
    void aContractorAddsOnlyFollowUpsAndDetailedReports() {
        Incident i = reported(false, null);
        i.addEntry(EntryKind.FOLLOW_UP, "続報", List.of(), CONTRACTOR, NOW);
        i.addEntry(EntryKind.DETAILED_REPORT, "原因", List.of(), CONTRACTOR, NOW);
        assertThrows(BusinessRuleViolation.class,
                () -> i.addEntry(EntryKind.COUNTERMEASURE, "対策", List.of(), CONTRACTOR, NOW));
        assertThrows(BusinessRuleViolation.class, () -> i.acknowledge(CONTRACTOR, NOW));
    }

    @Test
    void closingNeedsAnOfficerOtherThanTheRecorderOfTheLastCountermeasure() {
        Incident i = reported(false, null);
        i.acknowledge(STAFF, NOW);
        assertEquals("incident.countermeasureFirst", assertThrows(BusinessRuleViolation.class,
                () -> i.close("所見", OFFICER, NOW, 0, 0)).messageKey());
        i.addEntry(EntryKind.COUNTERMEASURE, "対策", List.of(), OFFICER, NOW);
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> i.close("所見", OFFICER, NOW, 0, 0));
        assertEquals("incident.closeBySomeoneElse", refused.messageKey());
        assertTrue(refused.isRefusal(), "audited as a refusal");
        assertEquals("incident.actionsOpen", assertThrows(BusinessRuleViolation.class,
                () -> i.close("所見", OTHER_OFFICER, NOW, 0, 1)).messageKey());
        assertEquals("incident.reportsOutstanding", assertThrows(BusinessRuleViolation.class,
                () -> i.close("所見", OTHER_OFFICER, NOW, 2, 0)).messageKey());
        i.close("所見", OTHER_OFFICER, NOW, 0, 0);
        assertEquals(IncidentStatus.CLOSED, i.getStatus());
        assertThrows(BusinessRuleViolation.class, () -> i.addEntry(EntryKind.FOLLOW_UP, "x", List.of(), STAFF, NOW));
    }

    @Test
    void aPersonalInformationIncidentClosesOnlyWithItsDecisions() {
        Incident i = reported(true, 3);
        i.acknowledge(STAFF, NOW);
        i.addEntry(EntryKind.COUNTERMEASURE, "対策", List.of(), STAFF, NOW);
        assertEquals("incident.decisionsMissing", assertThrows(BusinessRuleViolation.class,
                () -> i.close("所見", OFFICER, NOW, 0, 0)).messageKey());
        i.decide(Decision.NOTIFY_PERSONS, "YES", "3名に通知", OFFICER, NOW);
        i.decide(Decision.PUBLICATION, "NO", "少数のため個別通知", OFFICER, NOW);
        assertEquals("incident.decisionInvalid", assertThrows(BusinessRuleViolation.class,
                () -> i.decide(Decision.PUBLICATION, "MAYBE", "x", OFFICER, NOW)).messageKey());
        i.close("所見", OFFICER, NOW, 0, 0);
        assertEquals(IncidentStatus.CLOSED, i.getStatus());
    }

    @Test
    void theFinalLegalReportFollowsThePreliminaryOneOnce() {
        Incident i = reported(true, 500);
        List<ReportRule> rules = List.of(ReportingClockTest.appi());
        assertEquals(2, i.outstandingReports(rules).size());
        assertEquals("incident.preliminaryFirst", assertThrows(BusinessRuleViolation.class, () -> i.recordLegalReport(
                "APPI_PUBLIC", LegalReport.Stage.FINAL, LocalDate.of(2026, 11, 16), null, OFFICER, NOW)).messageKey());
        i.recordLegalReport("APPI_PUBLIC", LegalReport.Stage.PRELIMINARY, LocalDate.of(2026, 11, 16), "受付1", OFFICER,
                NOW);
        assertEquals("incident.legalReportRecorded", assertThrows(BusinessRuleViolation.class, () -> i.recordLegalReport(
                "APPI_PUBLIC", LegalReport.Stage.PRELIMINARY, LocalDate.of(2026, 11, 16), null, OFFICER, NOW))
                .messageKey());
        assertEquals(1, i.outstandingReports(rules).size());
        assertEquals("incident.madeOnInvalid", assertThrows(BusinessRuleViolation.class, () -> i.recordLegalReport(
                "APPI_PUBLIC", LegalReport.Stage.FINAL, LocalDate.of(2026, 11, 17), null, OFFICER, NOW)).messageKey());
    }
}
