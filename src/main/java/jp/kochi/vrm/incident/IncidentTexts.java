package jp.kochi.vrm.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * The timeline's structured entries in the reader's language: which facts changed, which legal report was made on
 * which day, which decision was taken and why. The entries store codes; no code reaches the screen.
 */
@Named
@RequestScoped
public class IncidentTexts {

    @Inject
    private UiMessages messages;

    public String entryText(IncidentEntry e) {
        String t = e.getText() == null ? "" : e.getText();
        return switch (e.getKind()) {
            case FACTS_CHANGED -> {
                List<String> names = new ArrayList<>();
                for (String field : t.split(",")) {
                    if (!field.isBlank()) {
                        names.add(messages.text("incident.field." + field.strip()));
                    }
                }
                yield messages.text("incident.entry.factsChangedText", String.join("、", names));
            }
            case LEGAL_REPORT -> {
                // "<rule>/<stage> <yyyy-mm-dd>" then the note on the next line
                String first = t.contains("\n") ? t.substring(0, t.indexOf('\n')) : t;
                String note = t.contains("\n") ? t.substring(t.indexOf('\n') + 1) : "";
                String[] parts = first.split("[/ ]");
                if (parts.length < 3) {
                    yield t;
                }
                yield messages.text("incident.entry.legalReportText", messages.text("incident.rule." + parts[0]),
                        messages.text("incident.stage." + parts[1]), Dates.format(LocalDate.parse(parts[2])))
                        + (note.isEmpty() ? "" : "\n" + note);
            }
            case DECISION -> {
                String first = t.contains("\n") ? t.substring(0, t.indexOf('\n')) : t;
                String reason = t.contains("\n") ? t.substring(t.indexOf('\n') + 1) : "";
                String[] parts = first.split("=");
                if (parts.length < 2) {
                    yield t;
                }
                yield messages.text("incident.decision." + parts[0]) + "："
                        + messages.text("incident.answer." + parts[1]) + "\n" + reason;
            }
            default -> t;
        };
    }
}
