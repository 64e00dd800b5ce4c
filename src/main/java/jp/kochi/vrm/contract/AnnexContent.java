package jp.kochi.vrm.contract;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a generated annex, apart from its record so that version lists never load them. */
@Entity
@Table(name = "annex_content")
class AnnexContent {

    @Id
    @Column(name = "annex_id")
    private Long annexId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected AnnexContent() {
    }

    AnnexContent(Long annexId, byte[] content) {
        this.annexId = annexId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
