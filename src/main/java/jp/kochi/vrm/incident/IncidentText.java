package jp.kochi.vrm.incident;

/** How an incident is named where people read it: in mails, reminders and lists. */
public final class IncidentText {

    private IncidentText() {
    }

    /** What the incident concerns: the contract, service or account it is about; empty for the city's own. */
    public static String concerns(Incident i) {
        return switch (i.getSubject()) {
            case CONTRACT -> i.getContract().getContractNumber() + " " + i.getContract().getTitle();
            case EXTERNAL_SERVICE -> i.getExternalService().getName();
            case SNS_ACCOUNT -> i.getSnsAccount().getDisplayName();
            case CITY -> "";
        };
    }

    /** The incident's title line: its number and title, no more than a reminder's title holds. */
    public static String title(String number, String title) {
        return (number == null ? "" : number + " ") + (title == null ? "" : title);
    }
}
