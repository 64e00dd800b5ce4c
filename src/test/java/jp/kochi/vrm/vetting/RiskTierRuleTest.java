package jp.kochi.vrm.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.RiskTier;
import jp.kochi.vrm.platform.LocalText;
import jp.kochi.vrm.vetting.RiskTierRule.Answered;
import jp.kochi.vrm.vetting.RiskTierRule.Assessment;
import jp.kochi.vrm.vetting.RiskTierRule.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskTierRuleTest {

    private static final Map<String, Integer> RANKS = Map.of("3A", 5, "3B", 4, "3C", 3, "2", 2, "1", 1);

    private static ConfidentialityLevel level(String code) {
        return ConfidentialityLevel.of(code, RANKS.get(code));
    }

    /** "RULES!=NO AUDIT=PARTIAL": code, "!" for an essential item, and the answer. */
    private static List<Answered> answers(String spec) {
        return Arrays.stream(spec.trim().split("\\s+")).map(entry -> {
            String[] parts = entry.split("=");
            boolean essential = parts[0].endsWith("!");
            String code = essential ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
            return new Answered(ChecklistItem.of(code, essential, false), Answer.valueOf(parts[1]));
        }).toList();
    }

    private static List<String> reasonKeys(Assessment assessment) {
        return assessment.reasons().stream().map(r -> r.messageKey().replace("vetting.reason.", "")).toList();
    }

    @ParameterizedTest(name = "[{index}] level {0}, personal {1}, My Number {2}, {3} -> {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            # level | personal | myNumber | answers                                  | tier   | reasons
              3A    | false    | false    | RULES!=YES AUDIT=YES                     | HIGH   | level
              3B    | false    | false    | RULES!=YES AUDIT=YES                     | HIGH   | level
              3C    | false    | false    | RULES!=YES AUDIT=YES                     | MEDIUM | level
              2     | false    | false    | RULES!=YES AUDIT=YES                     | MEDIUM | level
              1     | false    | false    | RULES!=YES AUDIT=YES                     | LOW    | level
              1     | true     | false    | RULES!=YES AUDIT=YES                     | MEDIUM | personalInfo
              2     | true     | false    | RULES!=YES AUDIT=YES                     | MEDIUM | level+personalInfo
              1     | false    | true     | RULES!=YES AUDIT=YES                     | HIGH   | myNumber
              2     | true     | true     | RULES!=YES AUDIT=YES                     | HIGH   | myNumber
              3A    | false    | true     | RULES!=YES AUDIT=YES                     | HIGH   | myNumber
              1     | false    | false    | RULES!=NO AUDIT=YES                      | HIGH   | level+essentialNo
              3C    | false    | false    | RULES!=NO AUDIT=YES                      | HIGH   | level+essentialNo
              1     | false    | false    | RULES!=YES AUDIT=NO                      | MEDIUM | level+gaps
              1     | false    | false    | RULES!=PARTIAL AUDIT=YES                 | MEDIUM | level+gaps
              1     | false    | false    | RULES!=YES AUDIT=PARTIAL TRAINING=NO     | MEDIUM | level+gaps
              1     | true     | false    | RULES!=YES AUDIT=PARTIAL                 | HIGH   | personalInfo+gaps
              2     | false    | false    | RULES!=YES AUDIT=PARTIAL                 | HIGH   | level+gaps
              3C    | false    | false    | RULES!=YES AUDIT=NO TRAINING=PARTIAL     | HIGH   | level+gaps
              3A    | false    | false    | RULES!=YES AUDIT=PARTIAL                 | HIGH   | level+gaps
              1     | false    | false    | RULES!=PARTIAL AUDIT=NO TRAINING=PARTIAL | HIGH   | level+manyGaps
              1     | false    | false    | RULES!=NO AUDIT=NO                       | HIGH   | level+essentialNo+gaps
              1     | false    | false    | RULES!=NOT_APPLICABLE AUDIT=NOT_APPLICABLE | LOW  | level
              2     | false    | false    | RULES!=YES AUDIT=NOT_APPLICABLE          | MEDIUM | level
              1     | false    | false    | RULES!=YES AUDIT=NOT_APPLICABLE TRAINING=PARTIAL | MEDIUM | level+gaps
            """)
    void tierFollowsInformationEssentialItemsAndGaps(String levelCode, boolean personalInfo, boolean myNumber,
            String answers, RiskTier expectedTier, String expectedReasons) {
        Assessment assessment = RiskTierRule.assess(level(levelCode), personalInfo, myNumber, answers(answers));

        assertEquals(expectedTier, assessment.tier());
        assertEquals(List.of(expectedReasons.split("\\+")), reasonKeys(assessment));
    }

    @ParameterizedTest
    @CsvSource({"3A", "3B", "3C", "2", "1"})
    void levelReasonNamesTheLevelCode(String levelCode) {
        Assessment assessment = RiskTierRule.assess(level(levelCode), false, false, answers("RULES!=YES"));

        assertEquals(List.of(new Reason("vetting.reason.level", levelCode)), assessment.reasons());
    }

    /** What the reason shows for the test items (whose question is "質問 CODE" / "Question CODE"). */
    private static LocalText items(String... codes) {
        return LocalText.quotedList(Arrays.stream(codes).map(c -> new LocalText("質問 " + c, "Question " + c)).toList());
    }

    @Test
    void essentialNoReasonNamesTheItemByItsQuestionNotItsCode() {
        Assessment assessment = RiskTierRule.assess(level("1"), false, false, answers("RULES!=NO AUDIT=YES"));

        assertTrue(assessment.reasons().contains(new Reason("vetting.reason.essentialNo", List.of(items("RULES")))),
                assessment.reasons()::toString);
        LocalText named = (LocalText) assessment.reasons().get(1).arguments().get(0);
        assertEquals("「質問 RULES」", named.in(Locale.JAPANESE));
        assertEquals("\"Question RULES\"", named.in(Locale.ENGLISH));
    }

    @Test
    void essentialNoReasonNamesEveryEssentialItemAnsweredNo() {
        Assessment assessment = RiskTierRule.assess(level("2"), false, false,
                answers("RULES!=NO AUDIT=YES MN_TECH!=NO"));

        assertEquals(new Reason("vetting.reason.essentialNo", List.of(items("RULES", "MN_TECH"))),
                assessment.reasons().get(1));
    }

    @Test
    void gapsReasonCountsAndNamesTheItems() {
        Assessment assessment = RiskTierRule.assess(level("1"), false, false,
                answers("RULES!=PARTIAL AUDIT=NO TRAINING=YES"));

        assertEquals(RiskTier.MEDIUM, assessment.tier());
        assertEquals(new Reason("vetting.reason.gaps", List.of("2", items("RULES", "AUDIT"))), assessment.reasons().get(1));
    }

    @Test
    void manyGapsReasonCountsAndNamesTheItems() {
        Assessment assessment = RiskTierRule.assess(level("1"), false, false,
                answers("AUDIT=NO TRAINING=PARTIAL BACKUP=PARTIAL LOGS=PARTIAL"));

        assertEquals(RiskTier.HIGH, assessment.tier());
        assertEquals(new Reason("vetting.reason.manyGaps", List.of("4", items("AUDIT", "TRAINING", "BACKUP", "LOGS"))),
                assessment.reasons().get(1));
    }

    @Test
    void myNumberReasonHasNoArguments() {
        Assessment assessment = RiskTierRule.assess(level("1"), true, true, answers("RULES!=YES"));

        assertEquals(List.of(new Reason("vetting.reason.myNumber", List.of())), assessment.reasons());
    }

    @Test
    void noAnswersYetGivesTheStartingTier() {
        Assessment assessment = RiskTierRule.assess(level("3C"), false, false, List.of());

        assertEquals(RiskTier.MEDIUM, assessment.tier());
        assertEquals(List.of(new Reason("vetting.reason.level", "3C")), assessment.reasons());
    }
}
