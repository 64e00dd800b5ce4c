package jp.kochi.vrm.due;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Resolves a {@link Recipient} marker to mail addresses when its mail is queued. Throws (any runtime exception)
 * when the directory cannot answer now, e.g. Keycloak is unreachable: the notification then stays pending and is
 * tried again, so no mail is lost.
 */
public interface RecipientDirectory {

    List<String> addresses(EntityManager em, String marker);
}
