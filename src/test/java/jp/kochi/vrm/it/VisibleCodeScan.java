package jp.kochi.vrm.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text shaped like an internal code or a Java name in what a page shows: an upper-case identifier with an
 * underscore ({@code MN_FACILITY}, {@code CONTENT_ALTERED}), a CamelCase class name ({@code ContractClause},
 * {@code IOException}), a camelCase field name ({@code removalState}) and Faces' {@code ???key???} for a missing
 * message. Text inside elements marked as codes ({@code <code>}, {@code class="code"}) is not given to it (the
 * browser side, {@link #SCRIPT}, leaves them out), nor are addresses, handles and file names, which are
 * references a user needs as they are.
 */
public final class VisibleCodeScan {

    /** Proper names that happen to be CamelCase (services, products), shown as their owners write them. */
    static final Set<String> PROPER_NAMES = Set.of("YouTube", "TikTok", "LinkedIn", "PrimeFaces", "JavaScript",
            "PowerPoint", "OneDrive", "SharePoint", "WordPress", "GitHub", "iPhone", "iPad", "PayPay", "LoGoChat",
            "LoGoForm", "kintone", "OpenID", "FaceTime", "iCalendar");

    private static final String NOT_WORD_BEFORE = "(?<![A-Za-z0-9_])";
    private static final String NOT_WORD_AFTER = "(?![A-Za-z0-9_])";
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile(NOT_WORD_BEFORE + "[A-Z][A-Z0-9]+_[A-Z0-9_]*[A-Z0-9]" + NOT_WORD_AFTER),
            Pattern.compile(NOT_WORD_BEFORE + "[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+" + NOT_WORD_AFTER),
            Pattern.compile(NOT_WORD_BEFORE + "[A-Z]{2,}[a-z]+[A-Z][A-Za-z0-9]*" + NOT_WORD_AFTER),
            Pattern.compile(NOT_WORD_BEFORE + "[a-z]+(?:[A-Z][a-z0-9]+)+" + NOT_WORD_AFTER),
            Pattern.compile(NOT_WORD_BEFORE + "[A-Z][A-Za-z0-9]*(?:Exception|Error)" + NOT_WORD_AFTER),
            Pattern.compile("\\?\\?\\?[^?\\s]+\\?\\?\\?"));

    /** A word that is a reference the user needs verbatim: an address, a mail address, a handle, a file name. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)(.*://.*|.*@.*|.*\\bwww\\..*|.*/.*|.*\\.(pdf|xlsx|xls|csv|docx|doc|png|jpe?g|txt|ics|zip|json))");

    /**
     * The page's visible text, as separate fragments: every text node and option label of a rendered element that
     * is not inside a script, a style, a form field's typed value, or an element marked as a code ({@code code},
     * {@code kbd}, {@code samp}, {@code .code}, {@code [data-code]}).
     */
    public static final String SCRIPT = """
            const skip = 'script, style, noscript, template, textarea, code, kbd, samp, .code, [data-code]';
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.nodeValue.trim();
              const el = n.parentElement;
              if (!text || !el || el.closest(skip)) continue;
              if (el.closest('option') === null) {
                const style = getComputedStyle(el);
                if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) continue;
              } else if (el.closest('select') && el.closest('select').getClientRects().length === 0) {
                continue;
              }
              out.push(text);
            }
            return out;
            """;

    private VisibleCodeScan() {
    }

    /** Every code-shaped word in the fragments, with the fragment it was found in. */
    public static List<String> findings(List<String> fragments) {
        List<String> found = new ArrayList<>();
        for (String fragment : fragments) {
            for (String word : fragment.split("[\\s\u3000]+")) {
                if (word.isEmpty() || REFERENCE.matcher(word).matches()) {
                    continue;
                }
                for (Pattern shape : SHAPES) {
                    Matcher m = shape.matcher(word);
                    while (m.find()) {
                        if (!PROPER_NAMES.contains(m.group())) {
                            found.add("'" + m.group() + "' in: " + abbreviated(fragment));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String abbreviated(String fragment) {
        String one = fragment.replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 117) + "..." : one;
    }
}
