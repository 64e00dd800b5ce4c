package jp.kochi.vrm.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.clause.ApplicabilityRule;
import jp.kochi.vrm.clause.Clause;
import jp.kochi.vrm.clause.ClauseCategory;
import jp.kochi.vrm.clause.ClauseChapter;
import jp.kochi.vrm.clause.EvidenceRequirement;
import jp.kochi.vrm.clause.NetworkSegment;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.contractor.RiskTier;
import jp.kochi.vrm.department.Department;

/** A small clause library and contract terms for the contract unit tests. */
final class ContractTestData {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate END = LocalDate.of(2027, 3, 31);
    static final ConfidentialityLevel L2 = ConfidentialityLevel.of("2", 2);
    static final ConfidentialityLevel L3B = ConfidentialityLevel.of("3B", 4);

    static final Clause BASIC = Clause.of(1L, "SEC-01", ClauseChapter.SECURITY, ClauseCategory.GENERAL, 10, "基本的事項",
            "{{受託者名}}は、{{発注者}}の情報セキュリティポリシーを遵守しなければならない。", List.of(),
            List.of(ApplicabilityRule.when().build()));
    static final Clause PLAN = Clause.of(2L, "SEC-02", ClauseChapter.SECURITY, ClauseCategory.ORGANISATION, 20,
            "責任者及び作業体制", "受託者は、{{開始日}}の14日前までに情報管理計画書を提出しなければならない。",
            List.of(EvidenceRequirement.beforeStart("情報管理計画書", 14), EvidenceRequirement.beforeStart("従事者名簿", 14)),
            List.of(ApplicabilityRule.when().build()));
    static final Clause REPORT = Clause.of(3L, "SEC-10", ClauseChapter.SECURITY, ClauseCategory.REPORTING, 100,
            "定期報告", "受託者は、3か月ごとに報告しなければならない。", List.of(EvidenceRequirement.every("定期報告書", 3, 10)),
            List.of(ApplicabilityRule.when().build()));
    static final Clause DISPOSAL = Clause.of(4L, "SEC-09", ClauseChapter.SECURITY, ClauseCategory.RETURN_DISPOSAL, 90,
            "情報資産の返還及び廃棄", "受託者は、{{終了日}}の後30日以内に削除証明書を提出しなければならない。",
            List.of(EvidenceRequirement.atEnd("削除証明書", 30)), List.of(ApplicabilityRule.when().build()));
    static final Clause HIGH = Clause.of(5L, "SEC-16", ClauseChapter.SECURITY, ClauseCategory.HIGH_CONFIDENTIALITY, 160,
            "機密性の高い情報の取扱い", "{{機密性}}の情報は暗号化しなければならない。", List.of(),
            List.of(ApplicabilityRule.when().confidentialityAtLeast(L3B).build()));
    static final Clause PERSONAL = Clause.of(6L, "PI-01", ClauseChapter.PERSONAL_INFORMATION,
            ClauseCategory.PERSONAL_INFORMATION, 10, "基本的事項", "受託者は、個人情報を適正に取り扱わなければならない。\n{{契約件名}}の目的以外に利用してはならない。",
            List.of(), List.of(ApplicabilityRule.when().personalInfo().build()));
    static final Clause COPYRIGHT = Clause.of(7L, "SEC-18", ClauseChapter.SECURITY, ClauseCategory.GENERAL, 180,
            "著作権等の取扱い", "成果物の著作権は発注者に帰属する。", List.of(), List.of());
    static final List<Clause> LIBRARY = List.of(BASIC, PLAN, REPORT, DISPOSAL, HIGH, PERSONAL, COPYRIGHT);

    private ContractTestData() {
    }

    static Contractor approvedContractor(String name) {
        Contractor c = new Contractor(name, "テスト", CorporateNumber.withCheckDigit("123456789012"), false,
                "高知市本町5丁目1-45", "代表 太郎", NOW.minusMonths(2));
        c.vettingSubmitted("審査を提出", "procurer", NOW.minusMonths(1));
        c.vettingApproved(RiskTier.MEDIUM, END.plusYears(1), "承認", "officer", NOW.minusMonths(1).plusHours(1));
        return c;
    }

    static Contract.Terms terms(String title, Contractor contractor, ConfidentialityLevel level, boolean personal) {
        return new Contract.Terms("2026-情政-001", title, new Department("D01", "情報政策課", "Information Policy"),
                contractor, START, END, 1_000_000L, level, 1, 1, Set.of(NetworkSegment.LGWAN), personal, false, false,
                false, false, Set.of());
    }

    static Contract draft(ConfidentialityLevel level, boolean personal) {
        Contract c = new Contract(terms("住民記録システム保守業務", approvedContractor("株式会社高知データサービス"), level,
                personal), "procurer", NOW);
        c.reconcileClauses(LIBRARY);
        return c;
    }
}
