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
