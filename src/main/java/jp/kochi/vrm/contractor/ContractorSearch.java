package jp.kochi.vrm.contractor;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the register list is asked for: search text (name, kana or 法人番号), filters and sort. Everything
 * here is applied in the database.
 *
 * @param text              prefix of the name or kana (legal form ignored), or of the 法人番号
 * @param status            only this status, or all
 * @param tier              only this risk tier, or all
 * @param certExpiringDays  only contractors with a certification expiring within this many days, or all
 * @param today             the day "expiring" counts from
 */
public record ContractorSearch(String text, ContractorStatus status, RiskTier tier, Integer certExpiringDays,
        Sort sort, boolean ascending, LocalDate today) implements Serializable {

    /** The columns the list sorts by; each falls back to the id so pages never overlap. */
    public enum Sort {
        KANA("kanaKey"), NAME("nameKey"), CORPORATE_NUMBER("corporateNumber"), STATUS("statusRank"),
        TIER("riskRank"), VALID_UNTIL("vettingValidUntil");

        final String attribute;

        Sort(String attribute) {
            this.attribute = attribute;
        }
    }

    /** Largest accepted "expiring within" window: ten years. */
    public static final int MAX_EXPIRING_DAYS = 3660;

    public ContractorSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        sort = sort == null ? Sort.KANA : sort;
        if (certExpiringDays != null && (certExpiringDays < 0 || certExpiringDays > MAX_EXPIRING_DAYS)) {
            certExpiringDays = null;
        }
    }

    public static ContractorSearch all(LocalDate today) {
        return new ContractorSearch(null, null, null, null, Sort.KANA, true, today);
    }
}
