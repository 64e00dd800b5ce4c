package jp.kochi.vrm.it;

import java.util.ArrayList;
import java.util.List;

/**
 * The attack strings {@link InjectionIT} puts into every free-text field. Every script payload would set
 * {@code window.__xss} (or carry the token {@code __xss} in an element or attribute it injects), so a page that ran
 * or built one is caught whichever payload got through.
 */
public final class InjectionCorpus {

    /** Cross-site scripting, template and expression-language injection. */
    public static final List<String> XSS = List.of(
            "<script>window.__xss=1</script>",
            "\"><img src=x onerror=\"window.__xss=1\">",
            "'><svg onload=window.__xss=1>",
            "<svg><script>window.__xss=1</script></svg>",
            "javascript:window.__xss=1//",
            "<a href=\"javascript:window.__xss=1\">__xss</a>",
            "<iframe src=\"javascript:window.__xss=1\"></iframe>",
            "<body onload=window.__xss=1>",
            "<details open ontoggle=window.__xss=1>",
            "<input autofocus onfocus=window.__xss=1>",
            "\"onmouseover=\"window.__xss=1\" x=\"",
            "';window.__xss=1;//",
            "</textarea></title><script>window.__xss=1</script>",
            "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
            "<IMG SRC=x OnErRoR=window.__xss=1>",
            "&lt;script&gt;window.__xss=1&lt;/script&gt;",
            "%3Cscript%3Ewindow.__xss=1%3C/script%3E",
            "\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e",
            "＜script＞window.__xss=1＜/script＞",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
            "x\u2028window.__xss=1\u2029y",
            "#{'__xss'.concat('EL')}",
            "${'__xss'.concat('EL')}",
            "#{facesContext.externalContext.sessionMap.put('__xss',1)}",
            "{{constructor.constructor('window.__xss=1')()}}",
            "{{受託者名}}<b>__xss</b>");

    /** SQL metacharacters: stored and shown as typed, never part of a statement. */
    public static final List<String> SQL = List.of(
            "' OR '1'='1",
            "\"; DROP TABLE contractor; --",
            "100% _under_ \\back\\slash",
            "O'Brien\\'; SELECT 1; --",
            "%_\\");

    /** Spreadsheet formula starters (OWASP CSV injection). */
    public static final List<String> CSV = List.of(
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "=cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1");

    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(XSS);
        all.addAll(SQL);
        all.addAll(CSV);
        ALL = List.copyOf(all);
    }

    private InjectionCorpus() {
    }

    /** Whether a spreadsheet program would take a cell beginning like this as a formula. */
    public static boolean formulaStart(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }
}
