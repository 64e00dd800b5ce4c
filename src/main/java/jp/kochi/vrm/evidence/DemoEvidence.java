package jp.kochi.vrm.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Evidence files for the demo data only: a one-page PDF stored as if the named person had uploaded it,
 * through the same content check as every upload. Called by demo loaders, which run only when demo data is
 * switched on; no page or endpoint reaches it.
 */
@ApplicationScoped
public class DemoEvidence {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EvidenceStorage storage;

    /** Stores a blank PDF titled {@code title} as uploaded by {@code actor} at {@code at}. */
    public EvidenceFile store(String fileName, String title, String actor, OffsetDateTime at) {
        EvidenceIntake.Accepted in = EvidenceIntake.take(storage, fileName, new ByteArrayInputStream(blankPdf(title)),
                Long.MAX_VALUE);
        EvidenceFile file = new EvidenceFile(fileName, in.mediaType(), in.size(), in.sha256(), at, actor,
                in.storageKey());
        em.persist(file);
        return file;
    }

    private static byte[] blankPdf(String title) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
