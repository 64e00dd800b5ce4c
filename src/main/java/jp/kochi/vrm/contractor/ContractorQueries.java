package jp.kochi.vrm.contractor;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The register list's queries, built from a {@link ContractorSearch}: filtering, sorting and paging all
 * happen in the database, on indexed prefix matches, so 100,000 contractors answer like 1,000. Plain Java
 * over an {@link EntityManager}, so it is tested outside the server as well.
 */
public final class ContractorQueries {

    private static final String ROW = "SELECT NEW jp.kochi.vrm.contractor.ContractorListRow(c.id, c.name, "
            + "c.nameKana, c.corporateNumber, c.soleProprietor, c.status, c.riskTier, c.vettingValidUntil) ";

    /** Counts stop here: beyond it the list says "more than 1,000" and asks for a narrower search. */
    public static final int COUNT_LIMIT = 1000;

    private final EntityManager em;

    public ContractorQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of the list, with each row's certification dates. */
    public List<ContractorListRow> page(ContractorSearch search, int first, int size) {
        if (size < 1) {
            return List.of();
        }
        TypedQuery<ContractorListRow> query = em.createQuery(ROW + from(search) + orderBy(search), ContractorListRow.class);
        bind(query, search);
        List<ContractorListRow> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
        addCertificationDates(rows, search);
        return rows;
    }

    /**
     * How many contractors match, exactly up to {@link #COUNT_LIMIT}; {@code COUNT_LIMIT + 1} means "more". Counting
     * 45,000 approved contractors exactly would read 45,000 index entries on every page; nobody pages that far,
     * they narrow the search (the page says so), and the cost no longer grows with the register.
     */
    public long count(ContractorSearch search) {
        if (search.certExpiringDays() != null && search.text() == null && search.status() == null
                && search.tier() == null) {
            // From the certifications' side: a range of the validity index instead of a probe per contractor.
            return Math.min(COUNT_LIMIT + 1, em.createQuery("SELECT COUNT(DISTINCT x.contractorId) FROM Certification x "
                            + "WHERE x.validUntil >= :today AND x.validUntil <= :expiringBy", Long.class)
                    .setParameter("today", search.today())
                    .setParameter("expiringBy", search.today().plusDays(search.certExpiringDays()))
                    .getSingleResult());
        }
        TypedQuery<Long> query = em.createQuery("SELECT c.id " + from(search), Long.class);
        bind(query, search);
        return query.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    /** Every matching contractor's id in list order, for export in chunks. */
    public List<Long> ids(ContractorSearch search) {
        TypedQuery<Long> query = em.createQuery("SELECT c.id " + from(search) + orderBy(search), Long.class);
        bind(query, search);
        return query.getResultList();
    }

    /** The contractors of these ids with contacts and departments, in the order given. */
    public Stream<Contractor> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Stream.empty();
        }
        // Batch fetching (one IN query per collection) rather than join fetching: three collections joined
        // would multiply the rows.
        Map<Long, Contractor> byId = em.createQuery("SELECT c FROM Contractor c WHERE c.id IN :ids", Contractor.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.contacts")
                .setHint("eclipselink.batch", "c.departments")
                .setHint("eclipselink.batch", "c.certifications")
                .getResultStream()
                .collect(Collectors.toMap(Contractor::getId, c -> c, (a, b) -> a));
        return ids.stream().map(byId::get);
    }

    private static String from(ContractorSearch search) {
        List<String> conditions = new java.util.ArrayList<>();
        Text text = Text.of(search.text());
        if (text != null) {
            if (text.digits()) {
                conditions.add("c.corporateNumber LIKE :number ESCAPE '\\'");
            } else if (text.kana().isEmpty()) {
                conditions.add("c.nameKey LIKE :name ESCAPE '\\'");
            } else {
                conditions.add("c.kanaKey LIKE :kana ESCAPE '\\'");
            }
        }
        if (search.status() != null) {
            conditions.add("c.status = :status");
        }
        if (search.tier() != null) {
            conditions.add("c.riskTier = :tier");
        }
        if (search.certExpiringDays() != null) {
            conditions.add("EXISTS (SELECT x.id FROM Certification x WHERE x.contractorId = c.id"
                    + " AND x.validUntil >= :today AND x.validUntil <= :expiringBy)");
        }
        return "FROM Contractor c" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }

    /**
     * The sort, led by the columns the search fixes with "=": the order of the rows is the same, but the database
     * then sees that an index on (status, tier, kana) already delivers them sorted and stops after one page,
     * instead of reading and sorting every contractor of that status.
     */
    private static String orderBy(ContractorSearch search) {
        String direction = search.ascending() ? " ASC" : " DESC";
        StringBuilder order = new StringBuilder(" ORDER BY ");
        if (search.status() != null) {
            order.append("c.status, ");
        }
        if (search.tier() != null) {
            order.append("c.riskTier, ");
        }
        return order.append("c.").append(search.sort().attribute).append(direction).append(", c.id").append(direction)
                .toString();
    }

    private static void bind(TypedQuery<?> query, ContractorSearch search) {
        Text text = Text.of(search.text());
        if (text != null) {
            if (text.digits()) {
                query.setParameter("number", likePrefix(text.number()));
            } else if (text.kana().isEmpty()) {
                query.setParameter("name", likePrefix(text.name()));
            } else {
                query.setParameter("kana", likePrefix(text.kana()));
            }
        }
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.tier() != null) {
            query.setParameter("tier", search.tier());
        }
        if (search.certExpiringDays() != null) {
            query.setParameter("today", search.today());
            query.setParameter("expiringBy", search.today().plusDays(search.certExpiringDays()));
        }
    }

    private void addCertificationDates(List<ContractorListRow> rows, ContractorSearch search) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = rows.stream().map(ContractorListRow::getId).toList();
        Map<Long, Object[]> dates = new HashMap<>();
        em.createQuery("SELECT x.contractorId, MIN(x.validUntil), MAX(x.validUntil) FROM Certification x "
                        + "WHERE x.contractorId IN :ids GROUP BY x.contractorId", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> dates.put((Long) r[0], r));
        Map<Long, java.time.LocalDate> next = new HashMap<>();
        em.createQuery("SELECT x.contractorId, MIN(x.validUntil) FROM Certification x "
                        + "WHERE x.contractorId IN :ids AND x.validUntil >= :today GROUP BY x.contractorId", Object[].class)
                .setParameter("ids", ids).setParameter("today", search.today()).getResultList()
                .forEach(r -> next.put((Long) r[0], (java.time.LocalDate) r[1]));
        for (ContractorListRow row : rows) {
            Object[] range = dates.get(row.getId());
            boolean allExpired = range != null && ((java.time.LocalDate) range[2]).isBefore(search.today());
            row.certifications(next.get(row.getId()), allExpired);
        }
    }

    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The search text read as a 法人番号 prefix, a kana reading or a name. Text in kana searches the reading only:
     * a name written in katakana has the same reading, and a single indexed condition keeps the search a range
     * scan (an OR over two columns made the database walk every row of a status).
     */
    record Text(String number, String name, String kana) {

        static Text of(String raw) {
            if (raw == null) {
                return null;
            }
            String digits = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\-]", "");
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 13) {
                return new Text(digits, null, null);
            }
            String name = SearchKeys.name(raw);
            String kana = SearchKeys.kana(raw);
            if (name.isEmpty() && kana.isEmpty()) {
                return null;
            }
            return new Text(null, name, SearchKeys.isKatakana(kana) ? kana : "");
        }

        boolean digits() {
            return number != null;
        }
    }
}
