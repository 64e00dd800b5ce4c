package jp.kochi.vrm.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import jp.kochi.vrm.reminder.ReportFigures;

/**
 * The incidents of a fiscal year in the yearly report: how many the city knew of, per contractor and per department,
 * how many involved personal information, and how many are closed.
 */
@ApplicationScoped
public class IncidentReportFigures implements ReportFigures {

    @Override
    public List<Table> tables(EntityManager em, LocalDate from, LocalDate to) {
        List<Incident> year = em.createQuery("SELECT i FROM Incident i WHERE i.status <> :draft AND i.knownOn >= :from "
                + "AND i.knownOn <= :to", Incident.class).setParameter("draft", IncidentStatus.DRAFT)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return List.of(table("インシデント（委託事業者別）", "委託事業者", year,
                        i -> i.getContractor() == null ? "（委託事業者なし）" : i.getContractor().getName()),
                table("インシデント（所管課別）", "所管課", year,
                        i -> i.getDepartment() == null ? "（所管課なし）" : i.getDepartment().getName()));
    }

    /** One row per group: incidents, of which with personal information, closed, open. */
    static Table table(String heading, String groupTitle, List<Incident> incidents, Function<Incident, String> group) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Incident i : incidents) {
            int[] c = counts.computeIfAbsent(group.apply(i), g -> new int[4]);
            c[0]++;
            if (i.isAnyPersonalInfo()) {
                c[1]++;
            }
            if (i.getStatus() == IncidentStatus.CLOSED) {
                c[2]++;
            } else {
                c[3]++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((g, c) -> rows.add(List.of(g, String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]),
                String.valueOf(c[3]))));
        return new Table(heading, List.of(groupTitle, "件数", "うち個人情報", "完結", "対応中"), rows);
    }
}
