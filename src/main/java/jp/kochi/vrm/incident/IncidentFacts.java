package jp.kochi.vrm.incident;

/**
 * The facts of an incident that decide which legal reports are due: what kind of information may have leaked, why,
 * and how many people it concerns ({@code null}: not known yet).
 */
public record IncidentFacts(boolean personalInfo, boolean sensitive, boolean myNumber, boolean propertyDamage,
        boolean unauthorisedPurpose, Integer affectedCount) {

    /** Whether any personal information is involved: My Number data and sensitive data are personal information. */
    public boolean isAnyPersonalInfo() {
        return personalInfo || sensitive || myNumber;
    }
}
