package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmarks say about the machine they ran on, read from /proc and /etc/os-release. */
final class MachineInfo {

    private MachineInfo() {
    }

    /** "CPU model, N cores, X GiB RAM, OS". */
    static String hardware() throws IOException {
        String cpu = "?";
        int cores = 0;
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name") && "?".equals(cpu)) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
            }
            if (line.startsWith("processor")) {
                cores++;
            }
        }
        long memKib = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memKib = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        String os = "Linux";
        Path release = Path.of("/etc/os-release");
        if (Files.isRegularFile(release)) {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("PRETTY_NAME=")) {
                    os = line.substring(12).replace("\"", "");
                }
            }
        }
        return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB RAM, %s", cpu, cores, memKib / 1024.0 / 1024.0, os);
    }

    /**
     * A check of how fast the machine is right now: SHA-256 over 8 MB in memory, again and again on one thread for
     * about {@code seconds}, in MB/s. On a virtual machine a size measured in a slow minute is slower on every page;
     * this tells whether the core itself was slower then (it stays in cache, so memory contention does not show).
     */
    static double cpuCheck(double seconds) {
        byte[] data = new byte[8 << 20];
        new java.util.Random(42).nextBytes(data);
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            long t0 = System.nanoTime();
            long deadline = t0 + (long) (seconds * 1e9);
            long bytes = 0;
            byte first = 0;
            do {
                first ^= sha.digest(data)[0];
                bytes += data.length;
            } while (System.nanoTime() < deadline);
            data[0] = first; // the digests are used, so they are computed
            return bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The memory side of {@link #cpuCheck}: dependent reads at random places in 64 MB (more than the processor's
     * caches hold), on one thread for about {@code seconds}, in millions of reads per second. Slower when other
     * tenants of the host keep its memory busy, which the SHA-256 check does not see.
     */
    static double memoryCheck(double seconds) {
        int n = 16 << 20;
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = i;
        }
        java.util.Random random = new java.util.Random(42);
        for (int i = n - 1; i > 0; i--) { // Sattolo: one cycle through every slot
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        long t0 = System.nanoTime();
        long deadline = t0 + (long) (seconds * 1e9);
        long reads = 0;
        int at = 0;
        do {
            for (int k = 0; k < 100_000; k++) {
                at = next[at];
            }
            reads += 100_000;
        } while (System.nanoTime() < deadline);
        next[0] = at; // the chain is used, so it is followed
        return reads / 1e6 / ((System.nanoTime() - t0) / 1e9);
    }

    /** The 1, 5 and 15 minute load averages, or "?". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
