package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    /** A configuration holding exactly the given properties (String values only, as the portal reads them). */
    private static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow();
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                return Optional.ofNullable(values.get(name)).map(type::cast);
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                return List.of();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Map<String, String> complete() {
        Map<String, String> m = new HashMap<>();
        m.put("vrm.db.url", "jdbc:h2:file:/tmp/x/db");
        m.put("vrm.oidc.provider-uri", "http://localhost:8180/realms/kochi-vrm/");
        m.put("vrm.oidc.client-secret", "s3cret-value");
        m.put("vrm.data-dir", "/tmp/x/files");
        return m;
    }

    @Test
    void completeConfigurationHasNoProblems() {
        PortalSettings settings = new PortalSettings(config(complete()));
        assertEquals(List.of(), settings.problems());
        assertEquals(DatabaseKind.H2, settings.databaseKind());
        assertEquals("http://localhost:8180/realms/kochi-vrm", settings.oidcProviderUri());
        assertEquals("vrm-portal", settings.oidcClientId());
    }

    @Test
    void missingSettingsAreNamedByTheirEnvironmentVariable() {
        Map<String, String> m = complete();
        m.remove("vrm.db.url");
        m.remove("vrm.oidc.client-secret");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("VRM_DB_URL: missing"), problems.get(0));
        assertTrue(problems.get(1).startsWith("VRM_OIDC_CLIENT_SECRET: missing"), problems.get(1));
    }

    @Test
    void unsupportedDatabaseAndMalformedProviderAreRefused() {
        Map<String, String> m = complete();
        m.put("vrm.db.url", "jdbc:mysql://localhost/vrm");
        m.put("vrm.oidc.provider-uri", "localhost:8180");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertTrue(problems.get(0).startsWith("VRM_DB_URL: not a supported JDBC URL"), problems.get(0));
        assertTrue(problems.get(1).startsWith("VRM_OIDC_PROVIDER_URI: not an http(s) address"), problems.get(1));
    }

    @Test
    void unresolvedPayaraReferenceCountsAsMissing() {
        Map<String, String> m = complete();
        m.put("vrm.db.url", "${MPCONFIG=vrm.db.url}");
        assertTrue(new PortalSettings(config(m)).problems().get(0).startsWith("VRM_DB_URL: missing"));
    }

    @Test
    void problemsNeverContainSecretValues() {
        Map<String, String> m = complete();
        m.put("vrm.db.url", "jdbc:oracle:thin:user/p4ssw0rd@host");
        String all = String.join("\n", new PortalSettings(config(m)).problems());
        assertFalse(all.contains("p4ssw0rd"));
        assertFalse(all.contains("s3cret-value"));
    }

    @Test
    void environmentNamesFollowMicroProfileConfigMapping() {
        assertEquals("VRM_OIDC_CLIENT_SECRET", PortalSettings.envName("vrm.oidc.client-secret"));
    }
}
