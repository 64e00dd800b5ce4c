package jp.kochi.vrm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalePreferenceTest {

    @ParameterizedTest(name = "Accept-Language ''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            en-US,en;q=0.9              | en
            ja,en-US;q=0.8              | ja
            fr-FR,en;q=0.5,ja;q=0.4     | en
            de-DE,fr;q=0.7              | ja
            en;q=0.3,ja;q=0.9           | ja
            NONE                        | ja
            not a language list;;;      | ja
            """)
    void withoutAChoiceTheBrowsersFirstSupportedLanguageThenJapanese(String header, String expected) {
        assertEquals(new Locale(expected).getLanguage(), LocalePreference.fromAcceptLanguage(header).getLanguage());
    }
}
