package jp.kochi.vrm.vetting;

import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.RiskTier;
import jp.kochi.vrm.platform.LocalText;

/**
 * The one place the risk tier (リスク区分) of a contractor for a piece of work is decided.
 *
 * <ol>
 * <li>The information sets the starting tier: My Number work or 機密性3B and above is 高; 機密性2 or 3C, or any
 * personal information, is 中; public information (機密性1) is 低.</li>
 * <li>A "no" to an essential item (重要項目) makes it 高 whatever the information.</li>
 * <li>Every other shortfall (a "no" to another item, "in part" to any item) is a gap: one or two gaps raise
 * the tier one step, three or more make it 高.</li>
 * </ol>
 * The result names every reason, so the page shows which answers and which level drove it.
 */
public final class RiskTierRule {

    /** Gaps from which the tier is high regardless of the starting tier. */
    static final int GAPS_FOR_HIGH = 3;

    /**
     * One reason behind a tier: a message key ({@code vetting.reason.*}) and its arguments (checklist items are
     * named by their question in both languages, a {@link LocalText}, never by their code).
     */
    public record Reason(String messageKey, List<Object> arguments) {
        Reason(String messageKey, Object... arguments) {
            this(messageKey, List.of(arguments));
        }
    }

    /** The tier and why. */
    public record Assessment(RiskTier tier, List<Reason> reasons) {
    }

    /** One answered item. */
    public record Answered(ChecklistItem item, Answer answer) {
    }

    private RiskTierRule() {
    }

    public static Assessment assess(ConfidentialityLevel level, boolean personalInfo, boolean myNumber,
            List<Answered> answers) {
        List<Reason> reasons = new ArrayList<>();
        RiskTier tier;
        if (myNumber) {
            tier = RiskTier.HIGH;
            reasons.add(new Reason("vetting.reason.myNumber"));
        } else if (level.isHighest()) {
            tier = RiskTier.HIGH;
            reasons.add(new Reason("vetting.reason.level", level.getCode()));
        } else if (level.isConfidential()) {
            tier = RiskTier.MEDIUM;
            reasons.add(new Reason("vetting.reason.level", level.getCode()));
        } else if (personalInfo) {
            tier = RiskTier.MEDIUM;
            reasons.add(new Reason("vetting.reason.personalInfo"));
        } else {
            tier = RiskTier.LOW;
            reasons.add(new Reason("vetting.reason.level", level.getCode()));
        }
        if (personalInfo && !myNumber && reasons.stream().noneMatch(r -> r.messageKey().equals("vetting.reason.personalInfo"))) {
            reasons.add(new Reason("vetting.reason.personalInfo"));
        }

        List<LocalText> essentialNo = new ArrayList<>();
        List<LocalText> gaps = new ArrayList<>();
        for (Answered a : answers) {
            if (a.answer() == Answer.NO && a.item().isEssential()) {
                essentialNo.add(a.item().label());
            } else if (a.answer() == Answer.NO || a.answer() == Answer.PARTIAL) {
                gaps.add(a.item().label());
            }
        }
        if (!essentialNo.isEmpty()) {
            tier = RiskTier.HIGH;
            reasons.add(new Reason("vetting.reason.essentialNo", LocalText.quotedList(essentialNo)));
        }
        if (gaps.size() >= GAPS_FOR_HIGH) {
            tier = RiskTier.HIGH;
            reasons.add(new Reason("vetting.reason.manyGaps", Integer.toString(gaps.size()), LocalText.quotedList(gaps)));
        } else if (!gaps.isEmpty()) {
            tier = tier.raised();
            reasons.add(new Reason("vetting.reason.gaps", Integer.toString(gaps.size()), LocalText.quotedList(gaps)));
        }
        return new Assessment(tier, List.copyOf(reasons));
    }
}
