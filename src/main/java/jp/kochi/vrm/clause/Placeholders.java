package jp.kochi.vrm.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders clause wording may use, such as {@code {{受託者名}}}, and how they are filled: in one pass
 * over the clause text, so a value that itself looks like a placeholder ({@code {{x}}}, {@code ${x}}) is
 * printed as it is and never filled again.
 */
public final class Placeholders {

    /** Every placeholder a clause may use, in the order the clause editor lists them. */
    public static final List<String> NAMES =
            List.of("発注者", "受託者名", "契約番号", "契約件名", "担当課", "契約期間", "開始日", "終了日", "機密性");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]{1,30}?)\\s*\\}\\}");

    private Placeholders() {
    }

    /** Placeholders in {@code text} that are not in {@link #NAMES}, each once, in order of appearance. */
    public static List<String> unknownIn(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!NAMES.contains(name) && !unknown.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** The text with every known placeholder replaced by its value; {@code values} must cover {@link #NAMES}. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
