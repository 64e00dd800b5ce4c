package jp.kochi.vrm.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.account.UserDirectory;
import jp.kochi.vrm.due.Recipient;
import jp.kochi.vrm.due.RecipientDirectory;

/**
 * The portal's recipients: staff users and role holders from Keycloak (the realm is the one source of people and
 * their addresses), a contractor's users from its enabled portal accounts, or, when it has none, its contact persons.
 */
@ApplicationScoped
public class PortalRecipients implements RecipientDirectory {

    @Inject
    private UserDirectory directory;

    @Override
    public List<String> addresses(EntityManager em, String marker) {
        if (marker.startsWith(Recipient.USER)) {
            return directory.emailOf(marker.substring(Recipient.USER.length())).stream().toList();
        }
        if (marker.startsWith(Recipient.ROLE)) {
            return directory.emailsOfRole(marker.substring(Recipient.ROLE.length()));
        }
        if (marker.startsWith(Recipient.CONTRACTOR)) {
            return contractorAddresses(em, Long.parseLong(marker.substring(Recipient.CONTRACTOR.length())));
        }
        return List.of();
    }

    /** The enabled portal accounts' addresses, or the contact persons' when the contractor has no account. */
    public static List<String> contractorAddresses(EntityManager em, long contractorId) {
        List<String> to = new ArrayList<>();
        for (Object e : em.createNativeQuery("SELECT email FROM portal_account WHERE contractor_id = ?1 AND enabled = ?2 "
                + "ORDER BY id").setParameter(1, contractorId).setParameter(2, Boolean.TRUE).getResultList()) {
            to.add(e.toString());
        }
        if (to.isEmpty()) {
            for (Object e : em.createNativeQuery("SELECT email FROM contractor_contact WHERE contractor_id = ?1 "
                    + "AND email IS NOT NULL ORDER BY position").setParameter(1, contractorId).getResultList()) {
                if (!e.toString().isBlank()) {
                    to.add(e.toString().strip());
                }
            }
        }
        return to;
    }
}
