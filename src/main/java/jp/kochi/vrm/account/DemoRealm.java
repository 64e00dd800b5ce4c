package jp.kochi.vrm.account;

import java.util.List;

/**
 * What the demo overlay ({@code realm-export/demo/kochi-vrm-demo-overlay.json}) adds to the realm, and what a
 * realm must therefore not hold when the portal runs without demo data: the users with the published password,
 * and the role that exempts its holders from TOTP.
 */
public final class DemoRealm {

    /** デモ専用: exempts its holders from TOTP. */
    public static final String MFA_EXEMPT_ROLE = "demo-mfa-exempt";

    /** The overlay's users, all with the password printed in the README. */
    public static final List<String> USERNAMES = List.of("procurement-demo", "security-demo", "sns-demo",
            "contractor-demo", "contractor-demo-b", "auditor-demo", "admin-demo", "lead-demo", "procurement-mfa");

    private DemoRealm() {
    }
}
