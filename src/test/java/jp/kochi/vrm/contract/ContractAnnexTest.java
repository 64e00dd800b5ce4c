package jp.kochi.vrm.contract;

import static jp.kochi.vrm.contract.ContractTestData.L3B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.annex.AnnexDocument;
import jp.kochi.vrm.annex.AnnexRenderer;
import jp.kochi.vrm.annex.AnnexTemplate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A contract's annex: what it prints, filled from the contract, and the PDF it becomes. */
class ContractAnnexTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);

    @Test
    void articlesFollowTheIncludedClausesWithEveryPlaceholderFilled() {
        Contract c = ContractTestData.draft(L3B, true);
        AnnexDocument d = ContractAnnex.document(c, 1, ISSUED, "高知市");
        assertEquals("情報セキュリティに関する特記事項", d.title());
        assertEquals("2026-情政-001-SA", d.documentNumber());
        assertEquals(List.of("情報セキュリティに関する特記事項", "個人情報取扱特記事項"),
                d.chapters().stream().map(AnnexDocument.Chapter::title).toList());
        assertEquals(List.of("基本的事項", "責任者及び作業体制", "情報資産の返還及び廃棄", "定期報告", "機密性の高い情報の取扱い"),
                d.chapters().get(0).articles().stream().map(AnnexDocument.Article::heading).toList());
        assertEquals("株式会社高知データサービスは、高知市の情報セキュリティポリシーを遵守しなければならない。",
                d.chapters().get(0).articles().get(0).paragraphs().get(0));
        assertEquals(List.of("受託者は、個人情報を適正に取り扱わなければならない。", "住民記録システム保守業務の目的以外に利用してはならない。"),
                d.chapters().get(1).articles().get(0).paragraphs());
        assertTrue(d.facts().contains(new AnnexDocument.Fact("取り扱う情報の機密性", "自治体機密性3B")));
        d.chapters().forEach(ch -> ch.articles().forEach(a -> a.paragraphs().forEach(p -> assertFalse(p.contains("{{"), p))));
    }

    @Test
    void theFingerprintChangesWithTheContentButNotWithTheVersionOrDate() {
        Contract c = ContractTestData.draft(L3B, true);
        String first = ContractAnnex.fingerprint(ContractAnnex.document(c, 1, ISSUED, "高知市"));
        assertEquals(first, ContractAnnex.fingerprint(ContractAnnex.document(c, 2, ISSUED.plusDays(3), "高知市")));
        c.addOptional(ContractTestData.COPYRIGHT);
        assertNotEquals(first, ContractAnnex.fingerprint(ContractAnnex.document(c, 1, ISSUED, "高知市")));
    }

    @Test
    void markupAndTemplateSyntaxInTheContractPrintLiterallyInThePdf() throws Exception {
        String hostile = "<script>alert(1)</script> {{受託者名}} ${x} </p> &amp; ]]>";
        Contract c = new Contract(ContractTestData.terms("保守業務" + hostile,
                ContractTestData.approvedContractor("株式会社<b>太字</b>{{契約番号}}"), L3B, true), "procurer",
                ContractTestData.NOW);
        c.reconcileClauses(ContractTestData.LIBRARY);
        AnnexRenderer.Rendered pdf = new AnnexRenderer(AnnexTemplate.fromClasspath())
                .render(ContractAnnex.document(c, 1, ISSUED, "高知市"));
        try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains(("保守業務" + hostile).replaceAll("\\s+", "")), text);
            assertTrue(text.contains("株式会社<b>太字</b>{{契約番号}}は、高知市の情報セキュリティポリシー"), text);
            assertTrue(text.contains("第1条（基本的事項）"), text);
            int security = text.indexOf("機密性の高い情報の取扱い");
            int personal = text.indexOf("個人情報取扱特記事項");
            assertTrue(security > 0 && personal > security, "chapters in order");
            assertEquals(doc.getNumberOfPages(), pdf.pageCount());
        }
    }
}
