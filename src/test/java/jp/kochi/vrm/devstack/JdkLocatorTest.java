package jp.kochi.vrm.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkLocatorTest {

    private static Path jdk(Path root, String name, String javaVersion) throws IOException {
        Path home = Files.createDirectories(root.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        return home;
    }

    @Test
    void readsTheFeatureVersionOfModernAndOldJdks(@TempDir Path root) throws IOException {
        assertEquals(Optional.of(25), JdkLocator.version(jdk(root, "t25", "25.0.1")));
        assertEquals(Optional.of(21), JdkLocator.version(jdk(root, "t21", "21")));
        assertEquals(Optional.of(17), JdkLocator.version(jdk(root, "o17", "17.0.15")));
        assertEquals(Optional.of(8), JdkLocator.version(jdk(root, "o8", "1.8.0_402")));
    }

    @Test
    void aFolderWithoutReleaseFileIsNoJdk(@TempDir Path root) {
        assertEquals(Optional.empty(), JdkLocator.version(root));
    }
}
