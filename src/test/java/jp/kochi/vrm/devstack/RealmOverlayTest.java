package jp.kochi.vrm.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import jp.kochi.vrm.account.DemoRealm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmOverlayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REALM_DIR = Path.of(System.getProperty("vrm.realm.dir", "realm-export"));
    private static final Path PRODUCTION = REALM_DIR.resolve("kochi-vrm-realm.json");
    private static final Path OVERLAY = REALM_DIR.resolve(RealmOverlay.DEMO_OVERLAY);

    private static ObjectNode json(String text) throws IOException {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    private static ObjectNode production() throws IOException {
        return RealmOverlay.read(PRODUCTION);
    }

    private static ObjectNode demo() throws IOException {
        return RealmOverlay.merge(production(), RealmOverlay.read(OVERLAY));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> names(JsonNode array, String key) {
        return list(array).stream().map(n -> n.path(key).asText()).toList();
    }

    private static JsonNode flow(JsonNode realm, String alias) {
        return list(realm.get("authenticationFlows")).stream().filter(f -> alias.equals(f.path("alias").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no flow " + alias));
    }

    @Test
    void namedElementsAreReplacedWholeOrAppendedAndObjectsMergeKeyByKey() throws IOException {
        ObjectNode realm = json("{'realm':'r','flow':'a','roles':{'realm':[{'name':'x','description':'old'}],"
                + "'client':[{'name':'y'}]},'users':[{'username':'sa','enabled':true}],'locales':['ja','en']}");
        ObjectNode overlay = json("{'realm':'r','flow':'b','roles':{'realm':[{'name':'x'},{'name':'z'}]},"
                + "'users':[{'username':'u1'}],'locales':['en']}");
        ObjectNode merged = RealmOverlay.merge(realm, overlay);
        assertEquals(json("{'realm':'r','flow':'b','roles':{'realm':[{'name':'x'},{'name':'z'}],"
                + "'client':[{'name':'y'}]},'users':[{'username':'sa','enabled':true},{'username':'u1'}],"
                + "'locales':['en']}"), merged);
        assertEquals("a", realm.get("flow").asText(), "the production realm is left as it was");
    }

    @Test
    void elementsAreMatchedByTheirOwnKindOfName() throws IOException {
        // A client's display name is not its identity; an alias is matched only against aliases.
        ObjectNode realm = json("{'clients':[{'clientId':'c1','name':'Portal','secret':'a'}],"
                + "'authenticationFlows':[{'alias':'f','description':'old'}]}");
        ObjectNode overlay = json("{'clients':[{'clientId':'c2','name':'Portal'}],"
                + "'authenticationFlows':[{'alias':'f','description':'new'}]}");
        ObjectNode merged = RealmOverlay.merge(realm, overlay);
        assertEquals(List.of("c1", "c2"), names(merged.get("clients"), "clientId"));
        assertEquals("new", merged.get("authenticationFlows").get(0).get("description").asText());
    }

    @Test
    void anOverlayForAnotherRealmIsRefused() throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> RealmOverlay.merge(json("{'realm':'kochi-vrm'}"), json("{'realm':'other'}")));
    }

    @Test
    void productionRealmHoldsNothingOfTheDemo() throws IOException {
        String text = Files.readString(PRODUCTION);
        assertFalse(text.toLowerCase().contains("demo"), "no demo user, role, flow, secret or description");
        assertFalse(text.contains("Demo-Pass-2026!"));
        assertEquals(List.of("service-account-vrm-provisioning"), names(production().get("users"), "username"));
    }

    @Test
    void everyClientSecretOfTheProductionRealmIsARequiredPlaceholder() throws IOException {
        for (JsonNode client : production().get("clients")) {
            String secret = client.path("secret").asText();
            assertTrue(secret.matches("\\$\\{VRM_[A-Z_]+_SECRET\\}"), client.get("clientId") + ": " + secret);
        }
    }

    @Test
    void productionRealmAsksEveryoneForTotpAndRefusesThePasswordGrant() throws IOException {
        ObjectNode realm = production();
        JsonNode forms = flow(realm, "browser-totp-required forms");
        assertEquals(List.of("auth-username-password-form", "auth-otp-form"),
                names(forms.get("authenticationExecutions"), "authenticator"));
        assertEquals(List.of("REQUIRED", "REQUIRED"), names(forms.get("authenticationExecutions"), "requirement"));
        assertFalse(realm.has("authenticatorConfig"), "no condition, so no exemption");
        JsonNode directGrant = flow(realm, realm.get("directGrantFlow").asText());
        assertEquals(List.of("deny-access-authenticator"),
                names(directGrant.get("authenticationExecutions"), "authenticator"));
    }

    @Test
    void demoRealmAddsExactlyTheDemoUsersAndTheExemption() throws IOException {
        ObjectNode realm = demo();
        List<String> users = new ArrayList<>(names(realm.get("users"), "username"));
        assertTrue(users.remove("service-account-vrm-provisioning"));
        assertEquals(DemoRealm.USERNAMES, users, "the portal's check looks for exactly the overlay's users");
        assertTrue(names(realm.get("roles").get("realm"), "name").contains(DemoRealm.MFA_EXEMPT_ROLE));
        assertEquals(List.of("auth-username-password-form", ""),
                names(flow(realm, "browser-totp-required forms").get("authenticationExecutions"), "authenticator"));
        assertEquals("direct-grant-exempt-only", realm.get("directGrantFlow").asText());
        assertEquals(RealmOverlay.read(PRODUCTION).get("clients"), realm.get("clients"), "secrets as in production");
    }

    @Test
    void bothRealmsReferOnlyToFlowsConfigurationsAndRolesTheyDefine() throws IOException {
        for (ObjectNode realm : List.of(production(), demo())) {
            Set<String> flows = new HashSet<>(names(realm.get("authenticationFlows"), "alias"));
            Set<String> configs = new HashSet<>(names(realm.path("authenticatorConfig"), "alias"));
            Set<String> roles = new HashSet<>(names(realm.get("roles").get("realm"), "name"));
            roles.add("default-roles-kochi-vrm");
            assertTrue(flows.contains(realm.get("browserFlow").asText()));
            assertTrue(flows.contains(realm.get("directGrantFlow").asText()));
            for (JsonNode flow : realm.get("authenticationFlows")) {
                for (JsonNode step : flow.get("authenticationExecutions")) {
                    if (step.has("flowAlias")) {
                        assertTrue(flows.contains(step.get("flowAlias").asText()), step.toString());
                    }
                    if (step.has("authenticatorConfig")) {
                        assertTrue(configs.contains(step.get("authenticatorConfig").asText()), step.toString());
                    }
                }
            }
            for (JsonNode user : realm.get("users")) {
                for (JsonNode role : user.path("realmRoles")) {
                    assertTrue(roles.contains(role.asText()), user.get("username") + " " + role);
                }
            }
        }
    }

    @Test
    void theImportTakesTheProductionRealmUnlessTheStackRunsWithDemoData(@TempDir Path tmp) throws IOException {
        Path production = Files.createDirectories(tmp.resolve("production"));
        KeycloakServer.copyRealms(REALM_DIR, false, production);
        try (var files = Files.list(production)) {
            assertEquals(List.of(production.resolve("kochi-vrm-realm.json")), files.toList(), "never the overlay");
        }
        assertEquals(-1L, Files.mismatch(PRODUCTION, production.resolve("kochi-vrm-realm.json")));

        Path withDemo = Files.createDirectories(tmp.resolve("demo"));
        KeycloakServer.copyRealms(REALM_DIR, true, withDemo);
        assertEquals(demo(), RealmOverlay.read(withDemo.resolve("kochi-vrm-realm.json")));
        assertTrue(Files.readString(withDemo.resolve("kochi-vrm-realm.json")).contains("高知市"), "written as UTF-8");
    }
}
