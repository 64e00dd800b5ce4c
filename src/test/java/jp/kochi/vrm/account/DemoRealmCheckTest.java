package jp.kochi.vrm.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoRealmCheckTest {

    @Test
    void aProductionRealmHasNoProblems() {
        assertEquals(List.of(), DemoRealmCheck.problems("kochi-vrm", false, List.of(), List.of()));
    }

    @Test
    void demoUsersAndTheExemptRoleAreOneLineNamingThem() {
        assertEquals(List.of("the realm kochi-vrm holds demo users/role (role demo-mfa-exempt; users admin-demo, "
                + "procurement-mfa) while VRM_DEMO_DATA is not true: import realm-export/kochi-vrm-realm.json without "
                + "the demo overlay, or delete them in Keycloak"),
                DemoRealmCheck.problems("kochi-vrm", true, List.of("admin-demo", "procurement-mfa"), List.of()));
    }

    @Test
    void aLeftoverDemoUserAloneIsEnough() {
        List<String> problems = DemoRealmCheck.problems("city", false, List.of("lead-demo"), List.of());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("the realm city holds demo users/role (users lead-demo) while"),
                problems.get(0));
    }

    @Test
    void clientsWithAPublishedSecretAreNamedWithTheirVariable() {
        assertEquals(List.of("the realm kochi-vrm accepts a published secret for client vrm-provisioning "
                + "(VRM_PROVISIONING_CLIENT_SECRET): a placeholder left unresolved at import or a demo default; set a "
                + "new random secret in Keycloak and in the portal's variable"),
                DemoRealmCheck.problems("kochi-vrm", false, List.of(),
                        List.of("vrm-provisioning (VRM_PROVISIONING_CLIENT_SECRET)")));
    }

    @Test
    void publishedSecretsAreTheLiteralPlaceholderKeycloakImportsAndTheOldDefaults() {
        assertEquals(List.of("${VRM_OIDC_CLIENT_SECRET}", "vrm-portal-demo-secret", "vrm-provisioning-demo-secret"),
                PublishedClientSecrets.candidates("VRM_OIDC_CLIENT_SECRET"));
    }

    @Test
    void theCheckLooksForEveryDemoUser() {
        assertEquals(9, DemoRealm.USERNAMES.size());
    }
}
