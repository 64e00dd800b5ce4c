package jp.kochi.vrm.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads through staging and checks into the file-system storage: accepted ones are kept, refused ones leave nothing. */
class EvidenceIntakeTest {

    @TempDir
    Path data;

    @Test
    void anAcceptedUploadIsStoredUnderAGeneratedKeyWithItsHash() throws IOException {
        FileSystemEvidenceStorage storage = new FileSystemEvidenceStorage(data);
        byte[] pdf = EvidenceInspectorTest.pdf(null);
        EvidenceIntake.Accepted in = EvidenceIntake.take(storage, "../完了報告書.pdf".substring(3),
                new ByteArrayInputStream(pdf), 1024 * 1024);
        assertEquals(EvidenceInspector.PDF, in.mediaType());
        assertEquals(pdf.length, in.size());
        assertEquals(EvidenceInspectorTest.sha256(pdf), in.sha256());
        assertEquals(32, in.storageKey().length());
        try (InputStream stored = storage.open(in.storageKey())) {
            assertArrayEquals(pdf, stored.readAllBytes());
        }
        assertEquals(1, files().count(), "one stored file, no staging leftovers");
        assertEquals("not a storage key", assertThrows(IllegalArgumentException.class,
                () -> storage.open("../../etc/passwd")).getMessage());
    }

    @Test
    void refusedUploadsLeaveNothingBehind() throws IOException {
        FileSystemEvidenceStorage storage = new FileSystemEvidenceStorage(data);
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("evidence.typeNotAccepted", refusal(storage, "certificate.pdf", script, 1024));
        assertEquals("evidence.nameInvalid", refusal(storage, "../x.pdf", EvidenceInspectorTest.pdf(null), 1024 * 1024));
        assertEquals("evidence.tooLarge", refusal(storage, "big.pdf", new byte[2048], 1024));
        assertEquals("evidence.empty", refusal(storage, "empty.pdf", new byte[0], 1024));
        assertEquals(0, files().count(), "nothing stored, nothing staged");
    }

    private static String refusal(EvidenceStorage storage, String name, byte[] content, long max) {
        return assertThrows(BusinessRuleViolation.class,
                () -> EvidenceIntake.take(storage, name, new ByteArrayInputStream(content), max)).messageKey();
    }

    private Stream<Path> files() throws IOException {
        return Files.walk(data).filter(Files::isRegularFile);
    }
}
