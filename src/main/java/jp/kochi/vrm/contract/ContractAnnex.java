package jp.kochi.vrm.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.annex.AnnexDocument;
import jp.kochi.vrm.clause.ClauseChapter;
import jp.kochi.vrm.clause.NetworkSegment;
import jp.kochi.vrm.clause.Placeholders;
import jp.kochi.vrm.platform.Dates;

/**
 * What a contract's annex prints: the title, the table of the contract's facts, and its included clauses as
 * articles, per chapter, with every placeholder filled from the contract. Plain text only; the renderer puts
 * it into the template as text, so nothing a user typed is ever read as markup.
 */
public final class ContractAnnex {

    public static final String TITLE = "情報セキュリティに関する特記事項";

    private ContractAnnex() {
    }

    /** The annex of the contract as version {@code versionNo}, issued on {@code issuedOn} by {@code issuer}. */
    public static AnnexDocument document(Contract c, int versionNo, LocalDate issuedOn, String issuer) {
        Map<String, String> values = placeholderValues(c, issuer);
        List<AnnexDocument.Chapter> chapters = new ArrayList<>();
        for (ClauseChapter chapter : ClauseChapter.values()) {
            List<AnnexDocument.Article> articles = c.getIncludedClauses().stream()
                    .filter(cc -> cc.getClause().getChapter() == chapter)
                    .map(cc -> new AnnexDocument.Article(Placeholders.fill(cc.getClauseVersion().getTitle(), values),
                            cc.getClauseVersion().paragraphs().stream().map(p -> Placeholders.fill(p, values)).toList()))
                    .toList();
            if (!articles.isEmpty()) {
                chapters.add(new AnnexDocument.Chapter(chapter.annexTitle(), articles));
            }
        }
        return new AnnexDocument(TITLE, documentNumber(c), versionNo, issuedOn, issuer, facts(c, issuer), chapters);
    }

    /** The annex's document number: the contract number with the suffix {@code -SA}. */
    public static String documentNumber(Contract c) {
        return c.getContractNumber() + "-SA";
    }

    /**
     * A SHA-256 over everything the annex prints except its version number and issue date: equal fingerprints
     * mean the same annex, so generating again without a change makes no new version.
     */
    public static String fingerprint(AnnexDocument d) {
        StringBuilder s = new StringBuilder();
        s.append(d.title()).append('\u0001').append(d.documentNumber()).append('\u0001').append(d.issuer());
        for (AnnexDocument.Fact f : d.facts()) {
            s.append('\u0002').append(f.label()).append('\u0003').append(f.value());
        }
        for (AnnexDocument.Chapter ch : d.chapters()) {
            s.append('\u0004').append(ch.title());
            for (AnnexDocument.Article a : ch.articles()) {
                s.append('\u0005').append(a.heading());
                for (String p : a.paragraphs()) {
                    s.append('\u0006').append(p);
                }
            }
        }
        return sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> placeholderValues(Contract c, String issuer) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("発注者", issuer);
        v.put("受託者名", c.getContractor().getName());
        v.put("契約番号", c.getContractNumber());
        v.put("契約件名", c.getTitle());
        v.put("担当課", c.getDepartment().getName());
        v.put("契約期間", period(c));
        v.put("開始日", Dates.format(c.getPeriodStart()));
        v.put("終了日", Dates.format(c.getPeriodEnd()));
        v.put("機密性", c.getConfidentiality().getLabel());
        return v;
    }

    private static String period(Contract c) {
        return Dates.format(c.getPeriodStart()) + "から" + Dates.format(c.getPeriodEnd()) + "まで";
    }

    private static List<AnnexDocument.Fact> facts(Contract c, String issuer) {
        List<AnnexDocument.Fact> f = new ArrayList<>();
        f.add(new AnnexDocument.Fact("契約番号", c.getContractNumber()));
        f.add(new AnnexDocument.Fact("契約件名", c.getTitle()));
        f.add(new AnnexDocument.Fact("発注者", issuer + "（" + c.getDepartment().getName() + "）"));
        String corporate = c.getContractor().getCorporateNumber();
        f.add(new AnnexDocument.Fact("受託者", c.getContractor().getName()
                + (corporate == null ? "" : "（法人番号 " + corporate + "）")));
        f.add(new AnnexDocument.Fact("受託者所在地", c.getContractor().getAddress()));
        f.add(new AnnexDocument.Fact("契約期間", period(c)));
        f.add(new AnnexDocument.Fact("取り扱う情報の機密性", c.getConfidentiality().getLabel()));
        f.add(new AnnexDocument.Fact("完全性・可用性", "完全性" + c.getIntegrity() + "　可用性" + c.getAvailability()));
        f.add(new AnnexDocument.Fact("接続する系統", c.getSegments().isEmpty() ? "なし"
                : c.getSegments().stream().map(NetworkSegment::label).collect(Collectors.joining("、"))));
        f.add(new AnnexDocument.Fact("個人情報の取扱い", c.isPersonalInfo() ? "あり" : "なし"));
        f.add(new AnnexDocument.Fact("特定個人情報の取扱い", c.isMyNumber() ? "あり" : "なし"));
        f.add(new AnnexDocument.Fact("クラウドサービスの利用", c.isCloudService() ? "あり" : "なし"));
        f.add(new AnnexDocument.Fact("庁内での作業", c.isOnSiteWork() ? "あり" : "なし"));
        f.add(new AnnexDocument.Fact("再委託", !c.isSubcontractingAllowed() ? "認めない"
                : c.getSubcontractings().isEmpty() ? "発注者の承認を得た場合に限り認める"
                : "承認済みの再委託先に限り認める（" + c.getSubcontractings().stream()
                        .map(s -> s.getSubcontractor().getName()).collect(Collectors.joining("、")) + "）"));
        return f;
    }
}
