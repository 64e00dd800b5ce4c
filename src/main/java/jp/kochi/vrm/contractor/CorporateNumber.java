package jp.kochi.vrm.contractor;

import java.text.Normalizer;
import java.util.Optional;

/**
 * 法人番号 (corporate number): 13 digits, the first a check digit over the 12-digit base number
 * (法人番号の指定等に関する省令 第2条): {@code check = 9 - (Σ P(n)·Q(n) mod 9)}, P(n) the n-th digit of the base
 * counted from the right, Q(n) 1 for odd n and 2 for even n. Full-width digits, spaces and hyphens are
 * accepted and normalised away. A valid check digit does not prove that the company exists.
 */
public final class CorporateNumber {

    /** Why a text is not a corporate number; each has a message {@code contractor.corporateNumber.<name>}. */
    public enum Problem {
        BLANK, NOT_DIGITS, WRONG_LENGTH, WRONG_CHECK_DIGIT
    }

    /** The outcome of a check: the normalised number, or the problem. */
    public record Check(String number, Problem problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    private CorporateNumber() {
    }

    /** Checks a corporate number as typed or imported. */
    public static Check check(String raw) {
        String normalised = normalise(raw);
        if (normalised.isEmpty()) {
            return new Check(null, Problem.BLANK);
        }
        if (!normalised.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Check(null, Problem.NOT_DIGITS);
        }
        if (normalised.length() != 13) {
            return new Check(null, Problem.WRONG_LENGTH);
        }
        if (normalised.charAt(0) - '0' != checkDigit(normalised.substring(1))) {
            return new Check(null, Problem.WRONG_CHECK_DIGIT);
        }
        return new Check(normalised, null);
    }

    /**
     * Whether a valid 法人番号 belongs to a national body (国の機関) or a local public body (地方公共団体). The base
     * number of a registered company or other registered body is its 会社法人等番号, whose first two digits are never
     * {@code 00}; the National Tax Agency gives the base numbers starting {@code 00} to national and local public bodies
     * ({@code 00001…} national, {@code 000020} + 全国地方公共団体コード local, e.g. 高知市 {@code 7000020392014}), and
     * those starting {@code 7} to unregistered bodies. Public corporations that are registered (独立行政法人,
     * 地方独立行政法人) are not recognised by this rule; they can be configured instead.
     */
    public static boolean isPublicBody(String number) {
        return check(number).valid() && normalise(number).startsWith("00", 1);
    }

    /** The normalised number when valid. */
    public static Optional<String> parse(String raw) {
        return Optional.ofNullable(check(raw).number());
    }

    /** Full-width digits to ASCII (NFKC), spaces and hyphens (also full-width and long-vowel dashes) removed. */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return nfkc.replaceAll("[\\s\\-‐‑‒–—―ー−]", "");
    }

    /** The check digit of a 12-digit base number. */
    public static int checkDigit(String base) {
        if (base.length() != 12) {
            throw new IllegalArgumentException("base number must have 12 digits");
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /** The full 13-digit number for a base number (demo data and tests). */
    public static String withCheckDigit(String base) {
        return checkDigit(base) + base;
    }
}
