package jp.kochi.vrm.audit;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log in the reader's words: record types ({@code audit.type.Contractor} 委託事業者), field names
 * ({@code audit.field.riskTier} リスク区分) and values from the {@code messages} bundle. A value is shown as text when
 * <ul>
 * <li>it is {@code true} or {@code false} (はい / いいえ), or a {@code name=true} pair inside a list;</li>
 * <li>the record's field of that name is an enum: {@code audit.enum.<EnumName>} names the prefix of the enum's
 * labels ({@code audit.enum.RiskTier=contractor.riskTier.} gives {@code contractor.riskTier.HIGH} 高); a value
 * that starts with a constant and goes on ("OTHER Mastodon") keeps the rest;</li>
 * <li>the field holds a list of codes: {@code audit.tokens.<Type>.<field>} names the prefix for each code in it,
 * or {@code audit.values.<field>} for a field of every record type (a sign-in's roles, a verification's breach);</li>
 * <li>it is a message key the bundle has (the reason of a refused operation).</li>
 * </ul>
 * Anything else is shown as stored. The record classes come from the caller (the JPA metamodel in the portal,
 * the compiled classes in the test that keeps every audited type labelled).
 */
public final class AuditVocabulary {

    static final String NOTHING = "—";
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_])");
    private static final Pattern FLAG = Pattern.compile("(?<![A-Za-z0-9_])([a-z][A-Za-z0-9]*)=(true|false)(?![A-Za-z0-9_])");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][a-zA-Z]*(\\.[a-zA-Z0-9]+)+");

    private final UnaryOperator<String> bundle;
    private final Function<String, Class<?>> recordClass;

    /**
     * @param bundle      the text of a key in the reader's language, or {@code null} when the bundle has none
     * @param recordClass the class of an audited record type ({@code "Contractor"}), or {@code null}
     */
    public AuditVocabulary(UnaryOperator<String> bundle, Function<String, Class<?>> recordClass) {
        this.bundle = bundle;
        this.recordClass = recordClass;
    }

    /** The record type's name ("委託事業者"), or as stored when it has no label. */
    public String recordType(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        return Objects.requireNonNullElse(bundle.apply("audit.type." + type), type);
    }

    /** The field's name ("リスク区分"), or as stored when it has no label. */
    public String field(String field) {
        return Objects.requireNonNullElse(bundle.apply("audit.field." + field), field);
    }

    /** The entry's details as lines "リスク区分: 中 → 高", in the reader's words. */
    public List<String> lines(String recordType, String details) {
        return AuditDetails.lines(details, this::field, (field, raw) -> value(recordType, field, raw));
    }

    /** A stored value in the reader's words ({@code null} or empty is "—"). */
    public String value(String recordType, String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return NOTHING;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return yesNo(raw);
        }
        if ("operation".equals(field) && raw.matches("[A-Z]\\w*\\.\\w+")) {
            // A refused service call (Class.method): its name in the reader's words, never the Java name.
            String text = bundle.apply("audit.operation." + raw);
            return text != null ? text : Objects.requireNonNullElse(bundle.apply("audit.operation.other"), NOTHING);
        }
        Class<?> enumType = enumField(recordType, field);
        if (enumType != null) {
            String prefix = bundle.apply("audit.enum." + enumType.getSimpleName());
            if (prefix != null) {
                int space = raw.indexOf(' ');
                String head = space < 0 ? raw : raw.substring(0, space);
                String text = bundle.apply(prefix + head);
                if (text != null) {
                    return space < 0 ? text : text + raw.substring(space);
                }
            }
        }
        String prefix = recordType == null ? null : bundle.apply("audit.tokens." + recordType + "." + field);
        if (prefix == null) {
            prefix = bundle.apply("audit.values." + field);
        }
        String shown = prefix == null ? raw : replaceCodes(raw, prefix);
        if (MESSAGE_KEY.matcher(shown).matches()) {
            String text = bundle.apply(shown);
            if (text != null) {
                return text;
            }
        }
        return replaceFlags(shown);
    }

    private String yesNo(String raw) {
        return Objects.requireNonNullElse(bundle.apply(raw.equals("true") ? "app.yes" : "app.no"), raw);
    }

    private String replaceCodes(String raw, String prefix) {
        // Codes of a list (roles are lower-case with hyphens: each comma-separated part is tried whole as well).
        if (!raw.contains(" ") && raw.contains(",") || bundle.apply(prefix + raw) != null) {
            StringBuilder out = new StringBuilder();
            for (String part : raw.split(",", -1)) {
                if (!out.isEmpty()) {
                    out.append('、');
                }
                out.append(Objects.requireNonNullElse(bundle.apply(prefix + part.strip()), part.strip()));
            }
            return out.toString();
        }
        Matcher m = CODE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    Objects.requireNonNullElse(bundle.apply(prefix + m.group()), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replaceFlags(String raw) {
        Matcher m = FLAG.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(field(m.group(1)) + ": " + yesNo(m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The enum type of the record's field named {@code field} (in its class or a superclass), or {@code null}. */
    Class<?> enumField(String recordType, String field) {
        Class<?> type = recordType == null ? null : recordClass.apply(recordType);
        return enumFieldOf(type, field);
    }

    static Class<?> enumFieldOf(Class<?> type, String field) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                return f.getType().isEnum() ? f.getType() : null;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
