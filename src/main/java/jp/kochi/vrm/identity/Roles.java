package jp.kochi.vrm.identity;

import java.util.List;

/** The portal's roles: Keycloak realm roles, delivered in the token's {@code groups} claim. */
public final class Roles {

    /** 調達・契約担当: registers contractors and contracts. */
    public static final String PROCUREMENT = "procurement";
    /** 情報セキュリティ責任者: approves, sets rules, sees everything. */
    public static final String SECURITY_OFFICER = "security-officer";
    /** SNSアカウント責任者: owns official social media accounts. */
    public static final String SNS_OWNER = "sns-owner";
    /** 委託事業者: a contractor's representative; sees only its own records. */
    public static final String CONTRACTOR = "contractor";
    /** 監査担当: reads everything, changes nothing; verifies the audit log. */
    public static final String AUDITOR = "auditor";
    /** システム管理者: reference data and portal administration. */
    public static final String ADMIN = "admin";

    /** Every role, in the order the header and menus list them. */
    public static final List<String> ALL =
            List.of(PROCUREMENT, SECURITY_OFFICER, SNS_OWNER, AUDITOR, ADMIN, CONTRACTOR);

    /** The city's own staff, as opposed to contractors. */
    public static final List<String> STAFF = List.of(PROCUREMENT, SECURITY_OFFICER, SNS_OWNER, AUDITOR, ADMIN);

    private Roles() {
    }
}
