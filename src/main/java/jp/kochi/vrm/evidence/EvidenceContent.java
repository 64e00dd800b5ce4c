package jp.kochi.vrm.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence file, apart from its record so that lists never load them. */
@Entity
@Table(name = "evidence_content")
class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceContent() {
    }

    EvidenceContent(Long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
