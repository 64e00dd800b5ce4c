package jp.kochi.vrm.incident;

/** How the first report reached the city. */
public enum IncidentChannel {
    /** The contractor's user reported in the portal. */
    PORTAL,
    /** By telephone, recorded by staff. */
    PHONE,
    /** By mail or letter, recorded by staff. */
    MAIL,
    /** A provider's breach notice. */
    PROVIDER_NOTICE,
    /** Found by the city's own staff. */
    STAFF
}
