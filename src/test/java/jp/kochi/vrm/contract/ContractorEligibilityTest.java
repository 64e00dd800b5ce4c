package jp.kochi.vrm.contract;

import static jp.kochi.vrm.contract.ContractTestData.L2;
import static jp.kochi.vrm.contract.ContractTestData.L3B;
import static jp.kochi.vrm.contract.ContractTestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.vetting.ItemDraft;
import jp.kochi.vrm.vetting.SelectionChecklist;
import jp.kochi.vrm.vetting.Vetting;
import org.junit.jupiter.api.Test;

class ContractorEligibilityTest {

    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final SelectionChecklist CHECKLIST = SelectionChecklist.publish(null,
            List.of(new ItemDraft("RULES", "情報セキュリティ規程がある", null, false, true)), "note", "officer", NOW);

    private static List<String> keys(Contractor c, Vetting v, ConfidentialityLevel level, boolean personal, boolean myNumber,
            LocalDate today) {
        return ContractorEligibility.problems(c, v, level, personal, myNumber, today).stream()
                .map(BusinessRuleViolation::messageKey).toList();
    }

    private static Vetting vetting(Contractor c, ConfidentialityLevel level, boolean personal, boolean myNumber) {
        return new Vetting(c, CHECKLIST, "保守業務", level, personal, myNumber, "procurer", NOW);
    }

    @Test
    void aCandidateWasNeverVetted() {
        Contractor c = new Contractor("株式会社未審査", "ミシンサ", CorporateNumber.withCheckDigit("123456789012"), false,
                "高知市", "代表", NOW);
        assertEquals(List.of("contract.eligibility.notVetted"), keys(c, null, L2, false, false, TODAY));
        c.vettingSubmitted("提出", "procurer", NOW);
        assertEquals(List.of("contract.eligibility.underReview"), keys(c, null, L2, false, false, TODAY));
    }

    @Test
    void anApprovedVettingCoversWorkUpToItsScope() {
        Contractor c = ContractTestData.approvedContractor("株式会社高知データサービス");
        Vetting v = vetting(c, L2, false, false);
        assertEquals(List.of(), keys(c, v, L2, false, false, TODAY));
        assertEquals(List.of("contract.eligibility.levelNotCovered", "contract.eligibility.personalNotCovered",
                "contract.eligibility.myNumberNotCovered"), keys(c, v, L3B, true, true, TODAY));
        Vetting wide = vetting(c, L3B, true, true);
        assertEquals(List.of(), keys(c, wide, L3B, true, true, TODAY));
    }

    @Test
    void aLapsedOrSuspendedApprovalCannotTakeNewWork() {
        Contractor c = ContractTestData.approvedContractor("株式会社高知データサービス");
        Vetting v = vetting(c, L2, false, false);
        assertEquals(List.of("contract.eligibility.lapsed"),
                keys(c, v, L2, false, false, c.getVettingValidUntil().plusDays(1)));
        c.suspend("事故のため", "officer", NOW);
        assertEquals(List.of("contract.eligibility.suspended"), keys(c, v, L2, false, false, TODAY));
    }
}
