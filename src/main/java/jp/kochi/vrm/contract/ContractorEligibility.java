package jp.kochi.vrm.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.vetting.Vetting;

/**
 * Whether a contractor may be given a contract: it must hold a current approved vetting that covers the work
 * (confidentiality level, personal information, My Number). Every reason it may not is listed, so the page
 * says why rather than just leaving the contractor out.
 */
public final class ContractorEligibility {

    private ContractorEligibility() {
    }

    /** Why the contractor cannot be chosen for this work; empty when it can. */
    public static List<BusinessRuleViolation> problems(Contractor contractor, Vetting latestApproved,
            ConfidentialityLevel level, boolean personalInfo, boolean myNumber, LocalDate today) {
        List<BusinessRuleViolation> problems = new ArrayList<>();
        switch (contractor.getStatus()) {
            case CANDIDATE -> problems.add(new BusinessRuleViolation("contract.eligibility.notVetted", contractor.getName()));
            case UNDER_REVIEW -> problems.add(new BusinessRuleViolation("contract.eligibility.underReview", contractor.getName()));
            case SUSPENDED -> problems.add(new BusinessRuleViolation("contract.eligibility.suspended", contractor.getName()));
            case ENDED -> problems.add(new BusinessRuleViolation("contract.eligibility.ended", contractor.getName()));
            case APPROVED -> {
                if (contractor.vettingLapsed(today)) {
                    problems.add(new BusinessRuleViolation("contract.eligibility.lapsed", contractor.getName(),
                            Dates.format(contractor.getVettingValidUntil())));
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (latestApproved == null) {
            problems.add(new BusinessRuleViolation("contract.eligibility.notVetted", contractor.getName()));
            return problems;
        }
        if (level != null && latestApproved.getConfidentiality().getRank() < level.getRank()) {
            problems.add(new BusinessRuleViolation("contract.eligibility.levelNotCovered", contractor.getName(),
                    latestApproved.getConfidentiality().getLabel(), level.getLabel()));
        }
        if (personalInfo && !latestApproved.isPersonalInfo() && !latestApproved.isMyNumber()) {
            problems.add(new BusinessRuleViolation("contract.eligibility.personalNotCovered", contractor.getName()));
        }
        if (myNumber && !latestApproved.isMyNumber()) {
            problems.add(new BusinessRuleViolation("contract.eligibility.myNumberNotCovered", contractor.getName()));
        }
        return problems;
    }
}
