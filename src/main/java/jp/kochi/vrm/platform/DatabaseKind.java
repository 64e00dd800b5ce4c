package jp.kochi.vrm.platform;

/** The databases the portal supports: embedded H2 (default, zero set-up) and PostgreSQL (production). */
public enum DatabaseKind {
    H2,
    POSTGRESQL;

    /** The kind named by a JDBC URL, or {@code null} when the URL is missing or of another database. */
    public static DatabaseKind of(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return null;
    }
}
