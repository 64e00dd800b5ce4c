package jp.kochi.vrm.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kochi.vrm.account.UserDirectory;
import jp.kochi.vrm.audit.AuditAction;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.due.DueItem;
import jp.kochi.vrm.due.DueQuery;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.portal.ContractorIdentity;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * Personal iCalendar feeds (ical4j): the caller's upcoming and overdue due dates, one all-day event each, at a secret
 * address the caller can revoke. A user has at most one live address; making a new one revokes the old.
 */
@Stateless
public class CalendarFeeds {

    /** How far ahead a feed lists due dates. */
    public static final int LOOK_AHEAD_DAYS = 365;

    /**
     * Characters per folded line. RFC 5545 (3.1) limits a line to 75 octets, but ical4j's {@code FoldingWriter}
     * counts UTF-16 characters (its default is 73), and a Japanese character is 3 octets in UTF-8: a line of 73
     * Japanese characters would be 219 octets. 25 characters are at most 75 octets (a surrogate pair is 2 characters
     * and 4 octets, and ical4j never splits one), and since ical4j folds between characters, never inside a UTF-8
     * sequence. ASCII lines fold earlier than they must, which the RFC allows and calendar programs unfold.
     */
    static final int FOLD_CHARACTERS = 75 / 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private ContractorIdentity contractor;

    @Inject
    private ReminderSetup setup;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory directory;

    private String me() {
        return caller.name();
    }

    /** The caller's live feed, if any. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN,
            Roles.CONTRACTOR})
    public Optional<CalendarFeed> mine() {
        return live().stream().findFirst();
    }

    /** Every live feed of the caller (one, unless two were issued at the same moment). */
    private List<CalendarFeed> live() {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.username = :me AND f.revokedAt IS NULL "
                + "ORDER BY f.createdAt DESC", CalendarFeed.class).setParameter("me", me()).getResultList();
    }

    /** Makes a new address (revoking the old one); answers the secret, shown once. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN,
            Roles.CONTRACTOR})
    public String issue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        live().forEach(f -> revoke(f, now));
        List<String> roles = Roles.ALL.stream().filter(caller::has).toList();
        Long contractorId = roles.contains(Roles.CONTRACTOR) ? contractor.contractorId().orElse(null) : null;
        CalendarFeed.Issued issued = CalendarFeed.issue(me(), contractorId, roles, now);
        em.persist(issued.feed());
        em.flush();
        audit.recordChange(AuditAction.CREATE, "CalendarFeed", issued.feed().getId().toString(),
                List.of(new AuditLog.Change("calendarFeed", null, "issued")));
        return issued.token();
    }

    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER, Roles.AUDITOR, Roles.ADMIN,
            Roles.CONTRACTOR})
    public boolean revokeMine() {
        List<CalendarFeed> feeds = live();
        feeds.forEach(feed -> revoke(feed, OffsetDateTime.now(clock)));
        return !feeds.isEmpty();
    }

    private void revoke(CalendarFeed f, OffsetDateTime now) {
        f.revoke(now);
        audit.recordChange(AuditAction.UPDATE, "CalendarFeed", f.getId().toString(),
                List.of(new AuditLog.Change("calendarFeed", "issued", "revoked")));
    }

    /**
     * The feed's calendar, or empty for an unknown or revoked secret, or one whose user no longer holds the roles it
     * was issued for (a contractor's disabled portal account; a staff member disabled or without a staff role in
     * Keycloak).
     */
    @PermitAll
    public Optional<String> calendar(String token) {
        String hash = CalendarFeed.hash(token);
        if (hash == null) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = em.createQuery("SELECT f FROM CalendarFeed f WHERE f.tokenHash = :h "
                + "AND f.revokedAt IS NULL", CalendarFeed.class).setParameter("h", hash).getResultStream().findFirst();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        CalendarFeed f = feed.get();
        if (f.getContractorId() != null && !stillAdmitted(f)) {
            // A contractor's user whose portal account was disabled (or moved) no longer sees its records.
            return Optional.empty();
        }
        List<String> roles = new ArrayList<>(f.getRoles());
        roles.remove(Roles.CONTRACTOR);
        if (f.getContractorId() == null) {
            // A staff member's feed shows only what the roles they still hold in Keycloak show; disabled or without a
            // staff role, they have no feed. (Throws DirectoryException while Keycloak cannot answer.)
            roles.retainAll(directory.currentRealmRoles(f.getUsername()));
            if (roles.stream().noneMatch(Roles.STAFF::contains)) {
                return Optional.empty();
            }
        }
        // Not through the entity: calendar programs fetch at the same moment, and a version check would refuse one.
        em.createQuery("UPDATE CalendarFeed f SET f.lastUsedAt = :now WHERE f.id = :id")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", f.getId()).executeUpdate();
        Set<String> markers = new HashSet<>(Recipient.markersOf(f.getUsername(), roles, f.getContractorId()));
        LocalDate today = LocalDate.now(clock);
        List<DueItem> items = new ArrayList<>(setup.engine().collect(em,
                new DueQuery(today, setup.settings(), LOOK_AHEAD_DAYS)).stream()
                .filter(i -> i.recipients().stream().anyMatch(markers::contains)).toList());
        items.sort(Comparator.comparing(DueItem::dueDate));
        return Optional.of(render(items, f.getContractorId() != null, settings.portalUrl()));
    }

    private boolean stillAdmitted(CalendarFeed f) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM portal_account WHERE (username = ?1 "
                + "OR email = ?1) AND contractor_id = ?2 AND enabled = ?3").setParameter(1, f.getUsername())
                .setParameter(2, f.getContractorId()).setParameter(3, Boolean.TRUE).getSingleResult()).longValue() > 0;
    }

    static String render(List<DueItem> items, boolean forContractor, String portalUrl) {
        Calendar calendar = new Calendar().withProdId("-//Kochi City//VRM portal//JA").withDefaults()
                .getFluentTarget();
        for (DueItem i : items) {
            VEvent event = new VEvent(i.dueDate(), "【" + i.kind().label() + "】" + i.title());
            event.add(new Uid(i.key() + "-" + i.dueDate() + "@vrm.city.kochi"));
            String path = i.kind().path(i.linkId(), forContractor);
            event.add(new Description(i.kind().label() + "：" + i.title()));
            if (portalUrl != null) {
                event.add(new Url(java.net.URI.create(portalUrl + path)));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, FOLD_CHARACTERS).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
