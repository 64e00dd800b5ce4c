package jp.kochi.vrm.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where evidence bytes live, under keys the portal generates (never the uploader's file name). The default,
 * {@link FileSystemEvidenceStorage}, keeps them in the data folder; another store (object storage, a
 * document system) implements this interface.
 */
public interface EvidenceStorage {

    /** A folder for uploads being received and checked, on the same file system as the store. */
    Path stagingDir();

    /** Takes a checked staged file into the store (the staged file is gone afterwards); returns its key. */
    String put(Path staged) throws IOException;

    /** Removes a stored file (used only when the transaction that stored it rolls back). */
    void delete(String key) throws IOException;

    /** The stored bytes, as a stream to send on. */
    InputStream open(String key) throws IOException;
}
