package jp.kochi.vrm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.ViolationStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jp.kochi.vrm.archtest.cycle.contractor.PlantedContractor;
import jp.kochi.vrm.archtest.cycle.platform.PlantedText;
import jp.kochi.vrm.archtest.cycle.vetting.PlantedVetting;
import jp.kochi.vrm.archtest.pages.PlantedCleanView;
import jp.kochi.vrm.archtest.pages.PlantedLeakyPage;
import jp.kochi.vrm.archtest.upward.platform.PlantedClock;
import jp.kochi.vrm.archtest.upward.platform.PlantedSettings;
import jp.kochi.vrm.archtest.upward.platform.PlantedStartup;
import jp.kochi.vrm.archtest.upward.shell.PlantedHomePage;
import jp.kochi.vrm.archtest.upward.sns.PlantedSnsDefaults;
import jp.kochi.vrm.archtest.upward.sns.PlantedSnsResource;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} fail where they should: on small planted class sets under
 * {@code jp.kochi.vrm.archtest} that copy the portal's package names.
 */
class ArchitectureRulesTest {

    private static final String UPWARD = "jp.kochi.vrm.archtest.upward";
    private static final String CYCLE = "jp.kochi.vrm.archtest.cycle";

    @Test
    void layerRuleReportsAKernelClassThatImportsACapability() {
        JavaClasses classes = new ClassFileImporter().importClasses(PlantedSettings.class, PlantedSnsDefaults.class,
                PlantedSnsResource.class, PlantedClock.class, PlantedHomePage.class);

        EvaluationResult result = layers(UPWARD).evaluate(classes);

        List<String> violations = result.getFailureReport().getDetails();
        assertTrue(result.hasViolation());
        assertTrue(violations.stream().allMatch(v -> v.contains(PlantedSettings.class.getName())
                && v.contains(PlantedSnsDefaults.class.getName())), String.join("\n", violations));
        assertFalse(violations.stream().anyMatch(v -> v.contains(PlantedHomePage.class.getName())),
                "the web layer may read a capability");
        assertFalse(violations.stream().anyMatch(v -> v.startsWith("Method <" + PlantedSnsResource.class.getName())),
                "a capability may use the kernel");
    }

    @Test
    void layerRuleAcceptsDownwardDependenciesOnly() {
        JavaClasses classes = new ClassFileImporter().importClasses(PlantedSnsResource.class, PlantedClock.class,
                PlantedHomePage.class);

        assertFalse(layers(UPWARD).evaluate(classes).hasViolation());
    }

    @Test
    void frozenLayerRuleAcceptsTheRecordedViolationAndFailsOnANewOne() {
        ArchRule frozen = FreezingArchRule.freeze(layers(UPWARD)).persistIn(new InMemoryStore());
        JavaClasses before = new ClassFileImporter().importClasses(PlantedSettings.class, PlantedSnsDefaults.class,
                PlantedSnsResource.class, PlantedClock.class);
        JavaClasses after = new ClassFileImporter().importClasses(PlantedSettings.class, PlantedSnsDefaults.class,
                PlantedSnsResource.class, PlantedClock.class, PlantedStartup.class);

        frozen.check(before);
        AssertionError failure = assertThrows(AssertionError.class, () -> frozen.check(after));

        assertTrue(failure.getMessage().contains(PlantedStartup.class.getName()), failure.getMessage());
        assertFalse(failure.getMessage().contains(PlantedSettings.class.getName()), failure.getMessage());
    }

    @Test
    void cycleRuleReportsBothSidesOfAPackageCycleAndNothingElse() {
        JavaClasses classes = new ClassFileImporter().importClasses(PlantedContractor.class, PlantedVetting.class,
                PlantedText.class);

        List<String> violations = ArchitectureRules.noCycles(CYCLE).evaluate(classes).getFailureReport().getDetails();

        assertEquals(List.of(
                "Class <" + PlantedContractor.class.getName() + "> depends on <" + PlantedVetting.class.getName()
                        + ">, and package vetting depends back on package contractor (directly or through others)",
                "Class <" + PlantedVetting.class.getName() + "> depends on <" + PlantedContractor.class.getName()
                        + ">, and package contractor depends back on package vetting (directly or through others)"),
                violations.stream().sorted().toList());
    }

    @Test
    void pageBeanRuleReportsAPageBeanWithItsOwnEntityManager() {
        JavaClasses classes = new ClassFileImporter().importClasses(PlantedLeakyPage.class, PlantedCleanView.class);

        List<String> violations = ArchitectureRules.noPageBeanHoldsAnEntityManager().evaluate(classes)
                .getFailureReport().getDetails();

        assertEquals(List.of("Page bean <" + PlantedLeakyPage.class.getName() + "> holds an EntityManager in field <"
                + PlantedLeakyPage.class.getName() + ".em>"), violations);
    }

    /** The planted sets fill only some layers. */
    private static ArchRule layers(String root) {
        return ArchitectureRules.layers(root).withOptionalLayers(true);
    }

    /** A violation store of one test's own, so that planted violations never reach the committed store. */
    private static final class InMemoryStore implements ViolationStore {

        private final Map<String, List<String>> violations = new HashMap<>();

        @Override
        public void initialize(Properties properties) {
        }

        @Override
        public boolean contains(ArchRule rule) {
            return violations.containsKey(rule.getDescription());
        }

        @Override
        public void save(ArchRule rule, List<String> ruleViolations) {
            violations.put(rule.getDescription(), List.copyOf(ruleViolations));
        }

        @Override
        public List<String> getViolations(ArchRule rule) {
            return violations.getOrDefault(rule.getDescription(), List.of());
        }
    }
}
