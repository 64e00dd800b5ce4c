package jp.kochi.vrm.shell;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import jp.kochi.vrm.platform.ApiStatusResource;
import jp.kochi.vrm.reminder.CalendarResource;
import jp.kochi.vrm.sns.PublicSnsResource;

/**
 * The portal's own REST endpoints, below {@code /api}. The classes are listed here on purpose: the Keycloak
 * admin client brings RESTEasy into the WAR, and Payara's Jersey, left to scan the archive, would take
 * RESTEasy's providers as its own and answer every endpoint with 500. Add each new resource to
 * {@link #getClasses()}. It lives in the web layer because it names resources of every layer below it.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ApiStatusResource.class, PublicSnsResource.class, CalendarResource.class);
    }
}
