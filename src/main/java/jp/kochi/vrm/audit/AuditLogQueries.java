package jp.kochi.vrm.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.ClockProducer;

/**
 * Reading the audit log, for the roles that may (auditors and security officers): one page of entries and their
 * count, and every entry of a filter for an export, filtered and sorted in the database. The log's page asks here
 * instead of reading the table itself, so the service check stands behind the area rule for the page's address.
 * One filter ({@link AuditFilter}) serves the page and the export, so an export holds exactly the entries the page
 * lists for the same filter.
 */
@Stateless
@Allowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
public class AuditLogQueries {

    /** The most entries one export holds; a larger selection is refused with a message to narrow it. */
    public static final int EXPORT_MAX = 20_000;

    /** Columns the list may be sorted by. */
    static final Set<String> SORTABLE = Set.of("seq", "occurredAt", "actor", "action", "recordType");

    @PersistenceContext
    private EntityManager em;

    public AuditLogQueries() {
    }

    /** Queries over a given entity manager, for tests outside the server. */
    AuditLogQueries(EntityManager em) {
        this.em = em;
    }

    /** How many entries pass {@code filter}. */
    public int count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(cb.count(e)).where(where(cb, e, filter));
        return Math.toIntExact(em.createQuery(q).getSingleResult());
    }

    /**
     * The entries from {@code first} (counted from 0), at most {@code pageSize}, sorted by {@code sortField} (one of
     * the list's columns; newest first when none), ties broken by sequence number.
     */
    public List<AuditEntry> page(AuditFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(e).where(where(cb, e, filter));
        if (sortField == null || !SORTABLE.contains(sortField) || sortField.equals("seq")) {
            q.orderBy(ascending && sortField != null ? cb.asc(e.get("seq")) : cb.desc(e.get("seq")));
        } else {
            q.orderBy(ascending ? cb.asc(e.get(sortField)) : cb.desc(e.get(sortField)),
                    ascending ? cb.asc(e.get("seq")) : cb.desc(e.get("seq")));
        }
        return em.createQuery(q).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** Every entry that passes {@code filter}, oldest first (the chain's order), for an export. */
    public List<AuditEntry> entries(AuditFilter filter) {
        if (count(filter) > EXPORT_MAX) {
            throw new BusinessRuleViolation("audit.export.tooMany", EXPORT_MAX);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(e).where(where(cb, e, filter)).orderBy(cb.asc(e.get("seq")));
        return em.createQuery(q).getResultList();
    }

    /** The record types the log holds, for the filter's choices. */
    public List<String> recordTypes() {
        return em.createQuery("SELECT DISTINCT e.recordType FROM AuditEntry e WHERE e.recordType IS NOT NULL "
                + "ORDER BY e.recordType", String.class).getResultList();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<AuditEntry> e, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.recordType() != null) {
            where.add(cb.equal(e.get("recordType"), filter.recordType()));
        }
        if (filter.actor() != null) {
            String pattern = "%" + filter.actor().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add(cb.like(cb.lower(e.get("actor")), pattern, '\\'));
        }
        if (filter.action() != null) {
            where.add(cb.equal(e.get("action"), filter.action()));
        }
        if (filter.from() != null) {
            OffsetDateTime start = filter.from().atStartOfDay(ClockProducer.CITY_ZONE).toOffsetDateTime();
            where.add(cb.greaterThanOrEqualTo(e.<OffsetDateTime>get("occurredAt"), start));
        }
        if (filter.to() != null) {
            OffsetDateTime end = filter.to().plusDays(1).atStartOfDay(ClockProducer.CITY_ZONE).toOffsetDateTime();
            where.add(cb.lessThan(e.<OffsetDateTime>get("occurredAt"), end));
        }
        return where.toArray(Predicate[]::new);
    }
}
