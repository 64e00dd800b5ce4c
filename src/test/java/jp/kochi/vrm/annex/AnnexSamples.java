package jp.kochi.vrm.annex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Annexes as the contract capability will produce them: realistic wording, any length. */
final class AnnexSamples {

    static final String TITLE = "情報セキュリティに関する特記事項";
    static final String DOCUMENT_NUMBER = "2026-情政-001-SA";
    static final String CONTRACTOR = "株式会社土佐情報システム";

    private static final String[] HEADINGS = {
        "目的", "定義", "責任体制", "秘密の保持", "目的外利用及び第三者提供の禁止", "複写及び複製の禁止",
        "再委託の制限", "情報の持出し及び保管", "アクセス制御", "不正プログラム対策", "事故発生時の報告",
        "情報の返還及び廃棄", "監査及び検査", "クラウドサービスの利用", "教育及び訓練", "認証の維持",
        "契約の解除", "損害賠償", "準拠法及び管轄", "協議",
    };

    private static final String[] PARAGRAPHS = {
        "受託者は、この契約による業務（以下「本業務」という。）を処理するに当たり、高知市情報セキュリティポリシー"
                + "及び関係法令を遵守し、委託者の保有する情報資産の機密性、完全性及び可用性を確保しなければならない。",
        "受託者は、本業務に従事する者（以下「従事者」という。）に対し、在職中及び退職後においても、本業務に関して"
                + "知り得た情報を他に漏らしてはならないことその他情報の保護に関して必要な事項を周知するものとする。",
        "受託者は、ISO/IEC 27001（JIS Q 27001）に基づく情報セキュリティマネジメントシステムの認証を、"
                + "契約期間中維持しなければならない。認証の範囲又は有効期限に変更があったときは、速やかに委託者に報告すること。",
        "受託者は、委託者の書面による承諾を得た場合を除き、本業務の全部又は一部を第三者に委託してはならない。"
                + "承諾を得て再委託する場合には、再委託先に対し、この特記事項に定める受託者の義務と同等の義務を負わせるものとする。",
        "受託者は、本業務に係る情報を、委託者が指定する場所以外に持ち出してはならない。ただし、委託者が認めた場合は、"
                + "暗号化その他の安全管理措置を講じた上で持ち出すことができる。",
        "受託者は、情報セキュリティに関する事故（以下「事故」という。）が発生し、又は発生したおそれがあることを知ったときは、"
                + "直ちに委託者に報告し、その指示に従わなければならない。報告は、事故の発生日時、内容、影響範囲及び対応状況を含むものとする。",
        "クラウドサービスを利用する場合、受託者はISMAPクラウドサービスリスト（2026/11/26時点）に登録されたサービスを"
                + "利用するものとし、データの保存場所は日本国内とする。",
        "委託者は、必要があると認めるときは、受託者の事業所に立ち入り、本業務に係る情報の管理状況について監査し、"
                + "又は報告を求めることができる。受託者は、正当な理由なくこれを拒んではならない。",
    };

    private AnnexSamples() {
    }

    static List<AnnexDocument.Fact> facts() {
        return List.of(
                new AnnexDocument.Fact("契約番号", "R8-情政-0042"),
                new AnnexDocument.Fact("契約件名", "高知市電子申請システム運用保守業務委託"),
                new AnnexDocument.Fact("受託者", CONTRACTOR),
                new AnnexDocument.Fact("契約期間", "2026/12/01 から 2029/11/30 まで"),
                new AnnexDocument.Fact("情報の格付", "機密性2（要機密情報を含む）"));
    }

    /** {@code articles} articles in one chapter, article n with 3 to 6 paragraphs. */
    static AnnexDocument contract(int articles) {
        return new AnnexDocument(TITLE, DOCUMENT_NUMBER, 2, LocalDate.of(2026, 11, 26),
                "高知市 総務部 情報政策課", facts(), List.of(new AnnexDocument.Chapter(TITLE, articles(articles))));
    }

    /** A security chapter and a personal-information chapter, numbering restarting in the second. */
    static AnnexDocument twoChapters(int securityArticles, int privacyArticles) {
        return new AnnexDocument(TITLE, DOCUMENT_NUMBER, 2, LocalDate.of(2026, 11, 26),
                "高知市 総務部 情報政策課", facts(), List.of(
                        new AnnexDocument.Chapter("情報セキュリティに関する特記事項", articles(securityArticles)),
                        new AnnexDocument.Chapter("個人情報取扱特記事項", articles(privacyArticles))));
    }

    static List<AnnexDocument.Article> articles(int count) {
        List<AnnexDocument.Article> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int paragraphCount = 3 + n % 4;
            List<String> paragraphs = new ArrayList<>(paragraphCount);
            for (int p = 0; p < paragraphCount; p++) {
                paragraphs.add(PARAGRAPHS[(n + p) % PARAGRAPHS.length]);
            }
            articles.add(new AnnexDocument.Article(heading(n), paragraphs));
        }
        return articles;
    }

    /** The heading of the (n+1)th article: the 20 usual ones, then numbered variants so that all differ. */
    static String heading(int n) {
        return n < HEADINGS.length ? HEADINGS[n] : HEADINGS[n % HEADINGS.length] + "（その" + (n / HEADINGS.length + 1) + "）";
    }
}
