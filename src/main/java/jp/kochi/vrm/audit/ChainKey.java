package jp.kochi.vrm.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit chain's HMAC-SHA256 key ({@code VRM_AUDIT_KEY}). It lives only in the portal's configuration, so whoever
 * holds the database (its owner role, a copy of the H2 folder) can read and rewrite entries but cannot compute the
 * links of keyed entries or the MAC of an anchor. Never printed.
 */
public final class ChainKey {

    private final SecretKeySpec key;

    public ChainKey(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("an audit key is required");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** HMAC-SHA256 of the text (UTF-8), as 64 hexadecimal digits. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "ChainKey[not shown]";
    }
}
