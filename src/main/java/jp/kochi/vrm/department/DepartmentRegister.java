package jp.kochi.vrm.department;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.ConcurrentEditException;

/** The department register's boundary: every staff role reads it, administrators change it. */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN})
public class DepartmentRegister {

    @PersistenceContext
    private EntityManager em;

    public List<Department> all() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList();
    }

    public long countActive() {
        return em.createNamedQuery(Department.COUNT_ACTIVE, Long.class).getSingleResult();
    }

    /** Creates or updates a department; refuses a code another department already has. */
    @Allowed(Roles.ADMIN)
    public Department save(@NotNull @Valid Department department) {
        List<Department> sameCode = em.createNamedQuery(Department.BY_CODE, Department.class)
                .setParameter("code", department.getCode()).getResultList();
        if (sameCode.stream().anyMatch(d -> !d.getId().equals(department.getId()))) {
            throw new BusinessRuleViolation("department.codeTaken", department.getCode());
        }
        try {
            Department saved;
            if (department.isNew()) {
                em.persist(department);
                saved = department;
            } else {
                saved = em.merge(department);
            }
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }

    @Allowed(Roles.ADMIN)
    public Department setActive(@NotNull Long id, long expectedVersion, boolean active) {
        Department d = StoredRecords.current(em, Department.class, id, expectedVersion);
        if (active) {
            d.reactivate();
        } else {
            d.deactivate();
        }
        StoredRecords.flush(em);
        return d;
    }
}
