package jp.kochi.vrm.contract;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contract list's queries: one page, newest period first, read in the database by the list's index (the
 * page's ids first, then those rows with contractor and department), the count, and the page's overdue obligations
 * in one query. So 100,000 contracts answer like 1,000. Plain Java over an {@link EntityManager}, tested outside the
 * server as well.
 */
public final class ContractListQueries {

    private final EntityManager em;

    public ContractListQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of the list; {@code status} null for every status. */
    public List<Contract> page(ContractStatus status, int first, int size) {
        if (size < 1) {
            return List.of();
        }
        List<Long> ids = (status == null ? em.createNamedQuery(Contract.LIST_IDS, Long.class)
                : em.createNamedQuery(Contract.LIST_IDS_BY_STATUS, Long.class).setParameter("status", status))
                .setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Contract> byId = new HashMap<>();
        for (Contract c : em.createNamedQuery(Contract.LIST_ROWS, Contract.class).setParameter("ids", ids).getResultList()) {
            byId.put(c.getId(), c);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** How many contracts the list holds ({@code status} null: all). */
    public long count(ContractStatus status) {
        return status == null ? em.createNamedQuery(Contract.COUNT, Long.class).getSingleResult()
                : em.createNamedQuery(Contract.COUNT_BY_STATUS, Long.class).setParameter("status", status).getSingleResult();
    }

    /**
     * Overdue obligations of these contracts on {@code today}, by the rule of {@link Obligation#isOverdueOn};
     * contracts without any are left out.
     */
    public Map<Long, Long> overdueCounts(Collection<Long> contractIds, LocalDate today) {
        Map<Long, Long> counts = new HashMap<>();
        if (contractIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery(Obligation.OVERDUE_BY_CONTRACT, Object[].class)
                .setParameter("contracts", contractIds).setParameter("statuses", Obligation.OVERDUE_STATUSES)
                .setParameter("today", today).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
