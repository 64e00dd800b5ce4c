package jp.kochi.vrm.clause;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evidence a clause asks the contractor for, and when: before the start ({@code offsetDays} before it), on a
 * cadence (at the end of every {@code cadenceMonths}-month stretch of the period, the last one cut at the
 * period's end, plus {@code offsetDays}), or at the end ({@code offsetDays} after it).
 */
@Embeddable
public class EvidenceRequirement {

    public static final int MAX_CADENCE_MONTHS = 24;
    public static final int MAX_OFFSET_DAYS = 365;

    @Column(name = "evidence_name", nullable = false, length = 100)
    private String evidenceName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceTiming timing;

    @Column(name = "cadence_months")
    private Integer cadenceMonths;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    protected EvidenceRequirement() {
    }

    public EvidenceRequirement(String evidenceName, EvidenceTiming timing, Integer cadenceMonths, int offsetDays) {
        this.evidenceName = Objects.requireNonNull(evidenceName).strip();
        this.timing = Objects.requireNonNull(timing);
        this.cadenceMonths = timing == EvidenceTiming.CADENCE ? cadenceMonths : null;
        this.offsetDays = offsetDays;
    }

    public static EvidenceRequirement beforeStart(String name, int daysBefore) {
        return new EvidenceRequirement(name, EvidenceTiming.BEFORE_START, null, daysBefore);
    }

    public static EvidenceRequirement every(String name, int months, int daysAfter) {
        return new EvidenceRequirement(name, EvidenceTiming.CADENCE, months, daysAfter);
    }

    public static EvidenceRequirement atEnd(String name, int daysAfter) {
        return new EvidenceRequirement(name, EvidenceTiming.AT_END, null, daysAfter);
    }

    /** The message key of what is wrong with this requirement as entered, or {@code null} when it is sound. */
    public String problem() {
        if (evidenceName == null || evidenceName.isBlank()) {
            return "clause.evidence.nameRequired";
        }
        if (evidenceName.length() > 100) {
            return "clause.evidence.nameTooLong";
        }
        if (timing == EvidenceTiming.CADENCE
                && (cadenceMonths == null || cadenceMonths < 1 || cadenceMonths > MAX_CADENCE_MONTHS)) {
            return "clause.evidence.cadenceRange";
        }
        if (offsetDays < 0 || offsetDays > MAX_OFFSET_DAYS) {
            return "clause.evidence.offsetRange";
        }
        return null;
    }

    /** The due dates over a contract period from {@code start} to {@code end} (both inclusive). */
    public List<LocalDate> dueDates(LocalDate start, LocalDate end) {
        return switch (timing) {
            case BEFORE_START -> List.of(start.minusDays(offsetDays));
            case AT_END -> List.of(end.plusDays(offsetDays));
            case CADENCE -> cadenceDueDates(start, end);
        };
    }

    private List<LocalDate> cadenceDueDates(LocalDate start, LocalDate end) {
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 1;; k++) {
            LocalDate stretchEnd = start.plusMonths((long) k * cadenceMonths).minusDays(1);
            if (!stretchEnd.isBefore(end)) {
                dates.add(end.plusDays(offsetDays));
                return dates;
            }
            dates.add(stretchEnd.plusDays(offsetDays));
        }
    }

    public String getEvidenceName() {
        return evidenceName;
    }

    public EvidenceTiming getTiming() {
        return timing;
    }

    public Integer getCadenceMonths() {
        return cadenceMonths;
    }

    public int getOffsetDays() {
        return offsetDays;
    }
}
