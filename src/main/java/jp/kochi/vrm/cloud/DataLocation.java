package jp.kochi.vrm.cloud;

/** Where the service stores and processes the city's data. */
public enum DataLocation {
    /** 国内のみ. */
    DOMESTIC,
    /** 国外. */
    OVERSEAS,
    /** 国内及び国外. */
    BOTH
}
