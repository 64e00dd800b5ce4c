package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server started as a child process, with its output in a log file, stopped with its descendants. */
public class ServerProcess implements AutoCloseable {

    /** HTTP/1.1 as browsers and load balancers speak it (see the h2c upgrade notes in README). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path log;
    private final Process process;

    public ServerProcess(String name, List<String> command, Map<String, String> environment, Path workDir, Path log)
            throws IOException {
        this.name = name;
        this.log = log;
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        this.process = builder.start();
    }

    /** Fails with a clear message when a port is already taken (another portal or Keycloak still running?). */
    public static void requireFreePort(int port, String what) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("0.0.0.0", port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + what + " is already in use. Stop what runs "
                    + "there (another portal or Keycloak?) or choose other ports (see README).");
        }
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code url} answers with {@code expectedStatus}; fails early if the process dies. */
    public void awaitHttp(String url, int expectedStatus, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue()
                        + "); see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
                last = response.statusCode();
                if (last == expectedStatus) {
                    return;
                }
            } catch (IOException e) {
                last = -1;
            }
            Thread.sleep(500);
        }
        dumpThreads();
        throw new IllegalStateException(name + " did not answer " + expectedStatus + " at " + url + " within "
                + timeout.toSeconds() + " s (last status " + last + "); see " + log + " (thread dump at its end)");
    }

    /** Appends a thread dump of the server's JVM (and of its descendants) to its log, to see where it waits. */
    private void dumpThreads() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<ProcessHandle> jvms = new java.util.ArrayList<>(List.of(process.toHandle()));
        process.descendants().forEach(jvms::add);
        for (ProcessHandle jvm : jvms) {
            try {
                Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(jvm.pid()), "Thread.print")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
                dump.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                // no jcmd here: the message above still names the log
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
