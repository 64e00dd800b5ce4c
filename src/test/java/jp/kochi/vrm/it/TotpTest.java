package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test helper against the published test vectors. */
class TotpTest {

    /** RFC 6238 Appendix B, SHA-1, secret "12345678901234567890", 8 digits. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesRfc6238(long seconds, String expected) {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected, Totp.code(key, Totp.step(seconds * 1000), 8));
    }

    @ParameterizedTest
    @CsvSource({"0, 755224", "1, 287082", "9, 520489"})
    void sixDigitsMatchRfc4226(long counter, String expected) {
        assertEquals(expected, Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", counter));
    }

    @ParameterizedTest
    @CsvSource({"'MZXW6YTBOI======', foobar", "'mzxw 6ytb oi', foobar", "'MY======', f"})
    void decodesBase32AsKeycloakShowsIt(String text, String expected) {
        assertArrayEquals(expected.getBytes(StandardCharsets.US_ASCII), Totp.base32(text));
    }
}
