package jp.kochi.vrm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * EclipseLink's shared (second-level) cache stays off: under load it left a lock on a cache entry behind, and every
 * later request reading that entry waited for it without end (see the portal's persistence.xml).
 */
class SharedCacheTest {

    @Test
    void everyPersistenceUnitHasNoSharedCache() throws Exception {
        List<Path> units = new ArrayList<>(List.of(Path.of("src/main/resources/META-INF/persistence.xml")));
        try (Stream<Path> test = Files.walk(Path.of("src/test/resources"))) {
            test.filter(p -> p.endsWith(Path.of("META-INF", "persistence.xml"))).forEach(units::add);
        }
        List<String> cached = new ArrayList<>();
        for (Path unit : units) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(unit.toFile());
            var modes = doc.getElementsByTagNameNS("*", "shared-cache-mode");
            String mode = modes.getLength() == 0 ? "(default)" : modes.item(0).getTextContent().strip();
            if (!"NONE".equals(mode)) {
                cached.add(unit + ": " + mode);
            }
        }
        assertEquals(List.of(), cached, "persistence units with a shared cache");
        assertEquals(true, units.size() > 1, "the portal's unit and the test units were read");
    }

    @Test
    void noEntityAsksForTheSharedCache() throws Exception {
        Path root = Path.of("target", "classes");
        List<String> cacheable = new ArrayList<>();
        int entities = 0;
        try (Stream<Path> files = Files.walk(root.resolve("jp/kochi/vrm"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SharedCacheTest.class.getClassLoader());
                if (c.isAnnotationPresent(Entity.class)) {
                    entities++;
                    if (c.isAnnotationPresent(Cacheable.class) && c.getAnnotation(Cacheable.class).value()) {
                        cacheable.add(name);
                    }
                }
            }
        }
        assertEquals(List.of(), cacheable, "entities marked @Cacheable");
        assertEquals(true, entities > 10, "the entities were found");
    }
}
