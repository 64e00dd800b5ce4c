package jp.kochi.vrm.cloud;

/** What the provider runs for the city: software, a platform or infrastructure. */
public enum ServiceKind {
    SAAS, PAAS, IAAS, OTHER
}
