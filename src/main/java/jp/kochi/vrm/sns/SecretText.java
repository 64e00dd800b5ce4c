package jp.kochi.vrm.sns;

import java.util.regex.Pattern;

/**
 * Refuses text that looks like a secret rather than a description of where one is kept: the portal records where
 * credentials and recovery codes are and who holds them, never the password or a code itself.
 */
final class SecretText {

    /** "パスワード: xxxx", "password=xxxx", "PW：xxxx" and the like. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(パスワード|暗証|password|passwd|pass|pw|リカバリーコード|recovery code|バックアップコード|backup code)\\s*[:：=＝]\\s*\\S{4,}");
    /** Recovery-code shaped: two groups of four with digits in each ("a1b2-c3d4", "1234 5678"), or eight digits on end. */
    private static final Pattern CODE = Pattern.compile(
            "(?i)\\b(?=[0-9a-z]{0,3}[0-9])[0-9a-z]{4}[- ](?=[0-9a-z]{0,3}[0-9])[0-9a-z]{4}\\b|\\b[0-9]{8,}\\b");

    private SecretText() {
    }

    static boolean looksLikeSecret(String text) {
        if (text == null) {
            return false;
        }
        return LABELLED.matcher(text).find() || CODE.matcher(text).find();
    }
}
