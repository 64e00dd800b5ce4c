package jp.kochi.vrm.sns;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;

/**
 * Refuses text that holds a secret rather than a description of where one is kept: the portal records where
 * credentials and recovery codes are and who holds them, and how an account is run, never a password, an
 * authenticator key or a recovery code itself. Every free-text field of an SNS account and of its versioned texts
 * (guideline, procedure) goes through {@link #clean}, so the form, the demo data and any other path get the same rule.
 *
 * <p>The text is first normalised (NFKC, so full-width ＡＢ１２ counts as AB12), and addresses, e-mail addresses,
 * {@code @handles} and {@code #hashtags} are set aside: they are public and structured. Then it is refused when:
 * <ol>
 * <li><b>labelled</b>: a label such as パスワード, PW, recovery code is followed by ":" or "=" and an ASCII value of
 * four characters or more with a digit or symbol ("パスワード: 金庫に保管" and "recovery code: record where…" are
 * descriptions, and stay);</li>
 * <li><b>recovery-code shaped</b>: consecutive groups of the same length (4 or 5 letters or digits) separated by a
 * space or hyphen, where either two or more groups, at least half of them, mix letters and digits ("8f3k-29dk-1mzq",
 * "jbsw y3dp ehpk 3pxp"); or three or more groups are all digits, not all years ("1234 5678 9012"); or three or more
 * groups are all capitals ("ABCD-EFGH-IJKL-MNOP"). Telephone numbers (090-1234-5678), postal codes (780-8571),
 * dates and "No.2024-0001" have groups of different lengths or only two digit groups; English words do not mix
 * letters and digits within a word;</li>
 * <li>a <b>word</b> (a run of ASCII characters without spaces; Japanese characters end it, so "初期設定はXy7…です"
 * yields "Xy7…") is password-like or key-like. Inside a word, {@code - . _ / : , ; ( ) [ ] { } < > ' " ` =}
 * are separators (as in "No.2024-0001", "ISO/IEC", markup, "key=value"); the others, such as
 * {@code ! @ # $ % & * + ?}, are special. A "change" is a step between two characters of different
 * kinds (small letter, capital, digit, special), separators skipped, except capital to small letter, which starts
 * an ordinary capitalised word. The word is refused when it has
 * <ul>
 * <li>8 or more characters with letters, digits and a special symbol ("P@ssw0rd2024!", "Kochi2026!"): ordinary
 * text joins letters and digits with separators, not with {@code ! @ # $ % & *};</li>
 * <li>8 or more characters of three kinds with 4 or more changes, 2 of them between a letter and a digit
 * ("Tr0ub4dor3xZ"); product names such as "Windows11", "iPhone15Pro", "PowerPoint2019" have fewer, and identifiers
 * such as "HttpClient.HTTP_1_1" or "-XX:+UseSerialGC" change case, not between letters and digits;</li>
 * <li>16 or more characters of the Base32/Base64 alphabet with letters and digits, 3 or more changes and at least
 * half its characters distinct (an authenticator key, "JBSWY3DPEHPK3PXP");</li>
 * <li>10 or more letters and digits in one case, a quarter or more of them digits, with 2 or more changes
 * ("abcd1234efgh"): a code without separators. "Windows2025" has one change, "covid19vaccine" too few digits.</li>
 * </ul></li>
 * </ol>
 * A secret with none of these shapes (a passphrase of ordinary words, a six-digit PIN) is not recognised; the form's
 * hint says not to enter one. The refusal names the field, the shape and the first two characters, never the rest.
 */
final class SecretText {

    /**
     * "パスワード: Xy7…", "password=…", "PW：…": a label, then a value in ASCII with a digit or symbol (secrets are;
     * descriptions such as "recovery code: record where it is kept" rarely).
     */
    private static final Pattern LABELLED = Pattern.compile("(?i)(?<![a-z])(パスワード|暗証番号|password|passwd|pw|"
            + "リカバリーコード|recovery code|バックアップコード|backup code)\\s*[:：=＝]\\s*"
            + "(?=[\\x21-\\x7e]*[0-9!@#$%^&*+=?~])[\\x21-\\x7e]{4,}");

    /** Public, structured text set aside before the checks: addresses, e-mail addresses, handles, hashtags. */
    private static final Pattern PUBLIC = Pattern.compile("(?i)(?:https?|ftp)://[\\x21-\\x7e]+|www\\.[\\x21-\\x7e]+"
            + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9])"
            + "|(?<![A-Za-z0-9])[@#][A-Za-z0-9_]+");

    /** Letters and digits in groups joined by single spaces or hyphens. */
    private static final Pattern GROUPED = Pattern.compile("[A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)+");
    private static final Pattern WORD = Pattern.compile("[\\x21-\\x7e]+");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=_-]+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final String SEPARATORS = "-._/:,;()[]{}<>'\"`=";

    /** What a refused text looks like, as a message key that explains why. */
    enum Shape {
        LABELLED("sns.secret.labelled"), PASSWORD("sns.secret.password"), KEY("sns.secret.key"), CODE("sns.secret.code");

        final String messageKey;

        Shape(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** A secret found: its shape and where it starts in the normalised text. */
    record Found(Shape shape, String start) {
    }

    private SecretText() {
    }

    /**
     * The one check of an SNS record's free-text field: {@link TextInput#clean}, then refused ({@code sns.secret})
     * when it holds a secret.
     */
    static String clean(String value, int max, String field, boolean required) {
        String text = TextInput.clean(value, max, field, required);
        find(text).ifPresent(found -> {
            throw new BusinessRuleViolation("sns.secret", field, found.shape().messageKey, found.start());
        });
        return text;
    }

    static boolean looksLikeSecret(String text) {
        return find(text).isPresent();
    }

    static Optional<Found> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher labelled = LABELLED.matcher(normal);
        if (labelled.find()) {
            return found(Shape.LABELLED, labelled.group());
        }
        String rest = PUBLIC.matcher(normal).replaceAll(" ");
        Matcher grouped = GROUPED.matcher(rest);
        while (grouped.find()) {
            Optional<Found> code = codeIn(grouped.group().split("[- ]"));
            if (code.isPresent()) {
                return code;
            }
        }
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            String w = trimmed(word.group());
            Shape shape = shapeOf(w);
            if (shape != null) {
                return found(shape, w);
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> found(Shape shape, String secret) {
        return Optional.of(new Found(shape, secret.substring(0, Math.min(2, secret.length())) + "…"));
    }

    /** Within groups of letters and digits, a run of same-length groups shaped like a recovery code. */
    private static Optional<Found> codeIn(String[] groups) {
        int from = 0;
        while (from < groups.length) {
            int to = from + 1;
            int length = groups[from].length();
            while (to < groups.length && groups[to].length() == length) {
                to++;
            }
            if ((length == 4 || length == 5) && to - from >= 2 && isCode(List.of(groups).subList(from, to))) {
                return found(Shape.CODE, groups[from]);
            }
            from = to;
        }
        return Optional.empty();
    }

    private static boolean isCode(List<String> run) {
        long mixed = run.stream().filter(g -> g.matches(".*[0-9].*") && g.matches(".*[A-Za-z].*")).count();
        if (mixed >= 2 && mixed * 2 >= run.size()) {
            return true;
        }
        return longestRun(run, g -> g.matches("[0-9]+") && !YEAR.matcher(g).matches()) >= 3
                || longestRun(run, g -> g.matches("[A-Z]+")) >= 3;
    }

    private static int longestRun(List<String> groups, java.util.function.Predicate<String> kind) {
        int longest = 0;
        int current = 0;
        for (String g : groups) {
            current = kind.test(g) ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    /** A word without the brackets and sentence punctuation around it. */
    private static String trimmed(String word) {
        String w = word.replaceFirst("^[(\\[{<\"']+", "");
        return w.replaceFirst("[)\\]}>\"'.,;:(]+$", "");
    }

    /** The word's shape when it is a password or key, else {@code null}. */
    static Shape shapeOf(String word) {
        int length = word.length();
        if (length < 8) {
            return null;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean special = false;
        List<Character> kinds = new ArrayList<>();
        for (char c : word.toCharArray()) {
            if (SEPARATORS.indexOf(c) >= 0) {
                continue;
            }
            char kind = c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : c >= '0' && c <= '9' ? '0' : '!';
            lower |= kind == 'a';
            upper |= kind == 'A';
            digit |= kind == '0';
            special |= kind == '!';
            kinds.add(kind);
        }
        int changes = 0;
        int letterDigitChanges = 0;
        for (int i = 1; i < kinds.size(); i++) {
            char before = kinds.get(i - 1);
            char now = kinds.get(i);
            if (before != now && !(before == 'A' && now == 'a')) {
                changes++;
                if (before == '0' || now == '0') {
                    letterDigitChanges += before == '!' || now == '!' ? 0 : 1;
                }
            }
        }
        boolean letter = lower || upper;
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0);
        if (letter && digit && special || classes >= 3 && changes >= 4 && letterDigitChanges >= 2) {
            return Shape.PASSWORD;
        }
        if (length >= 16 && letter && digit && changes >= 3 && BASE64.matcher(word).matches()
                && word.chars().distinct().count() * 2 >= length) {
            return Shape.KEY;
        }
        long digits = word.chars().filter(Character::isDigit).count();
        if (length >= 10 && word.matches("[a-z0-9]+|[A-Z0-9]+") && letter && digit && changes >= 2
                && digits * 4 >= length) {
            return Shape.CODE;
        }
        return null;
    }
}
