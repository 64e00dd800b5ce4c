package jp.kochi.vrm.sns;

import java.util.regex.Pattern;

/**
 * Refuses text that looks like a secret rather than a description of where one is kept: the portal records where
 * credentials and recovery codes are and who holds them, never the password or a code itself.
 */
final class SecretText {

    /** "パスワード: Xy7…", "password=…", "PW：…": a label, then a value in ASCII (secrets are; descriptions rarely). */
    private static final Pattern LABELLED = Pattern.compile("(?i)(?<![a-z])(パスワード|暗証番号|password|passwd|pw|"
            + "リカバリーコード|recovery code|バックアップコード|backup code)\\s*[:：=＝]\\s*[\\x21-\\x7e]{4,}");

    /**
     * Recovery-code shaped: groups of four mixing letters and digits ("a1b2-c3d4"), three or more groups of four digits
     * ("1234 5678 9012"), or a run of ten or more letters and digits mixed ("abcd1234efgh").
     */
    private static final Pattern CODE = Pattern.compile("(?i)\\b(?=[0-9a-z]{0,3}[0-9])(?=[0-9a-z]{0,3}[a-z])[0-9a-z]{4}[- ]"
            + "(?=[0-9a-z]{0,3}[0-9])(?=[0-9a-z]{0,3}[a-z])[0-9a-z]{4}\\b"
            + "|\\b[0-9]{4}(?:[- ][0-9]{4}){2,}\\b"
            + "|\\b(?=[0-9a-z]*[0-9])(?=[0-9a-z]*[a-z])[0-9a-z]{10,}\\b");

    private SecretText() {
    }

    static boolean looksLikeSecret(String text) {
        return text != null && (LABELLED.matcher(text).find() || CODE.matcher(text).find());
    }
}
