package jp.kochi.vrm.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kochi.vrm.annex.AnnexDocument;
import jp.kochi.vrm.annex.AnnexRenderer;
import jp.kochi.vrm.audit.StoredRecords;

/**
 * Writes a contract's annex as an immutable version, inside the caller's transaction. A new version is made
 * only when what the annex prints changed since the last one; otherwise the last one is the answer. Callers
 * ({@link ContractService}, the demo data) check who may do this.
 */
@ApplicationScoped
public class AnnexWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AnnexPrinter printer;

    List<AnnexVersion> versions(Long contractId) {
        return em.createNamedQuery(AnnexVersion.OF_CONTRACT, AnnexVersion.class).setParameter("contract", contractId)
                .getResultList();
    }

    AnnexVersion write(Contract c, String actor) {
        List<AnnexVersion> versions = versions(c.getId());
        AnnexVersion latest = versions.isEmpty() ? null : versions.get(0);
        String fingerprint = ContractAnnex.fingerprint(ContractAnnex.document(c, 1, LocalDate.now(clock), printer.issuer()));
        if (latest != null && latest.getFingerprint().equals(fingerprint)) {
            return latest;
        }
        int next = latest == null ? 1 : latest.getVersionNo() + 1;
        AnnexDocument document = ContractAnnex.document(c, next, LocalDate.now(clock), printer.issuer());
        AnnexRenderer.Rendered pdf = printer.print(document);
        AnnexVersion v = new AnnexVersion(c, next, OffsetDateTime.now(clock), actor, ContractAnnex.sha256(pdf.pdf()),
                fingerprint, pdf.pageCount(), pdf.pdf().length);
        em.persist(v);
        StoredRecords.flush(em);
        em.persist(new AnnexContent(v.getId(), pdf.pdf()));
        return v;
    }
}
