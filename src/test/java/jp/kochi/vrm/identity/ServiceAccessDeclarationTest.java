package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every service (stateless or singleton session bean) says who may call each public method, with {@link Allowed} or
 * {@code @PermitAll} on the method or its class, and none relies on the EJB container's {@code @RolesAllowed}, whose checks failed
 * under concurrent load (see {@link CallerContext}).
 */
class ServiceAccessDeclarationTest {

    @Test
    void everyServiceDeclaresItsCallersThroughAllowed() throws Exception {
        List<Class<?>> services = services();
        assertTrue(services.size() > 30, "services found: " + services.size());
        List<String> undeclared = new ArrayList<>();
        List<String> containerChecked = new ArrayList<>();
        for (Class<?> s : services) {
            boolean classDeclared = s.isAnnotationPresent(Allowed.class) || s.isAnnotationPresent(PermitAll.class);
            for (Method m : s.getDeclaredMethods()) {
                boolean business = Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic();
                if (business && !classDeclared && !m.isAnnotationPresent(Allowed.class)
                        && !m.isAnnotationPresent(PermitAll.class)) {
                    undeclared.add(s.getSimpleName() + "." + m.getName());
                }
            }
            if (s.isAnnotationPresent(RolesAllowed.class) || Arrays.stream(s.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(RolesAllowed.class))) {
                containerChecked.add(s.getName());
            }
        }
        assertEquals(List.of(), undeclared, "service methods without @Allowed or @PermitAll, on them or their class");
        assertEquals(List.of(), containerChecked, "services checked by the EJB container's @RolesAllowed");
    }

    private static List<Class<?>> services() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> services = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("jp/kochi/vrm"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ServiceAccessDeclarationTest.class.getClassLoader());
                if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)) {
                    services.add(c);
                }
            }
        }
        return services;
    }
}
