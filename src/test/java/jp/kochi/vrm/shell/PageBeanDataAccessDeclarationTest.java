package jp.kochi.vrm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Page beans read and write through services, never through their own {@code EntityManager}: a service checks who
 * calls it ({@code @Allowed}), a page bean does not, so a page bean's own query would be guarded by nothing but the
 * area rule for its address. A page bean is a CDI bean with a name for the pages ({@code @Named}) or a class named
 * {@code *Page}; its nested and anonymous classes (lazy table models) count as part of it.
 */
class PageBeanDataAccessDeclarationTest {

    @Test
    void noPageBeanHoldsAnEntityManager() throws Exception {
        List<Class<?>> pageBeans = pageBeans();
        assertTrue(pageBeans.stream().filter(c -> !c.getName().contains("$")).count() > 30,
                "page beans found: " + pageBeans.size());
        List<String> holders = new ArrayList<>();
        for (Class<?> bean : pageBeans) {
            for (Class<?> c = bean; c != null && c.getName().startsWith("jp.kochi.vrm."); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (EntityManager.class.isAssignableFrom(f.getType())
                            || EntityManagerFactory.class.isAssignableFrom(f.getType())
                            || f.isAnnotationPresent(PersistenceContext.class)
                            || f.isAnnotationPresent(PersistenceUnit.class)) {
                        holders.add(bean.getName() + "." + f.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), holders, "page beans with their own EntityManager: move the queries into a service");
    }

    /** The page beans of the compiled portal, with their nested and anonymous classes. */
    private static List<Class<?>> pageBeans() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("jp/kochi/vrm"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                String outerName = name.replaceAll("\\$.*", "");
                Class<?> outer = Class.forName(outerName, false, PageBeanDataAccessDeclarationTest.class.getClassLoader());
                if (outer.isAnnotationPresent(Named.class) || outer.getSimpleName().endsWith("Page")) {
                    beans.add(Class.forName(name, false, PageBeanDataAccessDeclarationTest.class.getClassLoader()));
                }
            }
        }
        return beans;
    }
}
