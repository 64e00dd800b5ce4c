package jp.kochi.vrm.cloud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import jp.kochi.vrm.classification.ConfidentialityLevel;

/** Reference data: the highest level a basis of assurance allows (domain.md section 5; a data change, not code). */
@Entity
@Table(name = "external_assurance")
public class Assurance {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AssuranceBasis code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "max_level", nullable = false)
    private ConfidentialityLevel maxLevel;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(name = "label_en", nullable = false, length = 80)
    private String labelEn;

    protected Assurance() {
    }

    public AssuranceBasis getCode() {
        return code;
    }

    public ConfidentialityLevel getMaxLevel() {
        return maxLevel;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : label;
    }
}
