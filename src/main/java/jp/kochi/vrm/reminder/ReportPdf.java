package jp.kochi.vrm.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.kochi.vrm.annex.AnnexRenderer;
import jp.kochi.vrm.annex.AnnexTemplate;
import jp.kochi.vrm.platform.Dates;
import org.w3c.dom.Document;

/**
 * The self-inspection report as an A4 PDF: the totals per kind, then every open item, then every item done. Set
 * in the annex's font (IPAex明朝, embedded) by the annex's renderer; every value is escaped, nothing is fetched.
 */
@ApplicationScoped
public class ReportPdf {

    private volatile AnnexRenderer renderer;

    private AnnexRenderer renderer() {
        if (renderer == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new AnnexRenderer(AnnexTemplate.fromClasspath());
                }
            }
        }
        return renderer;
    }

    public byte[] render(SelfInspection.Report r, String cityName) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>自己点検・監査報告</title><style>")
                .append("@page { size: A4; margin: 18mm 15mm; @bottom-center { content: counter(page) \" / \" counter(pages); font-size: 8pt; } }")
                .append("body { font-family: IPAexMincho; font-size: 9pt; line-height: 1.5; }")
                .append("h1 { font-size: 15pt; text-align: center; margin: 0 0 4mm; } h2 { font-size: 11pt; margin: 6mm 0 2mm; }")
                .append("table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }")
                .append("th, td { border: 0.5pt solid #333; padding: 1mm 1.5mm; vertical-align: top; }")
                .append("th { background: #eee; } td.n { text-align: right; } thead { display: table-header-group; }")
                .append("p.meta { text-align: right; margin: 0; }")
                .append("</style></head><body>");
        h.append("<h1>").append(esc("情報セキュリティ 自己点検・監査報告（" + r.fiscalYear() + "年度）")).append("</h1>");
        h.append("<p class=\"meta\">").append(esc(cityName)).append("</p>");
        h.append("<p class=\"meta\">対象期間：").append(Dates.format(r.from())).append(" ～ ").append(Dates.format(r.to()))
                .append("　作成日：").append(Dates.format(r.today())).append("</p>");
        h.append("<p>本報告は、委託先・外部サービス リスク管理ポータルが期限を管理する項目（契約の終了、提出書類、第三者認証、")
                .append("選定審査、ISMAP登録、外部サービス及びSNSアカウントの見直し等）のうち、対象期間に期限が到来したものについて、")
                .append("期限までの対応状況をまとめたものである。完了を確認した日は、毎日の期限確認で完了が判明した日であり、")
                .append("期限後の確認でなお未完了だったものを「期限後に完了」としている。</p>");
        h.append("<h2>1. 種別ごとの集計</h2><table><thead><tr><th>種別</th><th>期限到来</th><th>完了</th>")
                .append("<th>うち期限後</th><th>未完了</th><th>うち期限超過</th></tr></thead><tbody>");
        for (SelfInspection.Total t : r.totals()) {
            h.append("<tr><td>").append(esc(t.kindLabel())).append("</td>");
            for (int v : new int[] {t.due(), t.done(), t.doneLate(), t.open(), t.overdue()}) {
                h.append("<td class=\"n\">").append(v).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        section(h, "2. 未完了の項目", r, false);
        section(h, "3. 完了した項目", r, true);
        int n = 4;
        for (ReportFigures.Table t : r.figures()) {
            h.append("<h2>").append(n++).append(". ").append(esc(t.heading())).append("</h2>");
            if (t.rows().isEmpty()) {
                h.append("<p>該当なし</p>");
                continue;
            }
            h.append("<table><thead><tr>");
            for (String c : t.columns()) {
                h.append("<th>").append(esc(c)).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (List<String> row : t.rows()) {
                h.append("<tr>");
                for (String cell : row) {
                    h.append(cell.matches("\\d+") ? "<td class=\"n\">" : "<td>").append(esc(cell)).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</body></html>");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(h.toString().getBytes(StandardCharsets.UTF_8)));
            return renderer().renderHtml(doc, "about:blank", "self-inspection report " + r.fiscalYear()).pdf();
        } catch (Exception e) {
            throw new IllegalStateException("Self-inspection report " + r.fiscalYear() + " could not be built", e);
        }
    }

    private static void section(StringBuilder h, String heading, SelfInspection.Report r, boolean done) {
        h.append("<h2>").append(esc(heading)).append("</h2>");
        long count = r.lines().stream().filter(l -> l.isDone() == done).count();
        if (count == 0) {
            h.append("<p>該当なし</p>");
            return;
        }
        h.append("<table><thead><tr><th>種別</th><th>対象</th><th>期限</th><th>状態</th><th>完了を確認した日</th></tr></thead><tbody>");
        for (SelfInspection.Line l : r.lines()) {
            if (l.isDone() != done) {
                continue;
            }
            h.append("<tr><td>").append(esc(l.kindLabel())).append("</td><td>").append(esc(l.title()))
                    .append("</td><td>").append(Dates.format(l.dueDate())).append("</td><td>")
                    .append(esc(l.state(r.today()))).append("</td><td>")
                    .append(l.resolvedOn() == null ? "" : Dates.format(l.resolvedOn())).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; drop them rather than fail.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
