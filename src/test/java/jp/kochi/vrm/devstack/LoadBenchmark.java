package jp.kochi.vrm.devstack;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jp.kochi.vrm.devstack.LoadMix.Page;
import jp.kochi.vrm.devstack.LoadMix.Role;
import jp.kochi.vrm.it.Browser;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The whole portal under load ({@code ./mvnw -Pload-benchmark}, results in BENCHMARKS.md): 20 users signed in
 * through Keycloak's login form drive the main pages and one ajax action at the same time, with 1,000, 10,000 and
 * 100,000 contractors (with contracts, obligations and evidence) in the database. Per page p50 / p95 / p99 latency
 * and throughput, beside a static resource from the same server in the same run as the floor. Targets: p95 of
 * every main page at most 150 ms, and page p95 at 100,000 within 1.3x of 1,000.
 *
 * <p>Each virtual user is one thread with its own {@link PortalClient} (own cookies, own portal session) going
 * round its role's pages ({@link LoadMix}) without think time. Latency is the client's time from sending the
 * request to the last byte of the body, on loopback. A response counts as an error unless its status is 200 and it
 * carries the page's marker; the benchmark exits non-zero when any request failed.
 *
 * <p>Settings (system properties): {@code vrm.port} 38280, {@code keycloak.port} 38380,
 * {@code keycloak.management-port} 38390, {@code hazelcast.port} 6010, {@code vrm.mail.port} 38025, {@code vrm.data}
 * target/load-benchmark, {@code benchmark.sizes} 1000,10000,100000 (a size given again is measured again, on another
 * start of the portal), {@code benchmark.warmupSeconds} 90 (every size
 * is measured on a freshly started portal, see {@link #settle}, so the warm-up also warms its JIT),
 * {@code benchmark.seconds} 60, {@code benchmark.jfr} (a file name: the portal measured at each size runs with a JDK
 * Flight Recorder recording, dumped at exit to that name with the size before its extension),
 * {@code benchmark.quietLoad} 1.0 and {@code benchmark.quietWaitSeconds} 600 (before each
 * measurement the benchmark waits that long at most for the one-minute load average to fall below the bound, and
 * the report says whether it did).
 */
public final class LoadBenchmark {

    private static final String COMMAND = "./mvnw -Pload-benchmark";
    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    private static final int SAMPLE = 2_000;

    private final StackSettings settings;
    /** The portal's environment as the benchmark starts it: each restart's, and the report's machine line. */
    private final Map<String, String> environment;
    private final int warmupSeconds = Integer.getInteger("benchmark.warmupSeconds", 90);
    private final int seconds = Integer.getInteger("benchmark.seconds", 60);
    private final double quietLoad = Double.parseDouble(System.getProperty("benchmark.quietLoad", "1.0"));
    private final int quietWaitSeconds = Integer.getInteger("benchmark.quietWaitSeconds", 600);
    private final LocalDate today = LocalDate.now(CITY);
    private Connection db;
    /** The portal being measured: started anew after each compaction. */
    private volatile ServerProcess portal;
    private ContractorSeeder contractors;
    private ContractSeeder contracts;
    private final List<VirtualUser> users = new ArrayList<>();
    /** One per measured size, in order (a size given twice is measured twice). */
    private final List<Measurement> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    // Ids the users pick from (seeded rows only), refreshed after each seeding.
    private volatile long[] contractorIds = new long[0];
    private volatile long[] contractIds = new long[0];
    private volatile long[] obligationIds = new long[0];

    private LoadBenchmark(StackSettings settings, Map<String, String> environment) {
        this.settings = settings;
        this.environment = environment;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = BenchmarkStack.dataDir(System.getProperty("benchmark.defaultData", "target/load-benchmark"));
        StackSettings s = BenchmarkStack.settings(dataDir, 38280, 38380, 38390, 6010, 38025);
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "1000,10000,100000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        Map<String, String> env = new HashMap<>(PayaraServer.environment(s));
        // Reminders only when asked: a run starting in the middle of a measurement would be measured with it.
        env.put("VRM_REMINDERS_HOURS", "off");
        LoadBenchmark benchmark = new LoadBenchmark(s, env);
        BenchmarkStack.run(s, env, portal -> benchmark.run(portal, sizes), benchmark::closeClients);
    }

    /** The portal's environment for the start before measuring {@code size}: with a recording if one was asked for. */
    private Map<String, String> environment(int size) {
        Map<String, String> env = new HashMap<>(environment);
        String jfr = System.getProperty("benchmark.jfr");
        if (jfr != null && !jfr.isBlank()) {
            Path file = Path.of(jfr).toAbsolutePath();
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String sized = dot > 0 ? name.substring(0, dot) + "-" + size + name.substring(dot) : name + "-" + size;
            // Read by the java launcher the portal is started with.
            env.put("JDK_JAVA_OPTIONS", "-XX:StartFlightRecording=settings=profile,filename="
                    + file.resolveSibling(sized) + ",dumponexit=true");
        }
        return env;
    }

    private void closeClients() {
        if (portal != null) {
            // the portal started after a compaction; the stack stops the one it started itself
            portal.close();
        }
        closeDb();
    }

    private void closeDb() {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // already gone
            }
            db = null;
        }
    }

    // ---------------------------------------------------------------------------------------------------- run

    private void run(ServerProcess firstPortal, int[] sizes) throws Exception {
        openDb();
        contractors = new ContractorSeeder(db, today);
        contracts = new ContractSeeder(db, today, settings.dataDir().resolve("files"));
        ServerProcess seeding = firstPortal;
        for (int i = 0; i < sizes.length; i++) {
            grow(sizes[i]);
            if (i == 0) {
                createUsers();
            }
            String settled = settle(seeding, sizes[i]);
            seeding = null;
            signInUsers();
            awaitQuietMachine(sizes[i]);
            double speedBefore = MachineInfo.cpuCheck(3);
            double memoryBefore = MachineInfo.memoryCheck(3);
            System.out.printf("[benchmark] %,d contractors: %d users, warm-up %d s, measuring %d s ...%n", sizes[i],
                    users.size(), warmupSeconds, seconds);
            Measurement m = drive(warmupSeconds, seconds);
            m.loadAfter = MachineInfo.loadAverage();
            m.speed = String.format(Locale.ROOT, "SHA-256 %.0f MB/s before, %.0f after; random reads in 64 MB %.1f M/s "
                    + "before, %.1f after", speedBefore, MachineInfo.cpuCheck(3), memoryBefore,
                    MachineInfo.memoryCheck(3));
            m.size = sizes[i];
            m.settled = settled;
            results.add(m);
            System.out.println(m.table());
        }
        String report = report();
        Path file = settings.dataDir().resolve("load-benchmark.md");
        Files.writeString(file, report);
        System.out.println();
        System.out.println("=================== Markdown for BENCHMARKS.md (also in " + file + ") ===================");
        System.out.println(report);
        System.out.println("==========================================================================================");
        long errors = results.stream().mapToLong(Measurement::errors).sum();
        if (errors > 0) {
            throw new IllegalStateException(errors + " requests failed (wrong status or page); see the table");
        }
    }

    /** Connects to the portal's database over H2's AUTO_SERVER connection; result reuse off. */
    private void openDb() throws SQLException {
        db = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        if (!(db.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionRemote)) {
            throw new IllegalStateException("The benchmark opened the H2 database itself instead of the portal's");
        }
        try (Statement st = db.createStatement()) {
            // As in the contractor list benchmark: no answers from H2's last result, every request runs its queries.
            st.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
        if (contractors != null) {
            contractors.use(db);
            contracts.use(db);
        }
    }

    /**
     * Stops the portal, compacts the database and starts the portal again, so that each size is measured on a
     * database in the state use leaves it in, not one still being tidied up after the bulk seeding.
     *
     * <p>Seeding writes up to 1.3 million rows in a few minutes. H2 (MVStore) writes each commit's pages to new chunks
     * of the file and leaves the old ones behind; once the database is read again it rewrites the live pages of those
     * sparse chunks in the background: after seeding 100,000 contractors it was still at it 20 minutes later. That work
     * ran in the portal's process during the measurement: a fifth of what the portal allocated and an eighth of its CPU
     * time (BENCHMARKS.md). A database that grew over years of use has no such backlog. {@code SHUTDOWN COMPACT}, run
     * here on the closed database, rewrites the file once (5.4 GB to 228 MB in 7 s at 100,000); the portal then starts
     * on it afresh (its warm-up includes its JIT) and the users sign in again.
     */
    private String settle(ServerProcess seeding, int size) throws Exception {
        long t0 = System.nanoTime();
        closeDb();
        if (seeding != null) {
            seeding.close();
        }
        if (portal != null) {
            portal.close();
        }
        Path file = settings.dataDir().resolve("db/vrm.mv.db");
        long before = Files.size(file);
        long c0 = System.nanoTime();
        try (Connection embedded = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(),
                settings.dbPassword()); Statement st = embedded.createStatement()) {
            if (embedded.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionRemote) {
                throw new IllegalStateException("The portal still holds the database; it cannot be compacted");
            }
            st.execute("SHUTDOWN COMPACT");
        }
        double compactSeconds = (System.nanoTime() - c0) / 1e9;
        long after = Files.size(file);
        portal = PayaraServer.start(settings, environment(size), "portal-" + size + ".log");
        openDb();
        String line = String.format(Locale.ROOT, "database file %,d MB → %,d MB (SHUTDOWN COMPACT %.0f s), portal "
                + "restarted, %.0f s in all", before >> 20, after >> 20, compactSeconds,
                (System.nanoTime() - t0) / 1e9);
        System.out.println("[benchmark] Settled at " + String.format(Locale.ROOT, "%,d", size) + " contractors: " + line
                + ".");
        return line;
    }

    /** Tops the register up to {@code size} contractors with their contracts, obligations and evidence; ANALYZE. */
    private void grow(int size) throws SQLException {
        long t0 = System.nanoTime();
        long[] range = contractors.seed(size);
        ContractSeeder.Counts c = contracts.seed(range[0], range[1]);
        try (Statement st = db.createStatement()) {
            st.execute("ANALYZE");
        }
        System.out.printf("[benchmark] Grown to %,d contractors: +%,d contracts, +%,d obligations, +%,d submissions "
                + "(%.1f s with ANALYZE); totals: %,d contracts, %,d obligations, %,d submissions.%n", size,
                c.contracts(), c.obligations(), c.submissions(), (System.nanoTime() - t0) / 1e9,
                contractors.count("contract"), contractors.count("obligation"), contractors.count("evidence_submission"));
        contractorIds = sample("SELECT id FROM contractor WHERE id >= ?");
        contractIds = sample("SELECT id FROM contract WHERE id >= ?");
        obligationIds = sample("SELECT o.id FROM obligation o WHERE o.id >= ? AND o.status <> 'OPEN'");
    }

    /** Up to {@link #SAMPLE} ids spread over all seeded rows (every n-th). */
    private long[] sample(String sql) throws SQLException {
        List<Long> all = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql + " ORDER BY 1")) {
            ps.setLong(1, ContractorSeeder.FIRST_ID);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getLong(1));
                }
            }
        }
        int step = Math.max(1, all.size() / SAMPLE);
        long[] ids = new long[Math.min(SAMPLE, all.size())];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = all.get(i * step);
        }
        return ids;
    }

    // ------------------------------------------------------------------------------------------------- users

    /** One user of a role: a Keycloak account, its portal client (one per portal start), and what it has seen. */
    private static final class VirtualUser {
        final String username;
        final Role role;
        PortalClient client;
        String listViewState;

        VirtualUser(String username, Role role) {
            this.username = username;
            this.role = role;
        }
    }

    /**
     * Creates the users in the realm through Keycloak's admin API (bootstrap admin of the master realm): password,
     * their role and {@code demo-mfa-exempt} (the realm's browser flow asks others for TOTP); a contractor user
     * also gets the {@code contractorId} attribute and the portal's account record, as an accepted invitation
     * leaves them.
     */
    private void createUsers() throws Exception {
        long[] withContracts = contractorsForPortalUsers(Role.CONTRACTOR.users);
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(settings.keycloakUrl()).realm("master")
                .clientId("admin-cli").username("admin").password(settings.keycloakAdminPassword()).build()) {
            RealmResource realm = admin.realm(KeycloakServer.REALM);
            RoleRepresentation exempt = realm.roles().get("demo-mfa-exempt").toRepresentation();
            int contractorUser = 0;
            for (Role role : Role.values()) {
                for (int i = 1; i <= role.users; i++) {
                    String username = String.format(Locale.ROOT, "load-%s-%02d", role.name, i);
                    UserRepresentation u = new UserRepresentation();
                    u.setUsername(username);
                    u.setEmail(username + "@example.jp");
                    u.setEmailVerified(true);
                    u.setFirstName("負荷" + i);
                    u.setLastName("試験");
                    u.setEnabled(true);
                    Long contractorId = role == Role.CONTRACTOR ? withContracts[contractorUser++] : null;
                    if (contractorId != null) {
                        u.setAttributes(Map.of("contractorId", List.of(Long.toString(contractorId))));
                    }
                    CredentialRepresentation password = new CredentialRepresentation();
                    password.setType(CredentialRepresentation.PASSWORD);
                    password.setValue(Browser.DEMO_PASSWORD);
                    password.setTemporary(false);
                    u.setCredentials(List.of(password));
                    String id;
                    try (Response r = realm.users().create(u)) {
                        if (r.getStatus() != 201) {
                            throw new IllegalStateException("Keycloak refused user " + username + ": " + r.getStatus()
                                    + " " + r.readEntity(String.class));
                        }
                        String location = r.getLocation().getPath();
                        id = location.substring(location.lastIndexOf('/') + 1);
                    }
                    List<RoleRepresentation> roles = new ArrayList<>(List.of(exempt));
                    for (String name : role.realmRoles) {
                        roles.add(realm.roles().get(name).toRepresentation());
                    }
                    realm.users().get(id).roles().realmLevel().add(roles);
                    if (contractorId != null) {
                        recordPortalAccount(contractorId, id, username);
                    }
                    users.add(new VirtualUser(username, role));
                }
            }
        }
    }

    /** Every user signs in to the portal just started, through Keycloak's login form, with a fresh client. */
    private void signInUsers() throws Exception {
        long t0 = System.nanoTime();
        for (VirtualUser u : users) {
            u.client = new PortalClient(settings.portalUrl());
            u.listViewState = null;
            HttpResponse<String> home = u.client.signIn(u.username, Browser.DEMO_PASSWORD);
            String expected = u.role == Role.CONTRACTOR ? Page.PORTAL_HOME.marker : Page.STAFF_HOME.marker;
            if (!home.body().contains(expected)) {
                throw new IllegalStateException(u.username + " signed in but landed on " + home.uri());
            }
        }
        System.out.printf("[benchmark] %d users signed in through Keycloak's login form (%.1f s): %s%n",
                users.size(), (System.nanoTime() - t0) / 1e9, Arrays.stream(Role.values())
                        .map(r -> r.users + " " + r.name).toList());
    }

    /** Approved seeded contractors that have a running contract with obligations. */
    private long[] contractorsForPortalUsers(int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT c.id FROM contractor c JOIN contract k "
                + "ON k.contractor_id = c.id WHERE c.id >= ? AND c.status = 'APPROVED' AND k.status = 'IN_PROGRESS' "
                + "ORDER BY c.id LIMIT ?")) {
            ps.setLong(1, ContractorSeeder.FIRST_ID);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < n; i++) {
                    if (!rs.next()) {
                        throw new IllegalStateException("Not enough approved contractors with running contracts");
                    }
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private final AtomicLong nextAccountId = new AtomicLong(ContractorSeeder.FIRST_ID);

    private void recordPortalAccount(long contractorId, String keycloakId, String username) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO portal_account (id, contractor_id, keycloak_user_id, "
                + "username, email, family_name, given_name, enabled, sync_pending, last_known_state, invited_by, "
                + "invited_at, version) VALUES (?, ?, ?, ?, ?, '試験', '負荷', TRUE, FALSE, 'ACTIVE', 'load-benchmark', ?, 0)")) {
            ps.setLong(1, nextAccountId.getAndIncrement());
            ps.setLong(2, contractorId);
            ps.setString(3, keycloakId);
            ps.setString(4, username);
            ps.setString(5, username + "@example.jp");
            ps.setObject(6, OffsetDateTime.now(CITY));
            ps.executeUpdate();
        }
    }

    // ------------------------------------------------------------------------------------------------ driving

    /** Latencies of one page, in microseconds. */
    private static final class Samples {
        long[] micros = new long[1024];
        int n;
        long errors;
        String firstError;

        void add(long us) {
            if (n == micros.length) {
                micros = Arrays.copyOf(micros, n * 2);
            }
            micros[n++] = us;
        }

        void addAll(Samples o) {
            for (int i = 0; i < o.n; i++) {
                add(o.micros[i]);
            }
            errors += o.errors;
            if (firstError == null) {
                firstError = o.firstError;
            }
        }

        double percentileMillis(double p) {
            if (n == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(micros, n);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p * n);
            return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1000.0;
        }
    }

    /** One size's measurement: samples per page over the measured seconds. */
    private final class Measurement {
        final Map<Page, Samples> pages = new EnumMap<>(Page.class);
        final double seconds;
        final String loadBefore;
        final boolean quiet;
        String loadAfter;
        /** {@link MachineInfo#cpuCheck} and {@link MachineInfo#memoryCheck}, before the warm-up and after measuring. */
        String speed;
        /** The size measured (a size may be given more than once: the same data on another portal start). */
        int size;
        /** The compaction and restart before it ({@link #settle}). */
        String settled;

        Measurement(double seconds, String loadBefore, boolean quiet) {
            this.seconds = seconds;
            this.loadBefore = loadBefore;
            this.quiet = quiet;
        }

        long errors() {
            return pages.values().stream().mapToLong(s -> s.errors).sum();
        }

        long requests() {
            return pages.values().stream().mapToLong(s -> s.n + s.errors).sum();
        }

        String table() {
            StringBuilder md = new StringBuilder();
            md.append("| page | requests | errors | p50 ms | p95 ms | p99 ms | req/s |\n|---|---|---|---|---|---|---|\n");
            for (Map.Entry<Page, Samples> e : pages.entrySet()) {
                Samples s = e.getValue();
                md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.1f | %s | %.1f | %.1f |%n", e.getKey().label,
                        s.n, s.errors == 0 ? "0" : "**" + s.errors + "**", s.percentileMillis(0.5),
                        p95Cell(e.getKey(), s), s.percentileMillis(0.99), s.n / seconds));
            }
            md.append(String.format(Locale.ROOT, "| **all** | %,d | %d | | | | %.1f |%n", requests() - errors(), errors(),
                    (requests() - errors()) / seconds));
            return md.toString();
        }

        private String p95Cell(Page page, Samples s) {
            double p95 = s.percentileMillis(0.95);
            return page.isPage() && p95 > 150 ? String.format(Locale.ROOT, "**%.1f**", p95)
                    : String.format(Locale.ROOT, "%.1f", p95);
        }
    }

    /**
     * All users at once, each round its role's pages without pause; answers that start in the warm-up or end after
     * the measured window are not timed, but every failure (a 60 s timeout included) that ends after the warm-up is
     * counted.
     */
    private Measurement drive(int warmup, int measured) throws InterruptedException {
        long start = System.nanoTime();
        long from = start + warmup * 1_000_000_000L;
        long until = from + measured * 1_000_000_000L;
        List<Map<Page, Samples>> perUser = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            VirtualUser u = users.get(i);
            Map<Page, Samples> mine = new EnumMap<>(Page.class);
            perUser.add(mine);
            int offset = i;
            Thread t = new Thread(() -> loop(u, offset, mine, from, until), "vu-" + u.username);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Measurement m = current;
        for (Map<Page, Samples> mine : perUser) {
            for (Map.Entry<Page, Samples> e : mine.entrySet()) {
                m.pages.computeIfAbsent(e.getKey(), k -> new Samples()).addAll(e.getValue());
            }
        }
        return m;
    }

    private Measurement current;

    private void loop(VirtualUser u, int offset, Map<Page, Samples> mine, long from, long until) {
        List<Page> round = u.role.round;
        int step = offset % round.size(); // users start at different points of their round
        while (System.nanoTime() < until) {
            Page page = round.get(step);
            step = (step + 1) % round.size();
            long t0 = System.nanoTime();
            String failure;
            try {
                failure = request(u, page);
            } catch (IOException | RuntimeException e) {
                failure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long t1 = System.nanoTime();
            if (failure == null && t0 >= from && t1 <= until) {
                mine.computeIfAbsent(page, k -> new Samples()).add((t1 - t0) / 1_000);
            } else if (failure != null && t1 >= from) {
                // A failure counts even when the request began in the warm-up or ended after the window: a request
                // the portal never answers shows only as the client's timeout, after the window.
                Samples s = mine.computeIfAbsent(page, k -> new Samples());
                s.errors++;
                if (s.firstError == null) {
                    s.firstError = u.username + ": " + failure;
                }
            }
        }
    }

    /** One request of a page; null when the right page came back, else what was wrong. */
    private String request(VirtualUser u, Page page) throws IOException, InterruptedException {
        HttpResponse<String> r;
        switch (page) {
            case CONTRACTOR_VIEW -> r = u.client.get(page.path + pick(contractorIds));
            case CONTRACT_VIEW -> r = u.client.get(page.path + pick(contractIds));
            case OBLIGATION -> r = u.client.get(page.path + pick(obligationIds));
            case CONTRACTOR_LIST_AJAX -> {
                if (u.listViewState == null) {
                    return "no view state from the contractor list";
                }
                Map<String, String> f = new LinkedHashMap<>();
                f.put("jakarta.faces.partial.ajax", "true");
                f.put("jakarta.faces.source", LoadMix.TABLE);
                f.put("jakarta.faces.partial.execute", LoadMix.TABLE);
                f.put("jakarta.faces.partial.render", LoadMix.TABLE);
                f.put(LoadMix.TABLE, LoadMix.TABLE);
                f.put(LoadMix.TABLE + "_pagination", "true");
                f.put(LoadMix.TABLE + "_first", "20");
                f.put(LoadMix.TABLE + "_rows", "20");
                f.put(LoadMix.TABLE + "_skipChildren", "true");
                f.put(LoadMix.TABLE + "_encodeFeature", "true");
                f.put(LoadMix.FORM, LoadMix.FORM);
                f.put("jakarta.faces.ViewState", u.listViewState);
                r = u.client.ajax(page.path, f);
                if (r.statusCode() == 200 && r.body().contains("<error>")) {
                    return "ajax error: " + abbreviate(r.body());
                }
            }
            default -> r = u.client.get(page.path);
        }
        if (page == Page.CONTRACTOR_LIST) {
            u.listViewState = PortalClient.viewState(r.body());
        }
        if (r.statusCode() != 200) {
            return "status " + r.statusCode() + " at " + r.uri();
        }
        if (!r.body().contains(page.marker)) {
            return "not the page (no " + page.marker + ") at " + r.uri() + ": " + abbreviate(r.body());
        }
        return null;
    }

    private static long pick(long[] ids) {
        return ids[ThreadLocalRandom.current().nextInt(ids.length)];
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    // ------------------------------------------------------------------------------------------- quiet machine

    /** Waits (10 minutes at most by default) for the load average to fall below the bound; the report says whether it did. */
    private void awaitQuietMachine(int size) throws InterruptedException {
        long deadline = System.nanoTime() + quietWaitSeconds * 1_000_000_000L;
        double load = oneMinuteLoad();
        while (load >= quietLoad && System.nanoTime() < deadline) {
            System.out.printf("[benchmark] Load average %.2f >= %.2f: waiting for a quiet machine ...%n", load, quietLoad);
            Thread.sleep(15_000);
            load = oneMinuteLoad();
        }
        boolean quiet = load < quietLoad;
        if (!quiet) {
            notes.add(String.format(Locale.ROOT, "%,d contractors: measured on a BUSY machine (load average %.2f after "
                    + "waiting %d s for it to fall below %.1f): other jobs shared the two cores", size, load, quietWaitSeconds,
                    quietLoad));
        }
        current = new Measurement(seconds, MachineInfo.loadAverage(), quiet);
    }

    private static double oneMinuteLoad() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------------------------------------- report

    private String report() throws IOException, SQLException {
        StringBuilder md = new StringBuilder();
        md.append("## Whole portal under load (20 users)\n\n");
        md.append("Command: `").append(COMMAND).append("`. ").append(machine()).append("\n\n");
        md.append(String.format(Locale.ROOT, "Method: %d users (%s) created in Keycloak through its admin API and "
                + "signed in through its login form, each with its own `java.net.http` client and portal session; "
                + "one thread per user going round its role's pages with no think time; per size a portal started "
                + "afresh on the compacted database (below) and the users signed in again, %d s warm-up (which also "
                + "warms the portal's JIT), then "
                + "%d s measured (answers started in the warm-up or ending after the window not timed; a failure, the "
                + "client's 60 s timeout included, counted whenever it ends after the warm-up). Latency: "
                + "request sent to last byte of the body, on loopback. Every response checked for status 200 and a "
                + "marker of the right page (the ajax POST: the table's `<update>` and no `<error>`); failures are "
                + "counted as errors, not timed. Ids of contractors, contracts and obligations picked at random from "
                + "2,000 spread over the seeded rows. The ajax action: page 2 of the contractor list (a PrimeFaces "
                + "partial POST with the view state of the user's last list page). H2 result reuse off. The reminder "
                + "job off (`VRM_REMINDERS_HOURS=off`).%n%n", users.size(), Arrays.stream(Role.values())
                        .map(r -> r.users + " " + r.name).reduce((a, b) -> a + ", " + b).orElse(""), warmupSeconds,
                seconds));
        md.append(String.format(Locale.ROOT, "Data at the end: %,d contractors, %,d contracts, %,d obligations, %,d "
                + "evidence submissions (each with a file row). Seeded by JDBC (ContractorSeeder, ContractSeeder) and "
                + "ANALYZE after each growth; %s in one run. After each growth the portal is "
                + "stopped, the database compacted (`SHUTDOWN COMPACT`: H2 would otherwise spend the measurement "
                + "rewriting the chunks the bulk seeding left behind) and the portal started again.%n%n",
                contractors.count("contractor"), contractors.count("contract"), contractors.count("obligation"),
                contractors.count("evidence_submission"), results.stream()
                        .map(m -> String.format(Locale.ROOT, "%,d", m.size)).collect(Collectors.joining(" → "))));
        for (Measurement m : results) {
            md.append(String.format(Locale.ROOT, "### %,d contractors%n%nLoad average before %s, after %s%s. Speed "
                    + "checks (one thread): %s. %s.%n%n", m.size, m.loadBefore, m.loadAfter,
                    m.quiet ? "" : " (**busy machine**)", m.speed,
                    Character.toUpperCase(m.settled.charAt(0)) + m.settled.substring(1)));
            md.append(m.table()).append('\n');
            for (Map.Entry<Page, Samples> e : m.pages.entrySet()) {
                if (e.getValue().firstError != null) {
                    md.append("- first error of ").append(e.getKey().label).append(": ").append(e.getValue().firstError)
                            .append('\n');
                }
            }
        }
        Measurement small = results.get(0);
        Measurement large = results.get(results.size() - 1);
        md.append(String.format(Locale.ROOT, "### Targets%n%n| page | p95 %,d | p95 %,d | ratio | p95 ≤ 150 ms at "
                + "every size | ratio ≤ 1.3 |%n|---|---|---|---|---|---|%n", small.size, large.size));
        for (Page page : Page.values()) {
            if (!page.isPage() || !small.pages.containsKey(page)) {
                continue;
            }
            double a = small.pages.get(page).percentileMillis(0.95);
            double b = large.pages.containsKey(page) ? large.pages.get(page).percentileMillis(0.95) : Double.NaN;
            boolean under = results.stream().allMatch(m -> m.pages.containsKey(page)
                    && m.pages.get(page).percentileMillis(0.95) <= 150);
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %s | %s |%n", page.label, a, b, b / a,
                    under ? "yes" : "**no**", b / a <= 1.3 ? "yes" : "**no**"));
        }
        for (String note : notes) {
            md.append("\n").append(note).append('\n');
        }
        return md.toString();
    }

    private String machine() throws IOException {
        return String.format(Locale.ROOT, "Machine: %s; portal on Java %s (Payara Micro, "
                + "-Xmx512m -XX:+UseSerialGC, %s request threads), Keycloak %s, H2 %s file database (AUTO_SERVER); "
                + "client (this JVM) on the same machine. %s.", MachineInfo.hardware(), System.getProperty("java.version"),
                PayaraServer.requestThreads(environment), settings.keycloakVersion(),
                org.h2.engine.Constants.VERSION, today);
    }
}
