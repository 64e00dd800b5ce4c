package jp.kochi.vrm.cloud;

/** How the city uses the service: on standard terms accepted online (約款型), or under a negotiated contract (個別契約). */
public enum ServiceTerms {
    STANDARD_TERMS, NEGOTIATED
}
