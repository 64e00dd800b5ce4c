package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every record type the audit log can name, every field of it and every value of an enum field has its Japanese and
 * English text, so the log page never shows a Java name ({@code ContractClause}, {@code removalState},
 * {@code STANDARD_TERMS}). The types are found in the compiled classes (every {@code @Entity} that is an
 * {@link AuditedEntity}) and in the sources (every type named to {@code recordChange}); the fields in their sources
 * ({@code state.put("field", …)} and {@code new AuditLog.Change("field", …)}). A new audited type or field without
 * labels fails here.
 */
class AuditVocabularyCoverageTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLASSES = Path.of(System.getProperty("vrm.classes.dir", "target/classes"));
    private static final Pattern STATE_PUT = Pattern.compile("state\\.put\\(\"(\\w+)\"");
    private static final Pattern RECORD_CHANGE = Pattern.compile("recordChange\\(AuditAction\\.\\w+,\\s*\"(\\w+)\"");
    private static final Pattern CHANGE = Pattern.compile("new AuditLog\\.Change\\(\"(\\w+)\"");
    private static final Pattern EVENT_DETAIL = Pattern.compile("detail\\(Map\\.of\\(([^;]*)\\)\\);", Pattern.DOTALL);
    private static final Pattern DETAIL_KEY = Pattern.compile("\"(\\w+)\",");

    private static Properties ja;
    private static Properties en;
    /** Audited record type to its fields. */
    private static Map<String, Set<String>> fields;
    private static Map<String, Class<?>> classes;

    @BeforeAll
    static void read() throws IOException {
        ja = bundle("messages_ja.properties");
        en = bundle("messages_en.properties");
        fields = new TreeMap<>();
        classes = new TreeMap<>();
        for (Class<?> type : auditedEntities()) {
            Path source = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
            Set<String> found = matches(STATE_PUT, Files.readString(source));
            assertFalse(found.isEmpty(), "no audited fields found in " + source);
            fields.put(type.getSimpleName(), found);
            classes.put(type.getSimpleName(), type);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = RECORD_CHANGE.matcher(text);
                while (m.find()) {
                    fields.computeIfAbsent(m.group(1), t -> new LinkedHashSet<>()).addAll(matches(CHANGE, text));
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Every {@code @Entity} class that is an {@link AuditedEntity}, from the compiled classes. */
    static List<Class<?>> auditedEntities() throws IOException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, AuditVocabularyCoverageTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Entity.class) && AuditedEntity.class.isAssignableFrom(type)
                            && !Modifier.isAbstract(type.getModifiers())) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable outside the server: not one of the entities
                }
            }
        }
        return found;
    }

    @Test
    void theScanFindsTheKnownAuditedTypes() {
        assertTrue(fields.keySet().containsAll(List.of("Contractor", "ContractClause", "Vetting", "SnsPost",
                "Department", "SelfInspectionReport")), fields.keySet()::toString);
        assertTrue(fields.get("ContractClause").contains("removalState"), fields.get("ContractClause")::toString);
    }

    @Test
    void everyAuditedRecordTypeHasAJapaneseAndAnEnglishName() {
        List<String> missing = new ArrayList<>();
        for (String type : fields.keySet()) {
            missing.addAll(missingIn("audit.type." + type));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyAuditedFieldHasAJapaneseAndAnEnglishName() throws IOException {
        Set<String> all = new LinkedHashSet<>();
        fields.values().forEach(all::addAll);
        Matcher events = EVENT_DETAIL.matcher(Files.readString(SOURCES.resolve("jp/kochi/vrm/audit/AuditLog.java")));
        while (events.find()) {
            all.addAll(matches(DETAIL_KEY, events.group(1)));
        }
        assertTrue(all.containsAll(List.of("roles", "breach", "operation")), all::toString);
        List<String> missing = new ArrayList<>();
        for (String field : all) {
            missing.addAll(missingIn("audit.field." + field));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyValueOfAnAuditedEnumFieldHasAJapaneseAndAnEnglishText() {
        List<String> missing = new ArrayList<>();
        int enumFields = 0;
        for (Map.Entry<String, Class<?>> type : classes.entrySet()) {
            for (String field : fields.get(type.getKey())) {
                Class<?> enumType = AuditVocabulary.enumFieldOf(type.getValue(), field);
                if (enumType == null) {
                    continue;
                }
                enumFields++;
                String prefixKey = "audit.enum." + enumType.getSimpleName();
                if (!ja.containsKey(prefixKey) || !ja.getProperty(prefixKey).equals(en.getProperty(prefixKey))) {
                    missing.add(prefixKey + " (the same prefix in both bundles, for " + type.getKey() + "." + field + ")");
                    continue;
                }
                for (Object constant : enumType.getEnumConstants()) {
                    missing.addAll(missingIn(ja.getProperty(prefixKey) + ((Enum<?>) constant).name()));
                }
            }
        }
        assertTrue(enumFields >= 10, "enum fields found: " + enumFields);
        assertEquals(List.of(), missing);
    }

    @Test
    void theLogShowsTheRecordTypeFieldAndValuesInTheReadersLanguage() {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Properties bundle = locale == Locale.JAPANESE ? ja : en;
            AuditVocabulary words = new AuditVocabulary(bundle::getProperty, classes::get);
            String details = "{\"changes\":[{\"field\":\"removalState\",\"from\":\"NONE\",\"to\":\"REQUESTED\"},"
                    + "{\"field\":\"mandatory\",\"from\":null,\"to\":\"true\"}]}";
            List<String> lines = words.lines("ContractClause", details);
            String removal = bundle.getProperty("audit.field.removalState") + ": "
                    + bundle.getProperty(bundle.getProperty("audit.enum.RemovalState") + "NONE") + " → "
                    + bundle.getProperty(bundle.getProperty("audit.enum.RemovalState") + "REQUESTED");
            assertEquals(List.of(removal, bundle.getProperty("audit.field.mandatory") + ": — → "
                    + bundle.getProperty("app.yes")), lines);
            assertEquals(bundle.getProperty("audit.type.ContractClause"), words.recordType("ContractClause"));
        }
    }

    @Test
    void aRefusedOperationIsNamedInWordsNeverAsItsJavaName() {
        for (Properties bundle : List.of(ja, en)) {
            AuditVocabulary words = new AuditVocabulary(bundle::getProperty, classes::get);
            assertEquals(bundle.getProperty("audit.operation.IncidentService.close"),
                    words.value("Refusal", "operation", "IncidentService.close"));
            String unknown = words.value("Refusal", "operation", "SomeNewService.doSomething");
            assertEquals(bundle.getProperty("audit.operation.other"), unknown);
            assertFalse(unknown.contains("Service"), unknown);
        }
    }

    @Test
    void anIncidentEntryShowsItsCodesInWords() {
        for (Properties bundle : List.of(ja, en)) {
            AuditVocabulary words = new AuditVocabulary(bundle::getProperty, classes::get);
            String decision = words.value("IncidentEntry", "text", "NOTIFY_PERSONS=YES\n15名に通知する。");
            assertFalse(decision.contains("NOTIFY_PERSONS") || decision.contains("YES"), decision);
            assertTrue(decision.contains("15名に通知する。"), decision);
            String facts = words.value("IncidentEntry", "text", "title,affectedCount");
            assertFalse(facts.contains("affectedCount"), facts);
            assertEquals(bundle.getProperty("incident.rule.APPI_PUBLIC"), words.value("LegalReport", "ruleCode",
                    "APPI_PUBLIC"));
        }
    }

    private static List<String> missingIn(String key) {
        List<String> missing = new ArrayList<>();
        if (!ja.containsKey(key)) {
            missing.add(key + " (ja)");
        }
        if (!en.containsKey(key)) {
            missing.add(key + " (en)");
        }
        return missing;
    }
}
