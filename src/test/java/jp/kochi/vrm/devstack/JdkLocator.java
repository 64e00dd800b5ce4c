package jp.kochi.vrm.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Finds a JDK of at least a given feature version (Keycloak 26 needs 21). */
public final class JdkLocator {

    /** Environment variable that names the JDK for Keycloak explicitly. */
    public static final String KEYCLOAK_JAVA_HOME = "KEYCLOAK_JAVA_HOME";

    private JdkLocator() {
    }

    public static Path locate(int minimumVersion) {
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getenv(KEYCLOAK_JAVA_HOME);
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit);
            if (version(home).orElse(0) >= minimumVersion) {
                return home;
            }
            throw new IllegalStateException(KEYCLOAK_JAVA_HOME + "=" + explicit + " is not a JDK " + minimumVersion
                    + " or newer (Keycloak needs one).");
        }
        for (String env : List.of("JAVA_HOME")) {
            String value = System.getenv(env);
            if (value != null && !value.isBlank()) {
                candidates.add(Path.of(value));
            }
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String dir : List.of("/usr/lib/jvm", "/opt/java", "/usr/local/lib/jvm",
                System.getProperty("user.home") + "/.sdkman/candidates/java")) {
            Path root = Path.of(dir);
            if (Files.isDirectory(root)) {
                try (DirectoryStream<Path> homes = Files.newDirectoryStream(root)) {
                    homes.forEach(candidates::add);
                } catch (IOException e) {
                    // unreadable folder: not a candidate
                }
            }
        }
        return candidates.stream()
                .filter(home -> version(home).orElse(0) >= minimumVersion)
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .max((a, b) -> Integer.compare(version(a).orElse(0), version(b).orElse(0)))
                .orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK " + minimumVersion
                        + " or newer and none was found (looked at JAVA_HOME, the running JDK and /usr/lib/jvm). "
                        + "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set "
                        + KEYCLOAK_JAVA_HOME + " to its folder."));
    }

    /** The feature version from a JDK's {@code release} file. */
    static Optional<Integer> version(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String v = p.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = v.startsWith("1.") ? v.substring(2, 3) : v.split("[.+-]")[0];
        try {
            return Optional.of(Integer.parseInt(feature));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
