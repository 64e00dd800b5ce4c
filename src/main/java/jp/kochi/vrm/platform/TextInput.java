package jp.kochi.vrm.platform;

/** The one check of a free-text field: stripped of surrounding blanks, required or not, at most so many characters. */
public final class TextInput {

    private TextInput() {
    }

    /**
     * @param field the field's message key, named in the refusal ({@code app.required}, {@code app.tooLong})
     * @return the stripped text, or {@code null} for an optional field left blank
     */
    public static String clean(String value, int max, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new BusinessRuleViolation("app.required", field);
            }
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new BusinessRuleViolation("app.tooLong", field, max);
        }
        return clean;
    }
}
