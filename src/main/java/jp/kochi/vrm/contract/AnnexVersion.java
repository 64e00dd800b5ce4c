package jp.kochi.vrm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kochi.vrm.audit.AuditedEntity;

/**
 * One generated annex PDF of a contract. Written once, never changed: who generated it, when, the SHA-256 of
 * the bytes, and the fingerprint of what it printed (the next version is made only when that changes).
 */
@Entity
@Table(name = "annex_version")
@NamedQuery(name = AnnexVersion.OF_CONTRACT,
        query = "SELECT a FROM AnnexVersion a WHERE a.contract.id = :contract ORDER BY a.versionNo DESC")
public class AnnexVersion extends AuditedEntity {

    public static final String OF_CONTRACT = "AnnexVersion.ofContract";

    @Id
    @SequenceGenerator(name = "annex_version_seq", sequenceName = "annex_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annex_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private OffsetDateTime generatedAt;

    @Column(name = "generated_by", nullable = false, length = 100, updatable = false)
    private String generatedBy;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    @Column(name = "page_count", nullable = false, updatable = false)
    private int pageCount;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    protected AnnexVersion() {
    }

    AnnexVersion(Contract contract, int versionNo, OffsetDateTime generatedAt, String generatedBy, String sha256,
            String fingerprint, int pageCount, long sizeBytes) {
        this.contract = contract;
        this.versionNo = versionNo;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.sha256 = sha256;
        this.fingerprint = fingerprint;
        this.pageCount = pageCount;
        this.sizeBytes = sizeBytes;
    }

    /** The download name, e.g. {@code 2026-情政-001_特記事項_第2版.pdf}. */
    public String fileName() {
        return contract.getContractNumber().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "_特記事項_第" + versionNo + "版.pdf";
    }

    public Long getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public OffsetDateTime getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public int getPageCount() {
        return pageCount;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    @Override
    public String auditId() {
        return contract.getContractNumber() + " 特記事項 第" + versionNo + "版";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("contract", contract.getContractNumber());
        state.put("versionNo", Integer.toString(versionNo));
        state.put("generatedBy", generatedBy);
        state.put("sha256", sha256);
        state.put("fingerprint", fingerprint);
        state.put("pageCount", Integer.toString(pageCount));
        state.put("sizeBytes", Long.toString(sizeBytes));
        return state;
    }
}
