package jp.kochi.vrm;

import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The portal's packages form layers without cycles (docs/architecture.md). The rule about page beans holds
 * outright; the layers and the absence of cycles are frozen: the dependencies that broke them when the rules were
 * written are recorded in {@code src/test/resources/archunit_store}, every new one fails here, and one that goes
 * is removed from the record by the next run (commit the changed store with the change that removed it).
 */
@AnalyzeClasses(packages = ArchitectureRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPageBeanHoldsAnEntityManager = ArchitectureRules.noPageBeanHoldsAnEntityManager();

    @ArchTest
    static final ArchRule packagesDependDownwardOnly = freeze(ArchitectureRules.layers(ArchitectureRules.ROOT));

    @ArchTest
    static final ArchRule packagesFormNoCycles = freeze(ArchitectureRules.noCycles(ArchitectureRules.ROOT));

    /** The page bean rule would hold vacuously if it recognised no page bean. */
    @ArchTest
    static void pageBeansAreRecognised(JavaClasses classes) {
        long pageBeans = classes.stream().filter(ArchitectureRules.PAGE_BEAN).filter(c -> !c.isNestedClass()).count();
        assertTrue(pageBeans > 30, "page beans recognised: " + pageBeans);
    }
}
