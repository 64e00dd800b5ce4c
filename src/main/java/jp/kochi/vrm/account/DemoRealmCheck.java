package jp.kochi.vrm.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.PortalStarted;
import jp.kochi.vrm.platform.StartupState;

/**
 * Without demo data, the realm must be the production one: no demo user (published password), no
 * {@link DemoRealm#MFA_EXEMPT_ROLE} (no TOTP), and no client that Keycloak authenticates with a published secret.
 * Keycloak may start after the portal, so the check runs once it answers, retried every few seconds; until then
 * the portal stays closed ({@link StartupState#awaiting}), and when the realm fails the check it stays closed for
 * good, with one log line per finding. With demo data on (run command, integration tests) it does not run.
 */
@Singleton
@PermitAll
public class DemoRealmCheck {

    static final String CHECK = "the realm check (Keycloak must answer; no demo users, role or published secrets)";
    static final long FIRST_TRY_MILLIS = 1_000;
    static final long RETRY_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(DemoRealmCheck.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private PortalSettings settings;

    @Inject
    private StartupState startup;

    @Inject
    private KeycloakUserDirectory directory;

    /** Why the last try could not finish, logged once per change so that a long wait does not flood the log. */
    private String lastWait;

    /** Registered before start-up reports success, so the portal never opens before the realm is checked. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void schedule(@Observes PortalStarted started) {
        if (started.demoData()) {
            return;
        }
        startup.awaiting(CHECK);
        timers.createIntervalTimer(FIRST_TRY_MILLIS, RETRY_MILLIS, new TimerConfig("demo-realm-check", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        if (startup.hasFailed()) {
            timer.cancel();
            return;
        }
        String realm = settings.keycloakRealm();
        List<String> problems;
        try {
            // First what needs no sign-in: a realm imported without its secrets refuses the portal's own one.
            List<String> clients = clientsWithPublishedSecrets(realm);
            problems = clients.isEmpty()
                    ? problems(realm, directory.hasRealmRole(DemoRealm.MFA_EXEMPT_ROLE), demoUsersPresent(), clients)
                    : problems(realm, false, List.of(), clients);
        } catch (RuntimeException e) {
            String wait = e instanceof DirectoryException d && d.kind() == DirectoryException.Kind.REFUSED
                    ? "Keycloak refused the provisioning client " + settings.provisioningClientId() + " (check "
                            + PortalSettings.PROVISIONING_CLIENT_SECRET_ENV + " and its roles view-users, view-realm)"
                    : e instanceof DirectoryException ? e.getMessage() : e.toString();
            if (!wait.equals(lastWait)) {
                lastWait = wait;
                LOG.warning(() -> "Portal waiting for the realm check: " + wait + "; trying again every "
                        + RETRY_MILLIS / 1000 + " s");
            }
            return;
        }
        timer.cancel();
        if (problems.isEmpty()) {
            LOG.info(() -> "Realm check passed: realm " + realm + " holds no demo users, role or published secrets");
            startup.passed(CHECK);
        } else {
            problems.forEach(p -> LOG.severe(() -> "Portal NOT started: " + p));
            startup.failed(problems);
        }
    }

    private List<String> demoUsersPresent() {
        return DemoRealm.USERNAMES.stream().filter(u -> directory.findIdByUsername(u).isPresent()).toList();
    }

    private List<String> clientsWithPublishedSecrets(String realm) {
        List<String> clients = new ArrayList<>();
        String url = settings.keycloakAdminUrl();
        if (PublishedClientSecrets.accepted(url, realm, settings.oidcClientId(), PortalSettings.OIDC_CLIENT_SECRET_ENV)) {
            clients.add(settings.oidcClientId() + " (" + PortalSettings.OIDC_CLIENT_SECRET_ENV + ")");
        }
        if (PublishedClientSecrets.accepted(url, realm, settings.provisioningClientId(),
                PortalSettings.PROVISIONING_CLIENT_SECRET_ENV)) {
            clients.add(settings.provisioningClientId() + " (" + PortalSettings.PROVISIONING_CLIENT_SECRET_ENV + ")");
        }
        return clients;
    }

    /**
     * What is wrong with the realm for a portal without demo data, one line per kind of finding, naming users,
     * role and clients but never a secret; empty when it is fit for production.
     */
    static List<String> problems(String realm, boolean exemptRole, List<String> demoUsers, List<String> clients) {
        List<String> problems = new ArrayList<>();
        if (exemptRole || !demoUsers.isEmpty()) {
            List<String> found = new ArrayList<>();
            if (exemptRole) {
                found.add("role " + DemoRealm.MFA_EXEMPT_ROLE);
            }
            if (!demoUsers.isEmpty()) {
                found.add("users " + String.join(", ", demoUsers));
            }
            problems.add("the realm " + realm + " holds demo users/role (" + String.join("; ", found) + ") while "
                    + PortalSettings.DEMO_DATA_ENV + " is not true: import realm-export/kochi-vrm-realm.json without "
                    + "the demo overlay, or delete them in Keycloak");
        }
        if (!clients.isEmpty()) {
            problems.add("the realm " + realm + " accepts a published secret for client " + String.join(", client ",
                    clients) + ": a placeholder left unresolved at import or a demo default; set a new random secret "
                    + "in Keycloak and in the portal's variable");
        }
        return problems;
    }
}
