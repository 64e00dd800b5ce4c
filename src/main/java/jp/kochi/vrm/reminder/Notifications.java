package jp.kochi.vrm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.portal.ContractorIdentity;

/**
 * The signed-in user's notifications: those addressed to the user, to a role the user holds, or to the user's
 * contractor. Read state is per user and reminder. No one sees another person's list: the markers come from the
 * caller's own identity, never from a request.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN,
        Roles.CONTRACTOR})
public class Notifications {

    /** The most a list shows. */
    public static final int SHOWN = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private ContractorIdentity contractor;

    @Inject
    private ReminderSetup setup;

    @Inject
    private Clock clock;

    private String me() {
        return caller.name();
    }

    List<String> markers() {
        List<String> roles = new ArrayList<>();
        for (String r : Roles.ALL) {
            if (caller.has(r)) {
                roles.add(r);
            }
        }
        Long contractorId = roles.contains(Roles.CONTRACTOR) ? contractor.contractorId().orElse(null) : null;
        if (roles.contains(Roles.CONTRACTOR)) {
            // A contractor's user is reached as the contractor, never through a staff role.
            roles.remove(Roles.CONTRACTOR);
        }
        return Recipient.markersOf(me(), roles, contractorId);
    }

    public long unreadCount() {
        return em.createQuery("SELECT COUNT(DISTINCT n.reminderId) FROM Notification n WHERE n.recipient IN :to "
                + "AND NOT EXISTS (SELECT x FROM NotificationRead x WHERE x.reminderId = n.reminderId "
                + "AND x.username = :me)", Long.class).setParameter("to", markers()).setParameter("me", me())
                .getSingleResult();
    }

    /** The newest notifications first; {@code unreadOnly} for the unread ones. */
    public List<NotificationItem> mine(boolean unreadOnly) {
        boolean contractorUser = caller.has(Roles.CONTRACTOR);
        var query = em.createQuery("SELECT n, r, d FROM Notification n, Reminder r, DueRecord d "
                + "WHERE n.reminderId = r.id AND r.dueItemId = d.id AND n.recipient IN :to "
                + (unreadOnly ? "AND NOT EXISTS (SELECT x FROM NotificationRead x WHERE x.reminderId = r.id "
                        + "AND x.username = :me) " : "")
                + "ORDER BY r.createdAt DESC, r.id DESC", Object[].class).setParameter("to", markers());
        if (unreadOnly) {
            query.setParameter("me", me());
        }
        List<Object[]> rows = query.setMaxResults(SHOWN * 3).getResultList();
        Map<Long, Object[]> byReminder = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Reminder r = (Reminder) row[1];
            Object[] seen = byReminder.get(r.getId());
            // Reached directly and by escalation: shown once, as the reader's own.
            if (seen == null || ((Notification) seen[0]).isEscalation() && !((Notification) row[0]).isEscalation()) {
                byReminder.put(r.getId(), row);
            }
        }
        Set<Long> read = readOf(byReminder.keySet());
        List<NotificationItem> items = new ArrayList<>();
        for (Object[] row : byReminder.values()) {
            Notification n = (Notification) row[0];
            Reminder r = (Reminder) row[1];
            DueRecord d = (DueRecord) row[2];
            boolean isRead = read.contains(r.getId());
            if (unreadOnly && isRead) {
                continue;
            }
            DueKind kind = setup.kinds().get(d.getKind());
            String path = kind == null ? null : kind.path(d.getLinkId(), contractorUser);
            items.add(new NotificationItem(r.getId(), d.getKind(), d.getTitle(), d.getDueDate(), r.getDaysLeft(),
                    n.isEscalation(), isRead, r.getCreatedAt(), path, d.isOpen()));
            if (items.size() == SHOWN) {
                break;
            }
        }
        return items;
    }

    private Set<Long> readOf(Set<Long> reminderIds) {
        if (reminderIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT x.reminderId FROM NotificationRead x WHERE x.username = :me "
                + "AND x.reminderId IN :ids", Long.class).setParameter("me", me())
                .setParameter("ids", new ArrayList<>(reminderIds)).getResultList());
    }

    /** Marks one of the caller's notifications read; a reminder that is not the caller's is ignored. */
    public void markRead(long reminderId) {
        boolean mine = !em.createQuery("SELECT n.id FROM Notification n WHERE n.reminderId = :r AND n.recipient IN :to",
                Long.class).setParameter("r", reminderId).setParameter("to", markers()).setMaxResults(1)
                .getResultList().isEmpty();
        if (mine && em.find(NotificationRead.class, new NotificationRead.Key(reminderId, me())) == null) {
            em.persist(new NotificationRead(reminderId, me(), OffsetDateTime.now(clock)));
        }
    }

    /** Marks all of the caller's notifications read; answers how many were unread. */
    public int markAllRead() {
        List<Long> unread = em.createQuery("SELECT DISTINCT n.reminderId FROM Notification n WHERE n.recipient IN :to "
                + "AND NOT EXISTS (SELECT x FROM NotificationRead x WHERE x.reminderId = n.reminderId "
                + "AND x.username = :me)", Long.class).setParameter("to", markers()).setParameter("me", me())
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Long id : unread) {
            em.persist(new NotificationRead(id, me(), now));
        }
        return unread.size();
    }
}
