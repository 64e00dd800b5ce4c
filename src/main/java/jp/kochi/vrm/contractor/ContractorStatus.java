package jp.kochi.vrm.contractor;

import java.util.EnumSet;
import java.util.Set;

/** Where a contractor stands in selection (委託事業者の選定). Each has a label {@code contractor.status.<name>}. */
public enum ContractorStatus {
    /** 候補: registered, not yet vetted. */
    CANDIDATE,
    /** 審査中: a vetting has been submitted and awaits the security officer. */
    UNDER_REVIEW,
    /** 承認: vetted and approved; may be given work until the vetting's valid-until date. */
    APPROVED,
    /** 停止: approval suspended (incident, lapsed certification); may be reinstated. */
    SUSPENDED,
    /** 取引終了: no longer a contractor of the city. Final. */
    ENDED;

    /** Place in the lifecycle, for sorting: 1 候補 … 5 取引終了. */
    public int rank() {
        return ordinal() + 1;
    }

    /** The statuses this one may move to. */
    public Set<ContractorStatus> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(UNDER_REVIEW, ENDED);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, CANDIDATE, ENDED);
            case APPROVED -> EnumSet.of(SUSPENDED, ENDED);
            case SUSPENDED -> EnumSet.of(APPROVED, ENDED);
            case ENDED -> EnumSet.noneOf(ContractorStatus.class);
        };
    }

    public boolean canMoveTo(ContractorStatus target) {
        return next().contains(target);
    }
}
