package jp.kochi.vrm.cloud;

/** The service's registration in ISMAP (政府情報システムのためのセキュリティ評価制度), or in ISMAP-LIU for low-impact SaaS. */
public enum IsmapStatus {
    NONE, ISMAP, ISMAP_LIU
}
