package jp.kochi.vrm.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
        List<String> lines = new ArrayList<>();
        if (details == null || details.isBlank()) {
            return lines;
        }
        try (JsonReader reader = Json.createReader(new StringReader(details))) {
            JsonObject object = reader.readObject();
            if (object.containsKey("changes")) {
                for (JsonValue change : object.getJsonArray("changes")) {
                    JsonObject c = change.asJsonObject();
                    lines.add(label.apply(c.getString("field", "?")) + ": " + text(c.get("from")) + " → " + text(c.get("to")));
                }
            } else {
                object.forEach((key, value) -> lines.add(label.apply(key) + ": " + text(value)));
            }
        } catch (RuntimeException e) {
            lines.add(details);
        }
        return lines;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return NOTHING;
        }
        if (value instanceof JsonString s) {
            return s.getString().isEmpty() ? NOTHING : s.getString();
        }
        return value.toString();
    }
}
