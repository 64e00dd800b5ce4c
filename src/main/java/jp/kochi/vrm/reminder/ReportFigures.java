package jp.kochi.vrm.reminder;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures a capability adds to the fiscal-year report (自己点検・監査報告) beside the dated items: tables of counts,
 * such as incidents per contractor and per department. Implementations are CDI beans in the capability's package; the
 * report finds them all and prints their tables in the PDF after its own.
 */
public interface ReportFigures {

    /** A table: its heading, column titles and rows of cell text (Japanese, no codes). */
    record Table(String heading, List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The tables for the fiscal year from {@code from} to {@code to}, read in the report's transaction. */
    List<Table> tables(EntityManager em, LocalDate from, LocalDate to);
}
