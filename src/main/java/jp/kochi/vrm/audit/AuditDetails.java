package jp.kochi.vrm.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Turns an entry's stored details (JSON) into lines an auditor reads: "名称: 監査試験課 → 監査検証課".
 * Labels come from the caller (the user's language); unknown or damaged JSON is shown as it is stored.
 */
public final class AuditDetails {

    private static final String NOTHING = "—";

    private AuditDetails() {
    }

    /**
     * @param details the stored JSON
     * @param label   gives the display label of a field or key name (may return the name itself)
     */
    public static List<String> lines(String details, UnaryOperator<String> label) {
        return lines(details, label, (field, value) -> value == null || value.isEmpty() ? NOTHING : value);
    }

    /**
     * @param details the stored JSON
     * @param label   gives the display label of a field or key name (may return the name itself)
     * @param value   gives the display text of a field's stored value (the field's name, the value or {@code null})
     */
    public static List<String> lines(String details, UnaryOperator<String> label, BinaryOperator<String> value) {
        List<String> lines = new ArrayList<>();
        if (details == null || details.isBlank()) {
            return lines;
        }
        try (JsonReader reader = Json.createReader(new StringReader(details))) {
            JsonObject object = reader.readObject();
            if (object.containsKey("changes")) {
                for (JsonValue change : object.getJsonArray("changes")) {
                    JsonObject c = change.asJsonObject();
                    String field = c.getString("field", "?");
                    lines.add(label.apply(field) + ": " + value.apply(field, raw(c.get("from"))) + " → "
                            + value.apply(field, raw(c.get("to"))));
                }
            } else {
                object.forEach((key, v) -> lines.add(label.apply(key) + ": " + value.apply(key, raw(v))));
            }
        } catch (RuntimeException e) {
            lines.add(details);
        }
        return lines;
    }

    /** The stored value as text, {@code null} for none. */
    private static String raw(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value.toString();
    }
}
