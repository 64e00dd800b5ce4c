package jp.kochi.vrm.account;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.PortalSettings;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's users through the Keycloak admin client, signed in as the service-account client
 * {@code vrm-provisioning} (client credentials; never the master realm's admin). The admin client brings its own
 * JAX-RS client (RESTEasy), built here directly so that Payara's Jersey is never asked for one; it keeps its
 * access token and renews it. Short timeouts: an unreachable Keycloak is a message within seconds, not a hung page.
 */
@ApplicationScoped
public class KeycloakUserDirectory implements UserDirectory {

    static final long CONNECT_TIMEOUT_SECONDS = 3;
    /** Long enough for Keycloak to hand a mail to a slow SMTP server (its own SMTP timeout is 10 s). */
    static final long READ_TIMEOUT_SECONDS = 20;

    @Inject
    private PortalSettings settings;

    private Keycloak keycloak;

    @Override
    public String createUser(NewDirectoryUser user) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(user.username());
        rep.setEmail(user.email());
        rep.setEmailVerified(false);
        rep.setLastName(user.familyName());
        rep.setFirstName(user.givenName());
        rep.setEnabled(true);
        rep.setAttributes(Map.of("contractorId", List.of(Long.toString(user.contractorId()))));
        rep.setRequiredActions(user.requiredActions());
        return call("create user " + user.username(), () -> {
            try (Response response = realm().users().create(rep)) {
                if (response.getStatus() == 409) {
                    throw new DirectoryException(DirectoryException.Kind.CONFLICT, "user " + user.username() + " exists");
                }
                if (response.getStatus() != 201) {
                    throw failed(response.getStatus(), "create user " + user.username());
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    @Override
    public void grantContractorRole(String userId) {
        call("grant role to " + userId, () -> {
            var mapping = realm().users().get(userId).roles().realmLevel();
            // The roles this client may grant; reading the role itself would need view-realm, which it lacks.
            RoleRepresentation role = mapping.listAvailable().stream()
                    .filter(r -> Roles.CONTRACTOR.equals(r.getName())).findFirst()
                    .orElseThrow(() -> new DirectoryException(DirectoryException.Kind.FAILED,
                            "realm role " + Roles.CONTRACTOR + " not available to the provisioning client"));
            mapping.add(List.of(role));
            return null;
        });
    }

    @Override
    public void sendSetupMail(String userId, SetupMail mail) {
        try {
            call("send execute-actions mail to " + userId, () -> {
                realm().users().get(userId).executeActionsEmail(mail.clientId(), mail.redirectUri(),
                        (int) mail.lifespan().toSeconds(), mail.actions());
                return null;
            });
        } catch (DirectoryException e) {
            // Keycloak answers 500 "Failed to send execute actions email" when its SMTP server fails.
            if (e.kind() == DirectoryException.Kind.FAILED) {
                throw new DirectoryException(DirectoryException.Kind.MAIL_FAILED, e.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public void deleteUser(String userId) {
        call("delete user " + userId, () -> {
            try (Response response = realm().users().delete(userId)) {
                int status = response.getStatus();
                if (status != 204 && status != 404) {
                    throw failed(status, "delete user " + userId);
                }
                return null;
            }
        });
    }

    @Override
    public void setEnabled(String userId, boolean enabled) {
        call((enabled ? "enable" : "disable") + " user " + userId, () -> {
            var user = realm().users().get(userId);
            UserRepresentation rep = user.toRepresentation();
            rep.setEnabled(enabled);
            user.update(rep);
            if (!enabled) {
                user.logout();
            }
            return null;
        });
    }

    @Override
    public Optional<DirectoryUser> find(String userId) {
        try {
            return Optional.of(call("read user " + userId, () -> {
                UserRepresentation rep = realm().users().get(userId).toRepresentation();
                return new DirectoryUser(rep.getId(), rep.getUsername(), Boolean.TRUE.equals(rep.isEnabled()),
                        rep.getRequiredActions());
            }));
        } catch (DirectoryException e) {
            if (e.kind() == DirectoryException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<String> findIdByUsername(String username) {
        return call("look up user " + username, () -> realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).map(UserRepresentation::getId).findFirst());
    }

    @Override
    public Optional<String> emailOf(String username) {
        return call("look up the address of " + username, () -> realm().users().searchByUsername(username, true)
                .stream().filter(u -> username.equalsIgnoreCase(u.getUsername()))
                .filter(u -> Boolean.TRUE.equals(u.isEnabled())).map(UserRepresentation::getEmail)
                .filter(e -> e != null && !e.isBlank()).findFirst());
    }

    /** Needs the provisioning client's {@code view-realm} (see realm-export) to read a role's members. */
    @Override
    public List<String> emailsOfRole(String role) {
        return call("list the users of role " + role, () -> realm().roles().get(role).getUserMembers(0, 1000).stream()
                .filter(u -> Boolean.TRUE.equals(u.isEnabled())).map(UserRepresentation::getEmail)
                .filter(e -> e != null && !e.isBlank()).distinct().toList());
    }

    @Override
    public java.util.Set<String> currentRealmRoles(String username) {
        return call("read the roles of " + username, () -> realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).filter(u -> Boolean.TRUE.equals(u.isEnabled()))
                .findFirst().map(u -> realm().users().get(u.getId()).roles().realmLevel().listEffective().stream()
                        .map(org.keycloak.representations.idm.RoleRepresentation::getName)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()))
                .orElse(java.util.Set.of()));
    }

    /** Whether the realm has this realm role; needs the provisioning client's {@code view-realm}. */
    public boolean hasRealmRole(String role) {
        try {
            call("read realm role " + role, () -> realm().roles().get(role).toRepresentation());
            return true;
        } catch (DirectoryException e) {
            if (e.kind() == DirectoryException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** Runs one admin API call; Keycloak's answers and silences become {@link DirectoryException}s. */
    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (DirectoryException e) {
            throw e;
        } catch (WebApplicationException e) {
            throw failed(e.getResponse() == null ? 0 : e.getResponse().getStatus(), what);
        } catch (ProcessingException e) {
            // Refused or timed-out connection, also while fetching the service account's token.
            if (e.getCause() instanceof WebApplicationException w) {
                throw failed(w.getResponse() == null ? 0 : w.getResponse().getStatus(), what);
            }
            throw new DirectoryException(DirectoryException.Kind.UNREACHABLE, what + ": Keycloak unreachable ("
                    + rootMessage(e) + ")", e);
        }
    }

    private static DirectoryException failed(int status, String what) {
        DirectoryException.Kind kind = switch (status) {
            case 401, 403 -> DirectoryException.Kind.REFUSED;
            case 404 -> DirectoryException.Kind.NOT_FOUND;
            case 409 -> DirectoryException.Kind.CONFLICT;
            default -> DirectoryException.Kind.FAILED;
        };
        return new DirectoryException(kind, what + ": Keycloak answered " + status);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            String url = settings.keycloakAdminUrl();
            String realm = settings.keycloakRealm();
            String secret = settings.provisioningClientSecret();
            if (url == null || realm == null || secret == null) {
                throw new DirectoryException(DirectoryException.Kind.REFUSED, "provisioning is not configured");
            }
            Client client = ResteasyClientClassicProvider.createClientBuilder()
                    .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .register(JacksonProvider.class, 100)
                    .build();
            keycloak = KeycloakBuilder.builder().serverUrl(url).realm(realm).grantType("client_credentials")
                    .clientId(settings.provisioningClientId()).clientSecret(secret).resteasyClient(client).build();
        }
        return keycloak.realm(settings.keycloakRealm());
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }
}
