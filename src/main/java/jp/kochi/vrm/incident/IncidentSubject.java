package jp.kochi.vrm.incident;

/** What an incident concerns. */
public enum IncidentSubject {
    /** 委託契約: at a contractor, under one of its contracts. */
    CONTRACT,
    /** 外部サービス: at an external (cloud) service's provider. */
    EXTERNAL_SERVICE,
    /** 公式SNSアカウント: takeover, impersonation, a wrong post. */
    SNS_ACCOUNT,
    /** 市の事案: the city's own incident touching these records. */
    CITY
}
