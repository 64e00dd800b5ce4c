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
        m.put("vrm.oidc.client-secret", "s3cret-value-of-this-installation-0123456789");
        m.put("vrm.data-dir", "/tmp/x/files");
        m.put("vrm.provisioning.client-secret", "pr0v-secret-of-this-installation-0123456789");
        m.put("vrm.audit.key", "an-audit-key-of-at-least-32-bytes-length");
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
    void citysCorporateNumberHasNoDefaultAndIsCheckedWhenGiven() {
        assertEquals(Optional.empty(), new PortalSettings(config(complete())).cityCorporateNumber());
        assertEquals(java.util.Set.of(), new PortalSettings(config(complete())).publicBodyCorporateNumbers());
        Map<String, String> m = complete();
        m.put("vrm.city.corporate-number", "7000-0203-92014");
        m.put("vrm.public-body.corporate-numbers", "7000012050002, 8000020130001");
        PortalSettings settings = new PortalSettings(config(m));
        assertEquals(Optional.of("7000020392014"), settings.cityCorporateNumber());
        assertEquals(java.util.Set.of("7000012050002", "8000020130001"), settings.publicBodyCorporateNumbers());
        assertEquals(List.of(), settings.problems());
        m.put("vrm.city.corporate-number", "700002039201");
        m.put("vrm.public-body.corporate-numbers", "7000012050002,abc");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("VRM_CITY_CORPORATE_NUMBER: not a 13-digit"), problems.get(0));
        assertTrue(problems.get(1).startsWith("VRM_PUBLIC_BODY_CORPORATE_NUMBERS: not a comma-separated"),
                problems.get(1));
    }

    @Test
    void unresolvedPayaraReferenceCountsAsMissing() {
        Map<String, String> m = complete();
        m.put("vrm.db.url", "${MPCONFIG=vrm.db.url}");
        assertTrue(new PortalSettings(config(m)).problems().get(0).startsWith("VRM_DB_URL: missing"));
    }

    @Test
    void aSeparateMigrationRoleIsForPostgresqlAndNeedsTheRuntimeRoleNamed() {
        Map<String, String> m = complete();
        m.put("vrm.db.url", "jdbc:postgresql://db:5432/vrm");
        m.put("vrm.db.user", "vrm_app");
        PortalSettings runtimeMigrates = new PortalSettings(config(m));
        assertEquals(List.of(), runtimeMigrates.problems());
        assertFalse(runtimeMigrates.separateMigrationRole(), "without it the runtime credential migrates, as before");

        m.put("vrm.db.migration-user", "vrm_owner");
        m.put("vrm.db.migration-password", "owner-p4ss");
        PortalSettings split = new PortalSettings(config(m));
        assertEquals(List.of(), split.problems());
        assertTrue(split.separateMigrationRole());
        assertEquals("vrm_owner", split.migrationUser());
        assertEquals("vrm_app", split.databaseUser());

        m.put("vrm.db.migration-user", "vrm_app");
        assertFalse(new PortalSettings(config(m)).separateMigrationRole(), "the same role is no separation");

        m.put("vrm.db.migration-user", "vrm_owner");
        m.remove("vrm.db.user");
        assertEquals(List.of("VRM_DB_USER: missing (the runtime role that VRM_DB_MIGRATION_USER grants the portal's"
                + " rights to)"), new PortalSettings(config(m)).problems());

        m.put("vrm.db.user", "vrm\"; DROP SCHEMA public; --");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(List.of("VRM_DB_USER: not a usable role name (contains a double quote)"), problems);
    }

    @Test
    void theMigrationCredentialIsRefusedOnH2AndItsPasswordAloneIsNamed() {
        Map<String, String> m = complete();
        m.put("vrm.db.migration-user", "owner");
        assertEquals(List.of("VRM_DB_MIGRATION_USER: only with PostgreSQL (the embedded H2 database has one user;"
                + " leave it unset)"), new PortalSettings(config(m)).problems());
        m.remove("vrm.db.migration-user");
        m.put("vrm.db.migration-password", "owner-p4ss");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(List.of("VRM_DB_MIGRATION_PASSWORD: set without VRM_DB_MIGRATION_USER"), problems);
        assertFalse(String.join("\n", problems).contains("owner-p4ss"));
    }

    @Test
    void problemsNeverContainSecretValues() {
        Map<String, String> m = complete();
        m.put("vrm.db.url", "jdbc:oracle:thin:user/p4ssw0rd@host");
        String all = String.join("\n", new PortalSettings(config(m)).problems());
        assertFalse(all.contains("p4ssw0rd"));
        assertFalse(all.contains("s3cret-value"));
        assertFalse(all.contains("pr0v-secret"));
    }

    @Test
    void smtpAuthenticationWithoutStartTlsIsRefusedUnlessPlainAuthIsAllowed() {
        Map<String, String> m = complete();
        m.put("vrm.mail.user", "vrm-portal");
        m.put("vrm.mail.password", "m4il-secret");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("VRM_MAIL_USER: set without VRM_MAIL_STARTTLS=true, so the mail password would cross the network"
                + " in clear (require STARTTLS, or set VRM_MAIL_ALLOW_PLAIN_AUTH=true if the SMTP server is reached"
                + " only over a trusted link)", problems.get(0));
        assertFalse(problems.get(0).contains("m4il-secret"));

        m.put("vrm.mail.starttls", "true");
        assertEquals(List.of(), new PortalSettings(config(m)).problems(), "with STARTTLS required");

        m.put("vrm.mail.starttls", "false");
        m.put("vrm.mail.allow-plain-auth", "true");
        assertEquals(List.of(), new PortalSettings(config(m)).problems(), "allowed explicitly");
    }

    @Test
    void smtpWithoutAuthenticationNeedsNoStartTls() {
        Map<String, String> m = complete();
        m.put("vrm.mail.host", "smtp.city.internal");
        assertEquals(List.of(), new PortalSettings(config(m)).problems());
    }

    @Test
    void publishedDemoSecretsAreRefusedWithoutDemoData() {
        Map<String, String> m = complete();
        m.put("vrm.oidc.client-secret", "vrm-portal-demo-secret");
        m.put("vrm.provisioning.client-secret", "vrm-provisioning-demo-secret");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("VRM_OIDC_CLIENT_SECRET: a published demo secret (refused while "
                + "VRM_DEMO_DATA is not true"), problems.get(0));
        assertTrue(problems.get(1).startsWith("VRM_PROVISIONING_CLIENT_SECRET: a published demo secret"), problems.get(1));
        assertFalse(String.join("\n", problems).contains("vrm-portal-demo-secret"), "the value is never named");
    }

    @Test
    void anySecretContainingDemoSecretIsRefusedHoweverLong() {
        Map<String, String> m = complete();
        m.put("vrm.provisioning.client-secret", "kochi-city-production-DEMO-SECRET-0123456789");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("VRM_PROVISIONING_CLIENT_SECRET: a published demo secret"), problems.get(0));
    }

    @Test
    void secretsShorterThan32CharactersAreRefusedWithoutDemoData() {
        Map<String, String> m = complete();
        m.put("vrm.oidc.client-secret", "a".repeat(31));
        m.put("vrm.provisioning.client-secret", "b".repeat(32));
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("VRM_OIDC_CLIENT_SECRET: shorter than 32 characters (refused while "
                + "VRM_DEMO_DATA is not true: give Keycloak's client and the portal a new random secret of at least 32 "
                + "characters, e.g. openssl rand -base64 32)"), problems.get(0));
    }

    @Test
    void demoDataAllowsDemoAndShortSecrets() {
        Map<String, String> m = complete();
        m.put("vrm.demo-data", "true");
        m.put("vrm.oidc.client-secret", "vrm-portal-demo-secret");
        m.put("vrm.provisioning.client-secret", "short");
        assertEquals(List.of(), new PortalSettings(config(m)).problems());

        m.put("vrm.demo-data", "no");
        assertEquals(2, new PortalSettings(config(m)).problems().size());
    }

    @Test
    void keycloakAddressAndRealmComeFromTheProviderUnlessGiven() {
        PortalSettings derived = new PortalSettings(config(complete()));
        assertEquals("http://localhost:8180", derived.keycloakAdminUrl());
        assertEquals("kochi-vrm", derived.keycloakRealm());
        assertEquals("vrm-provisioning", derived.provisioningClientId());

        Map<String, String> m = complete();
        m.put("vrm.oidc.provider-uri", "https://sso.example.jp/auth/realms/kochi-vrm");
        PortalSettings prefixed = new PortalSettings(config(m));
        assertEquals("https://sso.example.jp/auth", prefixed.keycloakAdminUrl());

        m.put("vrm.keycloak.admin.url", "http://keycloak.internal:8080/");
        m.put("vrm.keycloak.admin.realm", "city");
        PortalSettings given = new PortalSettings(config(m));
        assertEquals("http://keycloak.internal:8080", given.keycloakAdminUrl());
        assertEquals("city", given.keycloakRealm());
        assertEquals(List.of(), given.problems());
    }

    @Test
    void missingProvisioningSecretIsNamedWithoutAnyValue() {
        Map<String, String> m = complete();
        m.remove("vrm.provisioning.client-secret");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("VRM_PROVISIONING_CLIENT_SECRET: missing"), problems.get(0));
    }

    @Test
    void aProviderWithoutARealmNeedsTheAdminSettings() {
        Map<String, String> m = complete();
        m.put("vrm.oidc.provider-uri", "https://sso.example.jp/oidc");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertTrue(problems.get(0).startsWith("VRM_KEYCLOAK_ADMIN_URL: missing"), problems.get(0));
    }

    @Test
    void invitationLifespanAndSyncIntervalHaveSensibleDefaultsAndIgnoreNonsense() {
        PortalSettings defaults = new PortalSettings(config(complete()));
        assertEquals(java.time.Duration.ofHours(72), defaults.invitationLifespan());
        assertEquals(java.time.Duration.ofSeconds(60), defaults.keycloakSyncInterval());
        Map<String, String> m = complete();
        m.put("vrm.invitation.lifespan-hours", "24");
        m.put("vrm.keycloak.sync-seconds", "-5");
        PortalSettings set = new PortalSettings(config(m));
        assertEquals(java.time.Duration.ofHours(24), set.invitationLifespan());
        assertEquals(java.time.Duration.ofSeconds(60), set.keycloakSyncInterval());
    }

    @Test
    void portalAddressLosesItsTrailingSlashAndMustBeHttp() {
        Map<String, String> m = complete();
        m.put("vrm.portal-url", "http://localhost:8080/vrm/");
        assertEquals("http://localhost:8080/vrm", new PortalSettings(config(m)).portalUrl());
        m.put("vrm.portal-url", "localhost:8080/vrm");
        assertTrue(new PortalSettings(config(m)).problems().get(0).startsWith("VRM_PORTAL_URL: not an http(s) address"));
    }

    @Test
    void requestThreadsAreCheckedBecausePayaraOnlyWarnsAboutThem() {
        Map<String, String> m = complete();
        m.put("vrm.http.threads", "6");
        assertEquals(List.of(), new PortalSettings(config(m)).problems());
        for (String bad : new String[] {"0", "-4", "four", "257", "4.5", " 6", "1000"}) {
            m.put("vrm.http.threads", bad);
            List<String> problems = new PortalSettings(config(m)).problems();
            assertEquals(List.of("VRM_HTTP_THREADS: not a number of request threads (1-256)"), problems, bad);
        }
        assertEquals("VRM_HTTP_THREADS", PortalSettings.envName(PortalSettings.HTTP_THREADS));
    }

    @Test
    void environmentNamesFollowMicroProfileConfigMapping() {
        assertEquals("VRM_PROVISIONING_CLIENT_SECRET", PortalSettings.envName("vrm.provisioning.client-secret"));
        assertEquals("VRM_KEYCLOAK_ADMIN_URL", PortalSettings.envName("vrm.keycloak.admin.url"));
        assertEquals("VRM_OIDC_CLIENT_SECRET", PortalSettings.envName("vrm.oidc.client-secret"));
    }

    @Test
    void reminderSettingsAreCheckedAtStartUp() {
        Map<String, String> m = complete();
        m.put("vrm.reminders.hours", "6,13");
        m.put("VRM_REMINDERS_CONTRACT_END_DAYS", "90, 60,30,7,0");
        m.put("vrm.reminders.overdue-every-days", "3");
        PortalSettings good = new PortalSettings(config(m));
        assertEquals(List.of(), good.problems());
        assertEquals(Optional.of("6,13"), good.reminderHours());
        assertEquals(3, good.reminderOverdueEveryDays());
        assertEquals(7, good.reminderSubmissionReviewDays());

        m.put("vrm.reminders.hours", "25");
        m.put("VRM_REMINDERS_CONTRACT_END_DAYS", "60;30");
        m.put("vrm.reminders.overdue-every-days", "weekly");
        List<String> problems = new PortalSettings(config(m)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("VRM_REMINDERS_HOURS: not hours of the day")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("VRM_REMINDERS_CONTRACT_END_DAYS: not a list of days")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("VRM_REMINDERS_OVERDUE_EVERY_DAYS: not a positive")),
                problems.toString());
        assertFalse(problems.toString().contains("60;30"), "values are never echoed");
    }

    @Test
    void reminderHoursOffAndTheirSyntax() {
        Map<String, String> m = complete();
        assertEquals(Optional.of("6"), new PortalSettings(config(m)).reminderHours(), "daily at 6 by default");
        m.put("vrm.reminders.hours", "OFF");
        assertEquals(Optional.empty(), new PortalSettings(config(m)).reminderHours());
        for (String ok : new String[] {"*", "*/4", "0", "23", "8-18", "6,13,20"}) {
            assertTrue(PortalSettings.validHours(ok), ok);
        }
        for (String bad : new String[] {"24", "*/0", "6;13", "morning", "-1", "6,", "100"}) {
            assertFalse(PortalSettings.validHours(bad), bad);
        }
    }

    @Test
    void theClockStartIsADayOrAMomentAndOnlyForDemonstrations() {
        Map<String, String> m = complete();
        m.put("vrm.demo-data", "true");
        m.put("vrm.clock.start", "2027-02-28");
        PortalSettings settings = new PortalSettings(config(m));
        assertEquals(Optional.of(java.time.OffsetDateTime.parse("2027-02-28T09:00+09:00")), settings.clockStart());
        assertEquals(List.of(), settings.problems());
        m.put("vrm.clock.start", "2028-02-29T23:30:00+09:00");
        assertEquals(Optional.of(java.time.OffsetDateTime.parse("2028-02-29T23:30+09:00")),
                new PortalSettings(config(m)).clockStart());
        m.put("vrm.clock.start", "2027-02-29");
        assertEquals(List.of("VRM_CLOCK_START: not a date (2026-11-16) or date and time (2026-11-16T09:00+09:00)"),
                new PortalSettings(config(m)).problems());
        m.put("vrm.clock.start", "2027-02-28");
        m.put("vrm.demo-data", "false");
        assertEquals(List.of("VRM_CLOCK_START: only with VRM_DEMO_DATA=true (a moved clock would move every due date "
                + "of real records)"), new PortalSettings(config(m)).problems());
    }

    @Test
    void theAuditKeyIsRequiredWithoutDemoDataAndNeverPrinted() {
        Map<String, String> m = complete();
        m.remove("vrm.audit.key");
        assertEquals(List.of("VRM_AUDIT_KEY: missing (the audit log's HMAC key, at least 32 bytes, e.g. from openssl "
                + "rand -base64 48; keep it outside the database and its backups)"), new PortalSettings(config(m)).problems());
        m.put("vrm.audit.key", "short-secret-31-bytes-long-xxxxx".substring(0, 31));
        List<String> problems = new PortalSettings(config(m)).problems();
        assertEquals(List.of("VRM_AUDIT_KEY: too short (fewer than 32 bytes)"), problems);
        m.put("vrm.demo-data", "true");
        assertEquals(problems, new PortalSettings(config(m)).problems());
    }

    @Test
    void demoDataWithoutAnAuditKeyUsesTheDevelopmentKey() {
        Map<String, String> m = complete();
        m.remove("vrm.audit.key");
        m.put("vrm.demo-data", "true");
        PortalSettings settings = new PortalSettings(config(m));
        assertEquals(List.of(), settings.problems());
        assertTrue(settings.auditKeyIsDevelopmentKey());
        assertEquals(PortalSettings.DEVELOPMENT_AUDIT_KEY, new String(settings.auditKey(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.nio.file.Path.of("/tmp/x/files/audit-anchor"), settings.auditAnchorDir());
        m.put("vrm.audit.anchor-dir", "/var/lib/vrm-anchor");
        assertEquals(java.nio.file.Path.of("/var/lib/vrm-anchor"), new PortalSettings(config(m)).auditAnchorDir());
    }

    @Test
    void withoutAClockStartThePortalRunsOnRealTime() {
        assertEquals(Optional.empty(), new PortalSettings(config(complete())).clockStart());
    }

    @Test
    void aSessionLastsTenHoursUnlessConfiguredWithinADay() {
        Map<String, String> m = complete();
        assertEquals(java.time.Duration.ofHours(10), new PortalSettings(config(m)).sessionMaxLifetime());
        m.put("vrm.session.max-hours", "8");
        assertEquals(java.time.Duration.ofHours(8), new PortalSettings(config(m)).sessionMaxLifetime());
        assertEquals(List.of(), new PortalSettings(config(m)).problems());
        for (String wrong : List.of("0", "25", "ten", "-1")) {
            m.put("vrm.session.max-hours", wrong);
            assertEquals(List.of("VRM_SESSION_MAX_HOURS: not a number of hours (1-24)"),
                    new PortalSettings(config(m)).problems(), wrong);
        }
    }
}
