package jp.kochi.vrm.department;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.kochi.vrm.platform.PortalStarted;

/**
 * Demo departments of Kochi City, loaded once into an empty register when demo data is switched on. Runs
 * only from the start-up event, before anyone is signed in, hence open to the (absent) caller; its changes
 * are audited as {@code system}.
 */
@Stateless
@PermitAll
public class DepartmentDemoData {

    @PersistenceContext
    private EntityManager em;

    public void load(@Observes PortalStarted started) {
        if (!started.demoData()) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(d) FROM Department d", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        List.of(new Department("110", "総務課", "General Affairs Division"),
                new Department("120", "情報政策課", "Information Policy Division"),
                new Department("130", "広報広聴課", "Public Relations Division"),
                new Department("210", "契約課", "Contracts Division"),
                new Department("310", "市民課", "Citizens Division"),
                new Department("320", "税務管理課", "Tax Administration Division"),
                new Department("410", "健康増進課", "Health Promotion Division"),
                new Department("510", "観光振興課", "Tourism Promotion Division"))
                .forEach(em::persist);
    }
}
