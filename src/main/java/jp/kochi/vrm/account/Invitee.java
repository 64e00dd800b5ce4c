package jp.kochi.vrm.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * The representative procurement invites, checked on the server: an e-mail address (full-width characters typed
 * with a Japanese input method are taken as their ASCII form, stored in lower case) and the family and given
 * name (姓・名), which Keycloak shows and asks for. Names refuse the characters Keycloak's person-name check
 * refuses, so Keycloak never rejects what the portal accepted.
 */
public record Invitee(String email, String familyName, String givenName) {

    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 100;

    /** ASCII mailbox: local part of the usual characters, a domain of labels with at least one dot. */
    private static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    /** Keycloak's person-name-prohibited-characters, plus every control character. */
    private static final Pattern NAME_PROHIBITED = Pattern.compile("[<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]");

    public static Invitee of(String email, String familyName, String givenName) {
        return new Invitee(email(email), name(familyName, "account.familyName"), name(givenName, "account.givenName"));
    }

    static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BusinessRuleViolation("app.required", "account.email");
        }
        String email = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL) {
            throw new BusinessRuleViolation("app.tooLong", "account.email", MAX_EMAIL);
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new BusinessRuleViolation("account.email.invalid");
        }
        return email;
    }

    static String name(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new BusinessRuleViolation("app.required", field);
        }
        String name = raw.strip();
        if (name.length() > MAX_NAME) {
            throw new BusinessRuleViolation("app.tooLong", field, MAX_NAME);
        }
        if (NAME_PROHIBITED.matcher(name).find()) {
            throw new BusinessRuleViolation("account.name.prohibited", field);
        }
        return name;
    }

    /** 姓 名, as the page lists people. */
    public String displayName() {
        return familyName + " " + givenName;
    }
}
