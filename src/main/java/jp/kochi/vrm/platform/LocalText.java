package jp.kochi.vrm.platform;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text known in both of the portal's languages, such as a checklist item's question, passed as a message
 * argument from a layer that does not know the user's language ({@code UiMessages} picks the one to show).
 *
 * @param ja the Japanese text (shown when there is no English)
 * @param en the English text, or {@code null}
 */
public record LocalText(String ja, String en) {

    public LocalText {
        Objects.requireNonNull(ja, "ja");
    }

    /** The text in {@code locale}'s language: English for English, Japanese otherwise and when there is no English. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : ja;
    }

    /** Several texts as one, each quoted: 「…」、「…」 in Japanese, "…"; "…" in English. */
    public static LocalText quotedList(List<LocalText> texts) {
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (LocalText t : texts) {
            if (!ja.isEmpty()) {
                ja.append('、');
                en.append("; ");
            }
            ja.append('「').append(t.ja()).append('」');
            en.append('"').append(t.en() == null || t.en().isBlank() ? t.ja() : t.en()).append('"');
        }
        return new LocalText(ja.toString(), en.toString());
    }

    /** The Japanese text (what a log or a Japanese-only file shows). */
    @Override
    public String toString() {
        return ja;
    }
}
