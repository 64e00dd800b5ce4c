package jp.kochi.vrm.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule that keeps passwords, authenticator keys and recovery codes out of the SNS records' free text. */
class SecretTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tr0ub4dor&3xZ", "P@ssw0rd2024!", "hunter2Hunter2!", "Kochi2026!",
            "JBSWY3DPEHPK3PXP", "jbsw y3dp ehpk 3pxp", "8f3k-29dk-1mzq", "1234 5678 9012", "ABCD-EFGH-IJKL-MNOP",
            "abcd1234efgh", "a1b2-c3d4", "Tr0ub4dor3xZ", "MyDogRex7Cat9"})
    void passwordsKeysAndRecoveryCodesAreRefused(String secret) {
        assertTrue(SecretText.looksLikeSecret(secret), secret);
        assertTrue(SecretText.looksLikeSecret("金庫のメモ（" + secret + "）を参照"), "inside Japanese text: " + secret);
        assertTrue(SecretText.looksLikeSecret("初期設定は" + secret + "です。"), "with no space around it: " + secret);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ｔｒ０ｕｂ４ｄｏｒ＆３ｘＺ", "１２３４　５６７８　９０１２", "パスワード：Kochi-2026-x", "password=hunter22",
            "PW：x9y8z7", "リカバリーコード：8f3k2m1x"})
    void fullWidthAndLabelledFormsAreRefusedToo(String secret) {
        assertTrue(SecretText.looksLikeSecret(secret), secret);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2026/12/07 改訂。第3条に基づき、090-1234-5678（広報広聴課）へ連絡する。",
        "公式アカウント https://x.com/kochi_city と @kochi_city 以外からの連絡には応じない。",
        "問い合わせは koho@city.kochi.lg.jp（〒780-8571 高知市本町5丁目1-45）まで。",
        "ISO/IEC 27001 に準拠し、機密性3A の情報は投稿しない。",
        "Windows11 の公用端末と iPhone15 の公用スマートフォンだけで操作する。",
        "平日 8:30〜17:15、緊急時は 24時間。令和8年度（2026年度）版。",
        "キャビネット No.2024-0001 の封筒、内線 12345678、電話 088-823-9000 の担当係",
        "パスワード管理台帳（課長が保管）", "パスワード: 金庫に保管", "pass: 金庫の中",
        "Safe room 2, key held by the division head; call them with your team 2024 list.",
        "https://www.city.kochi.kochi.jp/soshiki/12/abc123def456ghi.html を参照",
        "#高知家 #kochi2026 のハッシュタグを付ける", "PowerPoint2019 と Office365 で資料を作る",
        "COVID-19 の情報は危機管理課の確認後に投稿する", "「パスワードを直ちに変更し、情報セキュリティ責任者に報告する。」",
        "二要素認証（TOTP）を必須とし、バックアップコードは金庫に保管する。",
        "投稿に <script>alert(1)</script> や arguments[0]; のような記法は書かない。",
        "Never enter a password or recovery code: record only where they are kept.", "設定 port=8180 を確認する",
        "Java の -XX:+UseSerialGC と HttpClient.Version.HTTP_1_1 の設定"})
    void ordinaryTextWithNumbersAddressesAndNamesIsAccepted(String text) {
        assertFalse(SecretText.looksLikeSecret(text), text);
    }

    @Test
    void aRefusalNamesTheFieldAndWhyButNotTheSecret() {
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                () -> SecretText.clean("鍵は Tr0ub4dor&3xZ", 500, "sns.credentialLocation", true));
        assertEquals("sns.secret", refused.messageKey());
        assertEquals("sns.credentialLocation", refused.arguments()[0]);
        assertEquals("sns.secret.password", refused.arguments()[1]);
        assertEquals("Tr…", refused.arguments()[2], "enough to find it in a long text, not enough to use it");

        assertEquals("sns.secret.code", assertThrows(BusinessRuleViolation.class,
                () -> SecretText.clean("8f3k-29dk-1mzq", 500, "sns.procedure.operation", true)).arguments()[1]);
        assertEquals("sns.secret.key", assertThrows(BusinessRuleViolation.class,
                () -> SecretText.clean("JBSWY3DPEHPK3PXP", 500, "sns.procedure.operation", true)).arguments()[1]);
        assertEquals("sns.secret.labelled", assertThrows(BusinessRuleViolation.class,
                () -> SecretText.clean("PW：x9y8z7", 500, "sns.procedure.operation", true)).arguments()[1]);
    }

    @Test
    void cleanTextIsStrippedAndBlankOptionalTextIsNull() {
        assertEquals("広報広聴課の金庫", SecretText.clean("  広報広聴課の金庫 ", 500, "sns.credentialLocation", true));
        assertNull(SecretText.clean(" ", 500, "sns.deputyName", false));
        assertEquals("app.required", assertThrows(BusinessRuleViolation.class,
                () -> SecretText.clean(" ", 500, "sns.purpose", true)).messageKey());
    }
}
