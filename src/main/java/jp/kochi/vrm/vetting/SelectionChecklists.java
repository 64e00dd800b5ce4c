package jp.kochi.vrm.vetting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;

/** The selection checklist's versions: every contractor-facing staff role reads, the security officer publishes. */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class SelectionChecklists {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    /** Every version, newest first, with items. */
    public List<SelectionChecklist> versions() {
        List<SelectionChecklist> all = em.createNamedQuery(SelectionChecklist.LATEST, SelectionChecklist.class)
                .getResultList();
        all.forEach(c -> c.getItems().size());
        return all;
    }

    /** Publishes the edited items as the next version; vettings already started keep their version. */
    @Allowed(Roles.SECURITY_OFFICER)
    public SelectionChecklist publish(@NotNull List<@Valid ItemDraft> items, String note) {
        SelectionChecklist latest = em.createNamedQuery(SelectionChecklist.LATEST, SelectionChecklist.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        SelectionChecklist next = SelectionChecklist.publish(latest, items, note,
                caller.name(), OffsetDateTime.now(clock));
        em.persist(next);
        em.flush();
        return next;
    }
}
