package jp.kochi.vrm.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/**
 * 機密性 (confidentiality) level of the 総務省 guideline (自治体機密性3A … 1). Reference data seeded by the
 * migration, so a revision of the guideline is a data change; {@code rank} orders the levels.
 */
@Entity
@Table(name = "confidentiality_level")
@NamedQuery(name = ConfidentialityLevel.ALL, query = "SELECT l FROM ConfidentialityLevel l ORDER BY l.rank DESC")
public class ConfidentialityLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "ConfidentialityLevel.all";

    /** The rank from which a level counts as one of the highest (3B and above): named approval, high risk. */
    public static final int HIGHEST_FROM_RANK = 4;

    @Id
    @Column(length = 4)
    private String code;

    @Column(nullable = false)
    private int rank;

    @Column(nullable = false, length = 40)
    private String label;

    @Column(name = "label_en", nullable = false, length = 60)
    private String labelEn;

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(name = "summary_en", nullable = false, length = 300)
    private String summaryEn;

    /** Information of this level may be put only into an external service storing it in Japan under Japanese law. */
    @Column(name = "external_domestic_only", nullable = false)
    private boolean externalDomesticOnly;

    protected ConfidentialityLevel() {
    }

    /** A level outside the database, for unit tests of the rules. */
    public static ConfidentialityLevel of(String code, int rank) {
        return of(code, rank, false);
    }

    /** A level outside the database, for unit tests of the rules. */
    public static ConfidentialityLevel of(String code, int rank, boolean externalDomesticOnly) {
        ConfidentialityLevel level = new ConfidentialityLevel();
        level.externalDomesticOnly = externalDomesticOnly;
        level.code = code;
        level.rank = rank;
        level.label = "自治体機密性" + code;
        level.labelEn = "Municipal confidentiality " + code;
        level.summary = "";
        level.summaryEn = "";
        return level;
    }

    public String getCode() {
        return code;
    }

    public int getRank() {
        return rank;
    }

    /** One of the highest levels (3B, 3A). */
    public boolean isHighest() {
        return rank >= HIGHEST_FROM_RANK;
    }

    /** Only an external service storing and processing in Japan under Japanese law may hold this level. */
    public boolean isExternalDomesticOnly() {
        return externalDomesticOnly;
    }

    /** Ranked above {@code other}: more confidential. */
    public boolean isAbove(ConfidentialityLevel other) {
        return rank > other.rank;
    }

    /** 機密性2 or above: anything that is not public information. */
    public boolean isConfidential() {
        return rank >= 2;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : label;
    }

    public String summary(Locale locale) {
        return "en".equals(locale.getLanguage()) ? summaryEn : summary;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfidentialityLevel other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
