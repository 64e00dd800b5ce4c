package jp.kochi.vrm.incident;

/** Who writes to an incident: the signed-in user as the timeline records it. */
public record Author(String username, String displayName, IncidentEntry.AuthorKind kind) {

    public Author {
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        if (displayName.length() > 100) {
            displayName = displayName.substring(0, 100);
        }
    }

    public boolean contractor() {
        return kind == IncidentEntry.AuthorKind.CONTRACTOR;
    }
}
