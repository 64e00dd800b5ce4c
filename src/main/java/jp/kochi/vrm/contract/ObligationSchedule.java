package jp.kochi.vrm.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.clause.EvidenceRequirement;
import jp.kochi.vrm.clause.EvidenceTiming;

/**
 * The obligation schedule of a contract: one entry per required evidence per due date over the period, from
 * the evidence requirements of the clauses it carries (at their issued versions). When two clauses ask for the
 * same evidence on the same day, it is asked for once, under the first clause in annex order.
 */
public final class ObligationSchedule {

    private ObligationSchedule() {
    }

    /** One evidence due on one date, and the clause that asks for it. */
    public record Entry(ContractClause clause, String evidenceName, EvidenceTiming timing, LocalDate dueDate) {
    }

    /** The schedule for the included clauses, by due date; on one day in annex and requirement order. */
    public static List<Entry> plan(List<ContractClause> clauses, LocalDate start, LocalDate end) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (ContractClause c : clauses) {
            if (!c.isIncluded()) {
                continue;
            }
            for (EvidenceRequirement r : c.getClauseVersion().getEvidence()) {
                for (LocalDate due : r.dueDates(start, end)) {
                    byKey.putIfAbsent(r.getEvidenceName() + "\u0000" + due,
                            new Entry(c, r.getEvidenceName(), r.getTiming(), due));
                }
            }
        }
        List<Entry> entries = new ArrayList<>(byKey.values());
        entries.sort(Comparator.comparing(Entry::dueDate));
        return entries;
    }
}
