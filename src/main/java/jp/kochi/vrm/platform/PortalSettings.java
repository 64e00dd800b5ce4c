package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the portal, read through MicroProfile Config, so each can be given as an environment
 * variable (the names below) or a system property ({@code vrm.db.url}). Secrets come only from here, never
 * from code or the database. {@link #problems()} names every missing or malformed setting so that start-up
 * can refuse service with a message that says what to fix.
 */
@ApplicationScoped
public class PortalSettings {

    public static final String DB_URL_ENV = "VRM_DB_URL";
    public static final String OIDC_CLIENT_SECRET_ENV = "VRM_OIDC_CLIENT_SECRET";
    public static final String PROVISIONING_CLIENT_SECRET_ENV = "VRM_PROVISIONING_CLIENT_SECRET";
    public static final String DEMO_DATA_ENV = "VRM_DEMO_DATA";
    static final String DB_URL = "vrm.db.url";
    static final String DB_USER = "vrm.db.user";
    static final String DB_PASSWORD = "vrm.db.password";
    /**
     * The role that migrates the schema and owns it ({@code VRM_DB_MIGRATION_USER}, PostgreSQL only), when it is not
     * the portal's runtime role ({@code VRM_DB_USER}): the runtime role then gets only the rights it uses, and may add
     * audit entries but not change or remove them (SECURITY.md, "PostgreSQL: a runtime role that may only add audit
     * entries").
     */
    static final String DB_MIGRATION_USER = "vrm.db.migration-user";
    static final String DB_MIGRATION_PASSWORD = "vrm.db.migration-password";
    static final String OIDC_PROVIDER_URI = "vrm.oidc.provider-uri";
    static final String OIDC_CLIENT_ID = "vrm.oidc.client-id";
    static final String OIDC_CLIENT_SECRET = "vrm.oidc.client-secret";
    static final String DATA_DIR = "vrm.data-dir";
    static final String DEMO_DATA = "vrm.demo-data";
    /** The audit chain's HMAC key ({@code VRM_AUDIT_KEY}): never in the database, never printed. */
    static final String AUDIT_KEY = "vrm.audit.key";
    /** Folder of the audit chain's anchor file ({@code VRM_AUDIT_ANCHOR_DIR}), outside the database. */
    static final String AUDIT_ANCHOR_DIR = "vrm.audit.anchor-dir";
    /** Shortest audit key accepted, in bytes: the output length of HMAC-SHA256. */
    public static final int MIN_AUDIT_KEY_BYTES = 32;
    /**
     * The audit key of demonstrations and tests ({@code VRM_DEMO_DATA=true} without {@code VRM_AUDIT_KEY}): public,
     * so a chain keyed with it proves nothing; start-up logs a warning when it is used.
     */
    public static final String DEVELOPMENT_AUDIT_KEY = "vrm-development-audit-key-NOT-FOR-PRODUCTION-0001";
    static final String CLOCK_START = "vrm.clock.start";
    static final String SESSION_MAX_HOURS = "vrm.session.max-hours";
    static final String ANNEX_TEMPLATES_DIR = "vrm.annex.templates-dir";
    static final String CITY_NAME = "vrm.city.name";
    /** The city's own 法人番号 ({@code VRM_CITY_CORPORATE_NUMBER}): a contractor given it gets a warning. */
    static final String CITY_CORPORATE_NUMBER = "vrm.city.corporate-number";
    /**
     * 法人番号 of public bodies the rule of base numbers does not recognise ({@code VRM_PUBLIC_BODY_CORPORATE_NUMBERS},
     * comma-separated), such as 独立行政法人 or 地方独立行政法人, which are registered like companies.
     */
    static final String PUBLIC_BODY_CORPORATE_NUMBERS = "vrm.public-body.corporate-numbers";
    static final String EVIDENCE_MAX_MB = "vrm.evidence.max-mb";
    static final String PORTAL_URL = "vrm.portal-url";
    static final String MAIL_HOST = "vrm.mail.host";
    static final String MAIL_PORT = "vrm.mail.port";
    static final String MAIL_FROM = "vrm.mail.from";
    static final String MAIL_USER = "vrm.mail.user";
    static final String MAIL_PASSWORD = "vrm.mail.password";
    static final String MAIL_STARTTLS = "vrm.mail.starttls";
    /**
     * Allows SMTP authentication without STARTTLS ({@code VRM_MAIL_ALLOW_PLAIN_AUTH}), for a server reached only over
     * a trusted link (the same host, a private segment); otherwise start-up refuses it, as the password would cross
     * the network in clear.
     */
    static final String MAIL_ALLOW_PLAIN_AUTH = "vrm.mail.allow-plain-auth";
    static final String PROVISIONING_CLIENT_ID = "vrm.provisioning.client-id";
    static final String PROVISIONING_CLIENT_SECRET = "vrm.provisioning.client-secret";
    static final String KEYCLOAK_ADMIN_URL = "vrm.keycloak.admin.url";
    static final String KEYCLOAK_ADMIN_REALM = "vrm.keycloak.admin.realm";
    static final String KEYCLOAK_SYNC_SECONDS = "vrm.keycloak.sync-seconds";
    static final String INVITATION_LIFESPAN_HOURS = "vrm.invitation.lifespan-hours";
    static final String SNS_DORMANT_DAYS = "vrm.sns.dormant-days";
    static final String PUBLIC_API_PER_MINUTE = "vrm.public-api.requests-per-minute";
    static final String TRUSTED_PROXIES = "vrm.trusted-proxies";
    /** Office minutes a first report may wait for acknowledgement before it is escalated (default 60). */
    static final String INCIDENT_ACK_MINUTES = "vrm.incident.ack-minutes";
    /** The city's office hours on weekdays, {@code 08:30-17:15} by default; escalation counts only these. */
    static final String OFFICE_HOURS = "vrm.office-hours";
    /** Further addresses an escalation goes to besides the security officers (e.g. the CISO's), comma-separated. */
    static final String INCIDENT_ESCALATION_MAIL = "vrm.incident.escalation-mail";
    static final String DEFAULT_OFFICE_HOURS = "08:30-17:15";
    /**
     * Request threads of the HTTP listener ({@code VRM_HTTP_THREADS}). Payara reads it itself, from the pre-boot file
     * ({@code ${ENV=VRM_HTTP_THREADS:4}}), and given a value it cannot read only logs a warning and sizes the pool
     * itself, so the portal checks it at start-up.
     */
    static final String HTTP_THREADS = "vrm.http.threads";
    static final int MAX_HTTP_THREADS = 256;
    static final String REMINDER_HOURS = "vrm.reminders.hours";
    static final String REMINDER_OVERDUE_EVERY = "vrm.reminders.overdue-every-days";
    static final String REMINDER_REVIEW_WAIT = "vrm.reminders.submission-review-wait-days";
    /** Prefix of the lead-day settings, one per kind: {@code vrm.reminders.contract-end.days} = "60,30,7,0". */
    public static final String REMINDER_PREFIX = "vrm.reminders.";
    /** Default hours of the day (EJB timer syntax) at which the reminder job runs: once, at 6 in the morning. */
    static final String DEFAULT_REMINDER_HOURS = "6";

    /** An active social media account with no logged post for longer than this is shown as dormant (休眠). */
    static final int DEFAULT_DORMANT_DAYS = 90;
    /** Requests per minute one client may send to the public verification API. */
    static final int DEFAULT_PUBLIC_API_PER_MINUTE = 60;

    /**
     * Client secrets that were published: the defaults the realm file once gave a client when its variable was
     * missing at import. Any value containing {@code demo-secret} counts as one of them.
     */
    public static final List<String> PUBLISHED_DEMO_SECRETS = List.of("vrm-portal-demo-secret",
            "vrm-provisioning-demo-secret");
    /** Shortest client secret accepted without demo data: 32 characters, as {@code openssl rand -base64 32} gives 44. */
    public static final int MIN_SECRET_LENGTH = 32;

    /** Default lifetime of an invitation link: three days, long enough to span a weekend. */
    static final int DEFAULT_INVITATION_HOURS = 72;
    /** Default pause between two runs of the job that brings Keycloak in line with the portal's records. */
    static final int DEFAULT_SYNC_SECONDS = 60;

    private final Config config;

    public PortalSettings() {
        this(ConfigProvider.getConfig());
    }

    PortalSettings(Config config) {
        this.config = config;
    }

    /** The environment variable that MicroProfile Config maps to a property name. */
    public static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** A value Payara leaves in place when a {@code ${MPCONFIG=...}} reference could not be resolved. */
    public static boolean isUnset(String value) {
        return value == null || value.isBlank() || value.startsWith("${");
    }

    private Optional<String> value(String property) {
        return config.getOptionalValue(property, String.class).filter(v -> !isUnset(v));
    }

    public String databaseUrl() {
        return value(DB_URL).orElse(null);
    }

    public DatabaseKind databaseKind() {
        return DatabaseKind.of(databaseUrl());
    }

    /** The portal's runtime database user ({@code VRM_DB_USER}), or {@code null} when not set. */
    public String databaseUser() {
        return value(DB_USER).orElse(null);
    }

    /**
     * The role that migrates the schema ({@code VRM_DB_MIGRATION_USER}), or {@code null} when the runtime credential
     * migrates (as before; on PostgreSQL start-up then warns that the runtime role can rewrite the audit log).
     */
    public String migrationUser() {
        return value(DB_MIGRATION_USER).orElse(null);
    }

    /** The migration role's password ({@code VRM_DB_MIGRATION_PASSWORD}); never printed. */
    public String migrationPassword() {
        return value(DB_MIGRATION_PASSWORD).orElse(null);
    }

    /**
     * Whether a role other than the runtime one migrates (PostgreSQL): then the runtime role is given only what it
     * uses after every migration, and cannot update, delete or truncate the audit log.
     */
    public boolean separateMigrationRole() {
        String migration = migrationUser();
        return migration != null && !migration.equals(databaseUser());
    }

    public String oidcProviderUri() {
        return value(OIDC_PROVIDER_URI).map(v -> v.endsWith("/") ? v.substring(0, v.length() - 1) : v)
                .orElse(null);
    }

    public String oidcClientId() {
        return value(OIDC_CLIENT_ID).orElse("vrm-portal");
    }

    public String oidcClientSecret() {
        return value(OIDC_CLIENT_SECRET).orElse(null);
    }

    public Path dataDir() {
        return value(DATA_DIR).map(Path::of).orElse(null);
    }

    /**
     * The folder of the annex templates ({@code contracts-templates/}) when they are edited outside the WAR;
     * {@code null} to use the copy packaged in it.
     */
    public Path annexTemplatesDir() {
        return value(ANNEX_TEMPLATES_DIR).map(Path::of).orElse(null);
    }

    /** The city as it signs its documents (発注者). */
    public String cityName() {
        return value(CITY_NAME).orElse("高知市");
    }

    /**
     * The city's own 法人番号 ({@code VRM_CITY_CORPORATE_NUMBER}, 13 digits), if set. No default: it is found neither
     * in the portal's sources nor in its domain notes, and a wrong default would warn about the wrong body.
     */
    public Optional<String> cityCorporateNumber() {
        return value(CITY_CORPORATE_NUMBER).map(PortalSettings::digitsOnly);
    }

    /** Further public bodies' 法人番号 ({@code VRM_PUBLIC_BODY_CORPORATE_NUMBERS}, comma-separated; none by default). */
    public java.util.Set<String> publicBodyCorporateNumbers() {
        return value(PUBLIC_BODY_CORPORATE_NUMBERS).map(v -> java.util.Arrays.stream(v.split(","))
                .map(PortalSettings::digitsOnly).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet())).orElse(java.util.Set.of());
    }

    /** As staff write a 法人番号: spaces and hyphens between the digits are left out. */
    private static String digitsOnly(String number) {
        return number.replaceAll("[\\s-]", "");
    }

    /** Largest evidence file accepted, in bytes ({@code VRM_EVIDENCE_MAX_MB}, default 20 MB). */
    public long evidenceMaxBytes() {
        long mb = value(EVIDENCE_MAX_MB).map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(20L);
        return (mb > 0 ? mb : 20L) * 1024 * 1024;
    }

    /**
     * The portal's own address as users reach it, without a trailing slash ({@code VRM_PORTAL_URL}, the same
     * setting Keycloak reads for the client's redirect URIs); {@code null} when not set.
     */
    public String portalUrl() {
        return value(PORTAL_URL).map(PortalSettings::withoutTrailingSlash).orElse(null);
    }

    /** The realm's service-account client that provisions contractor users ({@code vrm-provisioning}). */
    public String provisioningClientId() {
        return value(PROVISIONING_CLIENT_ID).orElse("vrm-provisioning");
    }

    public String provisioningClientSecret() {
        return value(PROVISIONING_CLIENT_SECRET).orElse(null);
    }

    /**
     * Keycloak's base address for the admin API: {@code VRM_KEYCLOAK_ADMIN_URL}, or what precedes
     * {@code /realms/} in the OpenID provider address.
     */
    public String keycloakAdminUrl() {
        return value(KEYCLOAK_ADMIN_URL).map(PortalSettings::withoutTrailingSlash)
                .orElseGet(() -> realmPart(0));
    }

    /** The realm whose users the portal provisions: {@code VRM_KEYCLOAK_ADMIN_REALM}, or the provider's realm. */
    public String keycloakRealm() {
        return value(KEYCLOAK_ADMIN_REALM).orElseGet(() -> realmPart(1));
    }

    /** Splits {@code https://host/prefix/realms/NAME} into the base address (0) and the realm name (1). */
    private String realmPart(int part) {
        String provider = oidcProviderUri();
        if (provider == null) {
            return null;
        }
        int at = provider.lastIndexOf("/realms/");
        if (at < 0) {
            return null;
        }
        String name = provider.substring(at + "/realms/".length());
        if (name.isEmpty() || name.contains("/")) {
            return null;
        }
        return part == 0 ? provider.substring(0, at) : name;
    }

    /** How long an invitation's link stays valid ({@code VRM_INVITATION_LIFESPAN_HOURS}, default 72 hours). */
    public java.time.Duration invitationLifespan() {
        return java.time.Duration.ofHours(positive(INVITATION_LIFESPAN_HOURS, DEFAULT_INVITATION_HOURS));
    }

    /** Pause between two runs of the Keycloak synchronisation job ({@code VRM_KEYCLOAK_SYNC_SECONDS}, default 60). */
    public java.time.Duration keycloakSyncInterval() {
        return java.time.Duration.ofSeconds(positive(KEYCLOAK_SYNC_SECONDS, DEFAULT_SYNC_SECONDS));
    }

    /** Days without a logged post after which an active account is dormant ({@code VRM_SNS_DORMANT_DAYS}, default 90). */
    public int snsDormantDays() {
        return (int) Math.min(3650, positive(SNS_DORMANT_DAYS, DEFAULT_DORMANT_DAYS));
    }

    /**
     * Requests per minute and client (remote address) the public API answers before 429
     * ({@code VRM_PUBLIC_API_REQUESTS_PER_MINUTE}, default 60).
     */
    public int publicApiPerMinute() {
        return (int) Math.min(100_000, positive(PUBLIC_API_PER_MINUTE, DEFAULT_PUBLIC_API_PER_MINUTE));
    }

    /**
     * Addresses of the reverse proxies in front of the portal ({@code VRM_TRUSTED_PROXIES}, comma-separated; none by
     * default): only from them is {@code X-Forwarded-For} believed.
     */
    public java.util.Set<String> trustedProxies() {
        return value(TRUSTED_PROXIES).map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet())).orElse(java.util.Set.of());
    }

    /**
     * Hours of the day at which the reminder job runs ({@code VRM_REMINDERS_HOURS}, EJB timer syntax such as "6",
     * "6,13" or "*"; default 6), or empty for {@code off}: then it runs only when a security officer starts it.
     */
    public Optional<String> reminderHours() {
        String v = value(REMINDER_HOURS).map(String::strip).orElse(DEFAULT_REMINDER_HOURS);
        return "off".equalsIgnoreCase(v) ? Optional.empty() : Optional.of(v);
    }

    /** Days between two reminders of an overdue item ({@code VRM_REMINDERS_OVERDUE_EVERY_DAYS}, default 7). */
    public int reminderOverdueEveryDays() {
        return (int) Math.min(365, positive(REMINDER_OVERDUE_EVERY, 7));
    }

    /** Days evidence may wait for review before it is due ({@code VRM_REMINDERS_SUBMISSION_REVIEW_WAIT_DAYS}, 7). */
    public int reminderSubmissionReviewDays() {
        return (int) Math.min(365, positive(REMINDER_REVIEW_WAIT, 7));
    }

    /** A reminder setting's raw value, e.g. {@code vrm.reminders.contract-end.days}; the caller parses it. */
    public Optional<String> reminderSetting(String property) {
        if (!property.startsWith(REMINDER_PREFIX)) {
            throw new IllegalArgumentException(property);
        }
        return value(property);
    }

    private static final java.util.regex.Pattern HOURS =
            java.util.regex.Pattern.compile("\\*|\\*/\\d{1,2}|\\d{1,2}(-\\d{1,2})?(,\\d{1,2}(-\\d{1,2})?)*");
    private static final java.util.regex.Pattern DAYS_LIST = java.util.regex.Pattern.compile("\\d{1,4}( *, *\\d{1,4})*");

    /** "off", "*", "*" + "/n" (n 1-23) or a list of hours and ranges 0-23. */
    static boolean validHours(String v) {
        if ("off".equalsIgnoreCase(v) || "*".equals(v)) {
            return true;
        }
        if (!HOURS.matcher(v).matches()) {
            return false;
        }
        return java.util.Arrays.stream(v.replace("*/", "").split("[,-]")).mapToInt(Integer::parseInt)
                .allMatch(h -> h >= 0 && h <= 23) && !v.equals("*/0");
    }

    /** Office minutes before an unacknowledged first report is escalated ({@code VRM_INCIDENT_ACK_MINUTES}, 60). */
    public int incidentAckMinutes() {
        return (int) Math.min(7 * 24 * 60, positive(INCIDENT_ACK_MINUTES, 60));
    }

    /** The office hours ({@code VRM_OFFICE_HOURS}, e.g. {@code 08:30-17:15}), as start and end. */
    public java.time.LocalTime[] officeHours() {
        String v = value(OFFICE_HOURS).map(String::strip).orElse(DEFAULT_OFFICE_HOURS);
        java.time.LocalTime[] hours = parseOfficeHours(v);
        return hours != null ? hours : parseOfficeHours(DEFAULT_OFFICE_HOURS);
    }

    /** "HH:mm-HH:mm" with the start before the end, or {@code null}. */
    static java.time.LocalTime[] parseOfficeHours(String v) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})")
                .matcher(v);
        if (!m.matches()) {
            return null;
        }
        try {
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("H:mm");
            java.time.LocalTime from = java.time.LocalTime.parse(m.group(1), f);
            java.time.LocalTime to = java.time.LocalTime.parse(m.group(2), f);
            return from.isBefore(to) ? new java.time.LocalTime[] {from, to} : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Addresses an escalation goes to besides the security officers ({@code VRM_INCIDENT_ESCALATION_MAIL}). */
    public List<String> incidentEscalationMail() {
        return value(INCIDENT_ESCALATION_MAIL).map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList()).orElse(List.of());
    }

    private void incidentProblems(List<String> problems) {
        if (value(INCIDENT_ACK_MINUTES).isPresent() && positive(INCIDENT_ACK_MINUTES, -1) < 1) {
            problems.add(envName(INCIDENT_ACK_MINUTES) + ": not a positive number of minutes");
        }
        value(OFFICE_HOURS).map(String::strip).filter(v -> parseOfficeHours(v) == null)
                .ifPresent(v -> problems.add(envName(OFFICE_HOURS) + ": not office hours such as 08:30-17:15"));
        for (String a : incidentEscalationMail()) {
            if (!a.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(envName(INCIDENT_ESCALATION_MAIL) + ": not a list of mail addresses");
                break;
            }
        }
    }

    private void reminderProblems(List<String> problems) {
        value(REMINDER_HOURS).map(String::strip).filter(v -> !validHours(v))
                .ifPresent(v -> problems.add(envName(REMINDER_HOURS)
                        + ": not hours of the day (e.g. 6, 6,13, 8-18, */4 or *; or off)"));
        for (String property : List.of(REMINDER_OVERDUE_EVERY, REMINDER_REVIEW_WAIT)) {
            if (value(property).isPresent() && positive(property, -1) < 1) {
                problems.add(envName(property) + ": not a positive number of days");
            }
        }
        for (String name : config.getPropertyNames()) {
            String property = name.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
            if (property.startsWith(REMINDER_PREFIX) && property.endsWith(".days")
                    && !property.equals(REMINDER_OVERDUE_EVERY.replace('-', '.'))
                    && !property.equals(REMINDER_REVIEW_WAIT.replace('-', '.'))) {
                String v = config.getOptionalValue(name, String.class).filter(x -> !isUnset(x)).orElse(null);
                if (v != null && (!DAYS_LIST.matcher(v.strip()).matches()
                        || java.util.Arrays.stream(v.split(",")).anyMatch(x -> Integer.parseInt(x.strip()) > 3650))) {
                    problems.add(envName(name) + ": not a list of days before the due date (e.g. 60,30,7,0; each 0-3650)");
                }
            }
        }
    }

    private long positive(String property, long fallback) {
        return value(property).map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).filter(v -> v > 0).orElse(fallback);
    }

    private static String withoutTrailingSlash(String value) {
        String v = value.strip();
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    /** The SMTP server the portal sends its mails through. */
    public MailServer mailServer() {
        int port = value(MAIL_PORT).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(25);
        return new MailServer(value(MAIL_HOST).orElse("localhost"), port,
                value(MAIL_FROM).orElse("vrm-portal@localhost"), value(MAIL_USER).orElse(null),
                value(MAIL_PASSWORD).orElse(null), value(MAIL_STARTTLS).map(Boolean::parseBoolean).orElse(false));
    }

    /**
     * SMTP settings; the password is never printed.
     *
     * @param host server name
     * @param port server port
     * @param from sender address
     * @param user user name, {@code null} without authentication
     * @param password password, {@code null} without authentication
     * @param startTls whether to require STARTTLS
     */
    public record MailServer(String host, int port, String from, String user, String password, boolean startTls) {
        @Override
        public String toString() {
            return "smtp://" + host + ":" + port + (user == null ? "" : " as " + user) + (startTls ? " (STARTTLS)" : "");
        }

        /** Whether the password would be sent in clear: SMTP authentication without required STARTTLS. */
        public boolean authenticatesInClear() {
            return user != null && !startTls;
        }
    }

    /**
     * The moment the portal's clock starts from ({@code VRM_CLOCK_START}, an ISO date such as {@code 2026-11-16} or a
     * date and time with offset), from which it runs on in real time; empty for the real time. For tests and
     * demonstrations only: they then see the same due dates, overdue items and fiscal year on whatever day they run.
     */
    public Optional<java.time.OffsetDateTime> clockStart() {
        return value(CLOCK_START).map(PortalSettings::parseClockStart);
    }

    private static java.time.OffsetDateTime parseClockStart(String value) {
        try {
            return java.time.OffsetDateTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notADateTime) {
            return java.time.LocalDate.parse(value.strip()).atTime(9, 0).atZone(ClockProducer.CITY_ZONE)
                    .toOffsetDateTime();
        }
    }

    /** Default absolute lifetime of a portal session, however active: a working day. */
    static final int DEFAULT_SESSION_MAX_HOURS = 10;

    /**
     * How long a portal session may last from its sign-in, however active ({@code VRM_SESSION_MAX_HOURS}, 1-24,
     * default 10); the idle timeout ends it sooner.
     */
    public java.time.Duration sessionMaxLifetime() {
        return java.time.Duration.ofHours(value(SESSION_MAX_HOURS).filter(v -> v.matches("[0-9]{1,2}"))
                .map(Integer::parseInt).filter(h -> h >= 1 && h <= 24).orElse(DEFAULT_SESSION_MAX_HOURS));
    }

    /**
     * The key of the audit chain's HMAC links and anchors: {@code VRM_AUDIT_KEY} as UTF-8 bytes; without it, with
     * demo data on, the public {@link #DEVELOPMENT_AUDIT_KEY}; otherwise {@code null} (a start-up problem).
     */
    public byte[] auditKey() {
        return value(AUDIT_KEY).or(() -> demoData() ? Optional.of(DEVELOPMENT_AUDIT_KEY) : Optional.empty())
                .map(v -> v.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
    }

    /** Whether the audit key is the public development key (demo data on and no {@code VRM_AUDIT_KEY}). */
    public boolean auditKeyIsDevelopmentKey() {
        return value(AUDIT_KEY).isEmpty() && demoData();
    }

    /**
     * The folder of the audit anchor file ({@code VRM_AUDIT_ANCHOR_DIR}, default {@code audit-anchor} in
     * {@code VRM_DATA_DIR}); {@code null} when neither is set.
     */
    public Path auditAnchorDir() {
        return value(AUDIT_ANCHOR_DIR).map(Path::of)
                .orElseGet(() -> dataDir() == null ? null : dataDir().resolve("audit-anchor"));
    }

    public boolean demoData() {
        return value(DEMO_DATA).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Missing or malformed settings, each as "ENV_NAME: what is wrong" (never the value itself, which may
     * be a secret). Empty when the portal can start.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (databaseUrl() == null) {
            problems.add(envName(DB_URL) + ": missing (jdbc:h2:file:... or jdbc:postgresql://...)");
        } else if (databaseKind() == null) {
            problems.add(envName(DB_URL) + ": not a supported JDBC URL (jdbc:h2:... or jdbc:postgresql://...)");
        }
        databaseRoleProblems(problems);
        String provider = oidcProviderUri();
        if (provider == null) {
            problems.add(envName(OIDC_PROVIDER_URI) + ": missing (e.g. http://localhost:8180/realms/kochi-vrm)");
        } else if (!isHttpUri(provider)) {
            problems.add(envName(OIDC_PROVIDER_URI) + ": not an http(s) address");
        }
        if (oidcClientSecret() == null) {
            problems.add(envName(OIDC_CLIENT_SECRET) + ": missing (the secret of client " + oidcClientId() + ")");
        }
        secretProblem(OIDC_CLIENT_SECRET, oidcClientSecret()).ifPresent(problems::add);
        if (dataDir() == null) {
            problems.add(envName(DATA_DIR) + ": missing (folder for the portal's files)");
        }
        // The length only: the value is a secret.
        if (value(AUDIT_KEY).isEmpty() && !demoData()) {
            problems.add(envName(AUDIT_KEY) + ": missing (the audit log's HMAC key, at least " + MIN_AUDIT_KEY_BYTES
                    + " bytes, e.g. from openssl rand -base64 48; keep it outside the database and its backups)");
        } else if (value(AUDIT_KEY).isPresent() && auditKey().length < MIN_AUDIT_KEY_BYTES) {
            problems.add(envName(AUDIT_KEY) + ": too short (fewer than " + MIN_AUDIT_KEY_BYTES + " bytes)");
        }
        int mailPort = mailServer().port();
        if (mailPort < 1 || mailPort > 65535) {
            problems.add(envName(MAIL_PORT) + ": not a port number (1-65535)");
        }
        if (mailServer().authenticatesInClear()
                && !value(MAIL_ALLOW_PLAIN_AUTH).map(Boolean::parseBoolean).orElse(false)) {
            problems.add(envName(MAIL_USER) + ": set without " + envName(MAIL_STARTTLS) + "=true, so the mail password"
                    + " would cross the network in clear (require STARTTLS, or set " + envName(MAIL_ALLOW_PLAIN_AUTH)
                    + "=true if the SMTP server is reached only over a trusted link)");
        }
        // Without it, contractor users could be neither invited nor disabled when their contractor ends.
        if (provisioningClientSecret() == null) {
            problems.add(envName(PROVISIONING_CLIENT_SECRET) + ": missing (the secret of client "
                    + provisioningClientId() + ", which provisions contractor users in Keycloak)");
        }
        secretProblem(PROVISIONING_CLIENT_SECRET, provisioningClientSecret()).ifPresent(problems::add);
        if (provider != null && isHttpUri(provider) && (keycloakAdminUrl() == null || keycloakRealm() == null)) {
            problems.add(envName(KEYCLOAK_ADMIN_URL) + ": missing (Keycloak's address and realm cannot be read from "
                    + envName(OIDC_PROVIDER_URI) + "; set " + envName(KEYCLOAK_ADMIN_URL) + " and "
                    + envName(KEYCLOAK_ADMIN_REALM) + ")");
        } else if (value(KEYCLOAK_ADMIN_URL).isPresent() && !isHttpUri(keycloakAdminUrl())) {
            problems.add(envName(KEYCLOAK_ADMIN_URL) + ": not an http(s) address");
        }
        reminderProblems(problems);
        incidentProblems(problems);
        if (cityCorporateNumber().filter(n -> !n.matches("[0-9]{13}")).isPresent()) {
            problems.add(envName(CITY_CORPORATE_NUMBER) + ": not a 13-digit corporate number (法人番号)");
        }
        if (publicBodyCorporateNumbers().stream().anyMatch(n -> !n.matches("[0-9]{13}"))) {
            problems.add(envName(PUBLIC_BODY_CORPORATE_NUMBERS) + ": not a comma-separated list of 13-digit corporate"
                    + " numbers (法人番号)");
        }
        // As Payara reads it: digits only, no spaces.
        if (value(HTTP_THREADS).filter(v -> !v.matches("[0-9]{1,3}") || Integer.parseInt(v) < 1
                || Integer.parseInt(v) > MAX_HTTP_THREADS).isPresent()) {
            problems.add(envName(HTTP_THREADS) + ": not a number of request threads (1-" + MAX_HTTP_THREADS + ")");
        }
        if (value(SESSION_MAX_HOURS).filter(v -> !v.matches("[0-9]{1,2}") || Integer.parseInt(v) < 1
                || Integer.parseInt(v) > 24).isPresent()) {
            problems.add(envName(SESSION_MAX_HOURS) + ": not a number of hours (1-24)");
        }
        if (value(CLOCK_START).isPresent()) {
            try {
                clockStart();
                if (!demoData()) {
                    problems.add(envName(CLOCK_START) + ": only with " + envName(DEMO_DATA)
                            + "=true (a moved clock would move every due date of real records)");
                }
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(envName(CLOCK_START) + ": not a date (2026-11-16) or date and time (2026-11-16T09:00+09:00)");
            }
        }
        String portal = portalUrl();
        if (portal != null && !isHttpUri(portal)) {
            problems.add(envName(PORTAL_URL) + ": not an http(s) address");
        }
        return problems;
    }

    /** The migration credential: PostgreSQL only, with a runtime user whose name can be granted rights. */
    private void databaseRoleProblems(List<String> problems) {
        if (migrationUser() == null) {
            if (migrationPassword() != null) {
                problems.add(envName(DB_MIGRATION_PASSWORD) + ": set without " + envName(DB_MIGRATION_USER));
            }
            return;
        }
        if (databaseKind() == DatabaseKind.H2) {
            problems.add(envName(DB_MIGRATION_USER) + ": only with PostgreSQL (the embedded H2 database has one user;"
                    + " leave it unset)");
        } else if (separateMigrationRole() && databaseUser() == null) {
            problems.add(envName(DB_USER) + ": missing (the runtime role that " + envName(DB_MIGRATION_USER)
                    + " grants the portal's rights to)");
        }
        // Role names are written into GRANT statements as quoted identifiers.
        for (String property : List.of(DB_USER, DB_MIGRATION_USER)) {
            if (value(property).filter(v -> v.indexOf('"') >= 0 || v.indexOf('\0') >= 0).isPresent()) {
                problems.add(envName(property) + ": not a usable role name (contains a double quote)");
            }
        }
    }

    /** A published demo secret: one of {@link #PUBLISHED_DEMO_SECRETS}, or any value containing {@code demo-secret}. */
    public static boolean isDemoSecret(String value) {
        return value != null && (PUBLISHED_DEMO_SECRETS.contains(value.strip())
                || value.toLowerCase(java.util.Locale.ROOT).contains("demo-secret"));
    }

    /**
     * Without demo data, a client secret must be nobody's but this installation's: not a published demo value, and
     * long enough not to be guessed. Keycloak holds the same secret, so a weak one there is as weak here.
     */
    private Optional<String> secretProblem(String property, String secret) {
        if (secret == null || demoData()) {
            return Optional.empty();
        }
        String fix = " (refused while " + DEMO_DATA_ENV + " is not true: give Keycloak's client and the portal a new"
                + " random secret of at least " + MIN_SECRET_LENGTH + " characters, e.g. openssl rand -base64 32)";
        if (isDemoSecret(secret)) {
            return Optional.of(envName(property) + ": a published demo secret" + fix);
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            return Optional.of(envName(property) + ": shorter than " + MIN_SECRET_LENGTH + " characters" + fix);
        }
        return Optional.empty();
    }

    private static boolean isHttpUri(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
