package jp.kochi.vrm.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Roles;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.JPALazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Reading the audit log, for the roles that may (auditors and security officers): one page of entries and their
 * count, filtered and sorted in the database. The log's page asks here instead of reading the table itself, so the
 * service check stands behind the area rule for the page's address. The filters and sort orders are the table's own
 * (PrimeFaces' {@code FilterMeta} and {@code SortMeta}), applied by PrimeFaces' JPA criteria model exactly as when the
 * page ran it; that model reads the user's locale from the Faces request, so these methods serve the log's page.
 */
@Stateless
@Allowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
public class AuditLogQueries {

    @PersistenceContext
    private EntityManager em;

    /** How many entries pass {@code filterBy}. */
    public int count(Map<String, FilterMeta> filterBy) {
        return model().count(filterBy);
    }

    /** The entries from {@code first} (counted from 0), at most {@code pageSize}, filtered and sorted as given. */
    public List<AuditEntry> page(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return model().load(first, pageSize, sortBy, filterBy);
    }

    private JPALazyDataModel<AuditEntry> model() {
        return JPALazyDataModel.<AuditEntry>builder()
                .entityClass(AuditEntry.class)
                .entityManager(() -> em)
                .rowKeyField("seq")
                .caseSensitive(false)
                .build();
    }
}
