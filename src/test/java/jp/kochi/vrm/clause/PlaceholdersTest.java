package jp.kochi.vrm.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Map<String, String> VALUES = Map.of("受託者名", "{{契約件名}}株式会社", "契約件名", "保守業務",
            "発注者", "高知市");

    @Test
    void fillsKnownPlaceholdersInOnePass() {
        assertEquals("高知市は{{契約件名}}株式会社に保守業務を委託する。",
                Placeholders.fill("{{発注者}}は{{受託者名}}に{{ 契約件名 }}を委託する。", VALUES),
                "a value that looks like a placeholder is printed as it is, never filled again");
    }

    @Test
    void leavesOtherTemplateSyntaxAlone() {
        String text = "${x} <script>alert(1)</script> </p> {x} {{ }} $1 \\";
        assertEquals(text, Placeholders.fill(text, VALUES));
    }

    @Test
    void valuesWithRegexReplacementCharactersAreLiteral() {
        assertEquals("a$1\\b", Placeholders.fill("{{受託者名}}", Map.of("受託者名", "a$1\\b")));
    }

    @Test
    void reportsUnknownPlaceholdersOnceEach() {
        assertEquals(List.of("受託者", "x"), Placeholders.unknownIn("{{受託者}}と{{x}}と{{受託者}}と{{受託者名}}"));
        assertEquals(List.of(), Placeholders.unknownIn("ただの文。${x} {x}"));
    }
}
