package jp.kochi.vrm.cloud;

/**
 * What a service's ceiling rests on before exceptions; the level each allows is reference data
 * ({@code external_assurance}).
 */
public enum AssuranceBasis {
    /** 約款型: standard terms, whatever else is true of the service. */
    STANDARD_TERMS,
    /** 個別契約 without a current ISMAP listing. */
    NO_LISTING,
    /** 個別契約 and a current ISMAP listing. */
    ISMAP,
    /** 個別契約 and a current ISMAP-LIU listing (low-impact SaaS). */
    ISMAP_LIU
}
