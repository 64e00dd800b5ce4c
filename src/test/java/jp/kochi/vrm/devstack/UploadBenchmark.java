package jp.kochi.vrm.devstack;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kochi.vrm.it.Browser;
import org.openqa.selenium.By;

/**
 * One large evidence upload through the contractor portal, on loopback, while the portal's heap is watched
 * ({@code ./mvnw -Pupload-benchmark}; results in BENCHMARKS.md). The portal runs with its evidence limit and the
 * container's multipart bound raised for the run (the profile builds its own WAR for that). Chromium signs in as
 * the demo contractor and opens an obligation; the upload itself is a plain multipart POST of the same form (the
 * browser would hide the server's timing behind its own file reading). The heap is read with {@code jstat}; the
 * live heap is read after a full collection ({@code jcmd GC.run}) before, three times during (at 25, 50 and 75 % of
 * the bytes sent) and after the upload, so garbage that a collection would free does not count as growth.
 */
public final class UploadBenchmark {

    private UploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mb = Integer.getInteger("benchmark.mb", 100);
        Path dataDir = BenchmarkStack.dataDir("/tmp/vrm-upload-benchmark");
        StackSettings s = BenchmarkStack.settings(dataDir, 38080, 38180, 39000, 5985, 38025);
        Map<String, String> env = PayaraServer.environment(s);
        env.put("VRM_EVIDENCE_MAX_MB", Integer.toString(mb + 10));
        BenchmarkStack.run(s, env, portal -> measure(s, portal, mb, dataDir));
    }

    private static void measure(StackSettings s, ServerProcess portal, int mb, Path dataDir) throws Exception {
        Path file = dataDir.resolve("upload").resolve("アクセスログ.csv");
        long size = writeAccessLog(file, mb * 1024L * 1024L);
        String sha256 = sha256(file);
        System.out.printf("[benchmark] %s: %,d bytes, SHA-256 %s%n", file.getFileName(), size, sha256);

        String obligationUrl;
        String viewState;
        String session;
        try (Browser browser = new Browser(s.portalUrl())) {
            browser.signIn("contractor-demo");
            browser.click(By.xpath("(//table[contains(@class, 'obligations-DUE')]//tr[td[4]//span[normalize-space()='提出待ち']])[1]//a"));
            obligationUrl = browser.currentUrl();
            viewState = browser.driver().findElement(By.cssSelector("#submitForm input[name='jakarta.faces.ViewState']"))
                    .getAttribute("value");
            session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        }

        long pid = portal.pid();
        Heap heap = new Heap(pid);
        long baseline = heap.liveKb();
        String boundary = "----vrm-benchmark-" + Long.toHexString(System.nanoTime());
        byte[] head = (part(boundary, "submitForm", "submitForm") + part(boundary, "submitForm:comment", "")
                + part(boundary, "submitForm:submit", "提出する")
                + part(boundary, "jakarta.faces.ViewState", viewState)
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"submitForm:files\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + size + tail.length;
        AtomicLong sent = new AtomicLong();
        List<Long> liveDuring = new ArrayList<>();
        long[] marks = {size / 4, size / 2, size * 3 / 4};
        HttpRequest request = HttpRequest.newBuilder(URI.create(obligationUrl))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(new ByteArrayInputStream(head), new SequenceInputStream(
                                counting(file, sent, marks, () -> liveDuring.add(heap.liveKb())),
                                new ByteArrayInputStream(tail)))), length))
                .build();
        heap.startSampling();
        long t0 = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peakUsed = heap.stopSampling();
        long after = heap.liveKb();

        boolean stored = response.statusCode() == 200 && response.body().contains("提出しました（第1版）")
                && response.body().contains(sha256);
        long maxLive = Math.max(after, liveDuring.stream().mapToLong(Long::longValue).max().orElse(after));
        System.out.println();
        System.out.println("[benchmark] Result (copy into BENCHMARKS.md)");
        System.out.printf("| upload | %d MB CSV through /portal/obligation.xhtml |%n", mb);
        System.out.printf("| HTTP status, stored with the same SHA-256 | %d, %s |%n", response.statusCode(), stored ? "yes" : "NO");
        System.out.printf("| time (request start to response end) | %.2f s (%.0f MB/s) |%n", seconds, size / 1048576.0 / seconds);
        System.out.printf("| live heap before (after a full GC) | %,d KB |%n", baseline);
        System.out.printf("| live heap during (after full GCs at 25/50/75 %%) | %s KB |%n",
                String.join(" / ", liveDuring.stream().map(v -> String.format("%,d", v)).toList()));
        System.out.printf("| live heap after | %,d KB |%n", after);
        System.out.printf("| **live heap growth** (max during/after − before) | **%,d KB (%.1f MB)** |%n",
                maxLive - baseline, (maxLive - baseline) / 1024.0);
        System.out.printf("| peak used heap incl. garbage (jstat, every 50 ms) | %,d KB |%n", peakUsed);
        if (!stored) {
            throw new IllegalStateException("The upload was not stored; response " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** A CSV export of an access log, the kind of large evidence a contractor hands in. */
    static long writeAccessLog(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "日時,送信元IP,利用者ID,操作,対象,結果,バイト数\n";
            w.write(header);
            long written = header.getBytes(StandardCharsets.UTF_8).length;
            long i = 0;
            while (written < bytes) {
                String line = String.format("2026-11-%02dT%02d:%02d:%02d+09:00,192.0.2.%d,user%05d,参照,/records/%d,成功,%d%n",
                        1 + (i / 86400) % 25, (i / 3600) % 24, (i / 60) % 60, i % 60, i % 250, i % 997, i, 512 + i % 4096);
                w.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
                i++;
            }
        }
        return Files.size(file);
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file's bytes, calling {@code atMark} once as each mark is passed. */
    private static InputStream counting(Path file, AtomicLong sent, long[] marks, Runnable atMark) {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                private int next;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0 && next < marks.length && sent.addAndGet(n) >= marks[next]) {
                        next++;
                        atMark.run();
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The portal's heap, read with the JDK's jstat and jcmd. */
    static final class Heap {
        private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
        private final long pid;
        private Process sampler;
        private Thread reader;
        private volatile long peak;

        Heap(long pid) {
            this.pid = pid;
        }

        /** Used heap after a full collection, in KB. */
        long liveKb() {
            try {
                run(tool("jcmd"), Long.toString(pid), "GC.run");
                List<String> lines = run(tool("jstat"), "-gc", Long.toString(pid));
                return usedKb(lines.get(0), lines.get(1));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot read the portal's heap", e);
            }
        }

        void startSampling() throws IOException {
            sampler = new ProcessBuilder(tool("jstat"), "-gc", Long.toString(pid), "50").redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(sampler.getInputStream(), StandardCharsets.UTF_8))) {
                    String header = r.readLine();
                    for (String line; (line = r.readLine()) != null;) {
                        if (!line.isBlank() && !line.strip().startsWith("S0C")) {
                            peak = Math.max(peak, usedKb(header, line));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // sampling ends with the process
                }
            });
            reader.start();
        }

        long stopSampling() throws InterruptedException {
            sampler.destroy();
            reader.join(5000);
            return peak;
        }

        /** S0U + S1U + EU + OU of a {@code jstat -gc} line. */
        static long usedKb(String header, String line) {
            String[] names = header.strip().split("\\s+");
            String[] values = line.strip().split("\\s+");
            double used = 0;
            for (int i = 0; i < names.length && i < values.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                    Matcher m = NUMBER.matcher(values[i]);
                    if (m.find()) {
                        used += Double.parseDouble(m.group());
                    }
                }
            }
            return Math.round(used);
        }

        private static String tool(String name) {
            return Path.of(System.getProperty("java.home"), "bin", name).toString();
        }

        private static List<String> run(String... command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            p.waitFor();
            return lines;
        }
    }
}
