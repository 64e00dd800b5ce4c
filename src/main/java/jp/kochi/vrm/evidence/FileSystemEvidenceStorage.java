package jp.kochi.vrm.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * Evidence kept as files in the data folder ({@code VRM_DATA_DIR/evidence/ab/<uuid>}), written once and only
 * read afterwards. Staging is a sibling folder, so taking a checked upload in is a rename.
 */
@ApplicationScoped
public class FileSystemEvidenceStorage implements EvidenceStorage {

    @Inject
    private PortalSettings settings;

    private Path root;

    public FileSystemEvidenceStorage() {
    }

    /** A storage under {@code dataDir} outside the container (tests). */
    public FileSystemEvidenceStorage(Path dataDir) {
        this.root = dataDir.resolve("evidence");
    }

    @PostConstruct
    void init() {
        root = settings.dataDir().resolve("evidence");
    }

    @Override
    public Path stagingDir() {
        return root.resolve("staging");
    }

    @Override
    public String put(Path staged) throws IOException {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = path(key);
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(staged, target);
        }
        return key;
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
