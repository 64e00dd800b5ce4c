package jp.kochi.vrm.clause;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kochi.vrm.classification.ConfidentialityLevel;

/**
 * One row of a clause's applicability: every condition set on it must hold for the contract's facts (a row
 * with none set always holds). Conditions left unset ({@code false} / {@code null}) do not matter. A clause is
 * mandatory when any of its rows holds ({@link ClauseSelection}).
 */
@Embeddable
public class ApplicabilityRule {

    /** The contract handles information of this level or above. */
    @ManyToOne
    @JoinColumn(name = "min_confidentiality")
    private ConfidentialityLevel minConfidentiality;

    @Column(name = "personal_info", nullable = false)
    private boolean personalInfo;

    @Column(name = "my_number", nullable = false)
    private boolean myNumber;

    @Column(name = "cloud_service", nullable = false)
    private boolean cloudService;

    @Column(name = "on_site_work", nullable = false)
    private boolean onSiteWork;

    @Column(nullable = false)
    private boolean subcontracting;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private NetworkSegment segment;

    @Column(name = "min_integrity")
    private Integer minIntegrity;

    @Column(name = "min_availability")
    private Integer minAvailability;

    protected ApplicabilityRule() {
    }

    private ApplicabilityRule(Builder b) {
        this.minConfidentiality = b.minConfidentiality;
        this.personalInfo = b.personalInfo;
        this.myNumber = b.myNumber;
        this.cloudService = b.cloudService;
        this.onSiteWork = b.onSiteWork;
        this.subcontracting = b.subcontracting;
        this.segment = b.segment;
        this.minIntegrity = b.minIntegrity;
        this.minAvailability = b.minAvailability;
    }

    public static Builder when() {
        return new Builder();
    }

    /** Whether every condition of this row holds for the facts. */
    public boolean holds(ContractFacts facts) {
        return (minConfidentiality == null || facts.confidentiality().getRank() >= minConfidentiality.getRank())
                && (!personalInfo || facts.personalInfo())
                && (!myNumber || facts.myNumber())
                && (!cloudService || facts.cloudService())
                && (!onSiteWork || facts.onSiteWork())
                && (!subcontracting || facts.subcontracting())
                && (segment == null || facts.segments().contains(segment))
                && (minIntegrity == null || facts.integrity() >= minIntegrity)
                && (minAvailability == null || facts.availability() >= minAvailability);
    }

    /** The row in words, e.g. 「自治体機密性3B以上 かつ 個人情報を取り扱う」; 「常に」 for a row with no condition. */
    public String describe(Locale locale) {
        boolean ja = !"en".equals(locale.getLanguage());
        List<String> parts = new ArrayList<>();
        if (minConfidentiality != null) {
            parts.add(ja ? minConfidentiality.getLabel() + "以上"
                    : "confidentiality " + minConfidentiality.getCode() + " or above");
        }
        if (personalInfo) {
            parts.add(ja ? "個人情報を取り扱う" : "personal information handled");
        }
        if (myNumber) {
            parts.add(ja ? "特定個人情報（マイナンバー）を取り扱う" : "My Number information handled");
        }
        if (cloudService) {
            parts.add(ja ? "クラウドサービスを利用する" : "a cloud service is used");
        }
        if (onSiteWork) {
            parts.add(ja ? "庁内で作業する" : "work on city premises");
        }
        if (subcontracting) {
            parts.add(ja ? "再委託を認める" : "subcontracting allowed");
        }
        if (segment != null) {
            parts.add(ja ? segment.label() + "に接続する" : "touches the " + segment.name() + " segment");
        }
        if (minIntegrity != null) {
            parts.add(ja ? "完全性" + minIntegrity + "以上" : "integrity " + minIntegrity + " or above");
        }
        if (minAvailability != null) {
            parts.add(ja ? "可用性" + minAvailability + "以上" : "availability " + minAvailability + " or above");
        }
        if (parts.isEmpty()) {
            return ja ? "常に" : "always";
        }
        return String.join(ja ? " かつ " : " and ", parts);
    }

    public ConfidentialityLevel getMinConfidentiality() {
        return minConfidentiality;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public boolean isCloudService() {
        return cloudService;
    }

    public boolean isOnSiteWork() {
        return onSiteWork;
    }

    public boolean isSubcontracting() {
        return subcontracting;
    }

    public NetworkSegment getSegment() {
        return segment;
    }

    public Integer getMinIntegrity() {
        return minIntegrity;
    }

    public Integer getMinAvailability() {
        return minAvailability;
    }

    /** Builds a row condition by condition (tests, demo data). */
    public static final class Builder {
        private ConfidentialityLevel minConfidentiality;
        private boolean personalInfo;
        private boolean myNumber;
        private boolean cloudService;
        private boolean onSiteWork;
        private boolean subcontracting;
        private NetworkSegment segment;
        private Integer minIntegrity;
        private Integer minAvailability;

        public Builder confidentialityAtLeast(ConfidentialityLevel level) {
            this.minConfidentiality = level;
            return this;
        }

        public Builder personalInfo() {
            this.personalInfo = true;
            return this;
        }

        public Builder myNumber() {
            this.myNumber = true;
            return this;
        }

        public Builder cloudService() {
            this.cloudService = true;
            return this;
        }

        public Builder onSiteWork() {
            this.onSiteWork = true;
            return this;
        }

        public Builder subcontracting() {
            this.subcontracting = true;
            return this;
        }

        public Builder segment(NetworkSegment s) {
            this.segment = s;
            return this;
        }

        public Builder integrityAtLeast(int level) {
            this.minIntegrity = level;
            return this;
        }

        public Builder availabilityAtLeast(int level) {
            this.minAvailability = level;
            return this;
        }

        public ApplicabilityRule build() {
            return new ApplicabilityRule(this);
        }
    }
}
