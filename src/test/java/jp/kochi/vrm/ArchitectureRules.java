package jp.kochi.vrm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.Slice;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The portal's architecture as rules (docs/architecture.md). Each rule takes the root package, so that
 * {@link ArchitectureRulesTest} can show it failing on a small planted class set with the same package names under
 * {@code jp.kochi.vrm.archtest}.
 *
 * <pre>
 * Web            shell
 * Capabilities   every other package (contractor, vetting, contract, …)
 * Reference data classification, department
 * Kernel         identity, audit, mail
 * Platform       platform
 * </pre>
 */
final class ArchitectureRules {

    static final String ROOT = "jp.kochi.vrm";

    private static final List<String> PLATFORM = List.of("platform");
    private static final List<String> KERNEL = List.of("identity", "audit", "mail");
    private static final List<String> REFERENCE_DATA = List.of("classification", "department");
    private static final List<String> WEB = List.of("shell");

    private ArchitectureRules() {
    }

    /**
     * A page bean: a bean the pages reach by name ({@code @Named}, in request or view scope or any other), or a
     * class named {@code *Page}, with its nested and anonymous classes (lazy table models).
     */
    static final DescribedPredicate<JavaClass> PAGE_BEAN = DescribedPredicate.describe("page beans",
            c -> isPageBean(outermost(c)));

    /**
     * A page bean reads and writes through services, which check who calls them ({@code @Allowed}); its own
     * EntityManager would be guarded by nothing but the area rule of its address. Fields inherited from a
     * superclass count.
     */
    static ArchRule noPageBeanHoldsAnEntityManager() {
        return classes().that(PAGE_BEAN).should(new ArchCondition<>("not hold an EntityManager") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (JavaField f : bean.getAllFields()) {
                    if (f.getRawType().isAssignableTo(EntityManager.class)
                            || f.getRawType().isAssignableTo(EntityManagerFactory.class)
                            || f.isAnnotatedWith(PersistenceContext.class)
                            || f.isAnnotatedWith(PersistenceUnit.class)) {
                        events.add(SimpleConditionEvent.violated(bean, "Page bean <" + bean.getName()
                                + "> holds an EntityManager in field <" + f.getFullName() + ">"));
                    }
                }
            }
        }).as("no page bean holds an EntityManager")
                .because("a page bean reads and writes through a service, which checks who calls it (@Allowed)");
    }

    private static boolean isPageBean(JavaClass c) {
        return c.isAnnotatedWith(Named.class) || c.getSimpleName().endsWith("Page");
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** Packages depend downward only: web, capabilities, reference data, kernel, platform. */
    static LayeredArchitecture layers(String root) {
        DescribedPredicate<JavaClass> capability = DescribedPredicate.describe(
                "every other package under " + root,
                c -> c.getPackageName().startsWith(root + ".") && Stream.of(PLATFORM, KERNEL, REFERENCE_DATA, WEB)
                        .flatMap(List::stream)
                        .noneMatch(p -> inPackage(c, root + "." + p)));
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Platform").definedBy(packages(root, PLATFORM))
                .layer("Kernel").definedBy(packages(root, KERNEL))
                .layer("Reference data").definedBy(packages(root, REFERENCE_DATA))
                .layer("Capabilities").definedBy(capability)
                .layer("Web").definedBy(packages(root, WEB))
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Capabilities").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Reference data").mayOnlyBeAccessedByLayers("Capabilities", "Web")
                .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Reference data", "Capabilities", "Web")
                .whereLayer("Platform").mayOnlyBeAccessedByLayers("Kernel", "Reference data", "Capabilities", "Web");
    }

    /**
     * No package depends on itself through others. ArchUnit's own {@code beFreeOfCycles()} reports cycles, and
     * the portal had more than twenty thousand of them among 17 packages: it stops after the first hundred, and
     * which hundred it finds shifts whenever a dependency goes, so a frozen list of cycles would fail after every
     * good refactoring. This rule reports instead each dependency of one class on another that lies on a cycle
     * of packages (its packages depend on each other, directly or through others): a finite, stable list, in which
     * a new cycle always shows as a new entry and a broken one disappears.
     */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should(new NoDependencyOnACycle())
                .as("slices matching '" + root + ".(*)..' should be free of cycles");
    }

    private static String[] packages(String root, List<String> names) {
        return names.stream().map(n -> root + "." + n + "..").toArray(String[]::new);
    }

    private static boolean inPackage(JavaClass c, String pkg) {
        return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
    }

    /** Reports every class-to-class dependency between two slices that lie on one cycle. */
    private static final class NoDependencyOnACycle extends ArchCondition<Slice> {

        private final Map<JavaClass, String> sliceOf = new HashMap<>();
        private final Map<String, Integer> component = new HashMap<>();

        NoDependencyOnACycle() {
            super("be free of cycles");
        }

        @Override
        public void init(Collection<Slice> slices) {
            for (Slice slice : slices) {
                for (JavaClass c : slice) {
                    sliceOf.put(c, slice.getNamePart(1));
                }
            }
            Map<String, Set<String>> graph = new TreeMap<>();
            for (Slice slice : slices) {
                Set<String> targets = graph.computeIfAbsent(slice.getNamePart(1), k -> new TreeSet<>());
                for (Dependency d : slice.getDependenciesFromSelf()) {
                    String target = sliceOf.get(d.getTargetClass().getBaseComponentType());
                    if (target != null && !target.equals(slice.getNamePart(1))) {
                        targets.add(target);
                    }
                }
            }
            new StronglyConnected(graph).components().forEach((slice, id) -> component.put(slice, id));
        }

        @Override
        public void check(Slice slice, ConditionEvents events) {
            String from = slice.getNamePart(1);
            Set<String> pairs = new TreeSet<>();
            for (Dependency d : slice.getDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                String to = sliceOf.get(target);
                if (to != null && !to.equals(from) && component.get(to).equals(component.get(from))) {
                    pairs.add("Class <" + d.getOriginClass().getName() + "> depends on <" + target.getName()
                            + ">, and package " + to + " depends back on package " + from
                            + " (directly or through others)");
                }
            }
            pairs.forEach(p -> events.add(SimpleConditionEvent.violated(slice, p)));
        }
    }

    /** Tarjan's strongly connected components, numbered; a slice on no cycle is a component of its own. */
    private static final class StronglyConnected {

        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final Map<String, Integer> componentOf = new TreeMap<>();
        private int next;
        private int components;

        StronglyConnected(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        Map<String, Integer> components() {
            for (String v : graph.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
            return componentOf;
        }

        private void visit(String v) {
            index.put(v, next);
            low.put(v, next);
            next++;
            stack.push(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    componentOf.put(w, components);
                } while (!w.equals(v));
                components++;
            }
        }
    }
}
