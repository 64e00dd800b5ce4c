package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public verification API (no sign-in) for an official, an unknown, a closed account and garbage; the open-data
 * downloads; and, last, the per-client rate limit.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnsVerificationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void anOfficialAccountIsRecognisedHoweverItsAddressIsWritten() throws Exception {
        for (String address : List.of("https://x.com/kochi_city_koho", "http://www.twitter.com/Kochi_City_Koho/?s=20",
                "x.com/kochi_city_koho/status/1234567890", "@kochi_city_koho")) {
            HttpResponse<String> response = verify(address);
            assertEquals(200, response.statusCode(), address);
            JsonObject body = json(response.body());
            assertTrue(body.getBoolean("official"), address + ": " + body);
            JsonObject account = body.getJsonArray("accounts").getJsonObject(0);
            assertEquals("広報広聴課", account.getString("department"));
            assertEquals("Public Relations Division", account.getString("departmentEn"));
            assertEquals("ACTIVE", account.getString("status"));
            assertFalse(body.toString().contains("sns-demo") || body.toString().contains("金庫"),
                    "no people or credential facts leave through the public API");
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    @Test
    @Order(2)
    void unknownAndLookAlikeAccountsAreNotOfficial() throws Exception {
        for (String address : List.of("https://x.com/kochi_city_kohoo", "https://x.co/kochi_city_koho", "@kochi_city_koh0")) {
            JsonObject body = json(verify(address).body());
            assertFalse(body.getBoolean("official"), address);
            assertEquals(0, body.getJsonArray("accounts").size(), address);
        }
    }

    @Test
    @Order(3)
    void aHandleCanBeAskedAboutOnePlatform() throws Exception {
        String base = "/verify?address=" + URLEncoder.encode("@kochi_city_koho", StandardCharsets.UTF_8);
        assertTrue(json(get(base + "&platform=x").body()).getBoolean("official"));
        JsonObject tiktok = json(get(base + "&platform=TIKTOK").body());
        assertFalse(tiktok.getBoolean("official"), "the same handle on another platform is not the city's");
        HttpResponse<String> unknown = get(base + "&platform=myspace");
        assertEquals(400, unknown.statusCode());
        assertEquals("sns.verify.platform", json(unknown.body()).getString("error"));
    }

    @Test
    @Order(3)
    void aClosedAccountIsNamedButNotOfficial() throws Exception {
        JsonObject body = json(verify("https://page.line.me/kochicity_old").body());
        assertFalse(body.getBoolean("official"));
        assertEquals("CLOSED", body.getJsonArray("accounts").getJsonObject(0).getString("status"));
        assertEquals("広報広聴課", body.getJsonArray("accounts").getJsonObject(0).getString("department"));
    }

    @Test
    @Order(4)
    void garbageIsAnsweredWithAClearError() throws Exception {
        for (String input : List.of("", "javascript:alert(1)", "<script>alert(1)</script>", "a".repeat(600), "https://x.com/a b")) {
            HttpResponse<String> response = verify(input);
            assertEquals(400, response.statusCode(), input);
            JsonObject body = json(response.body());
            assertTrue(body.getString("error").startsWith("sns.verify."), body.toString());
            assertFalse(body.getString("message").isBlank() || body.getString("messageEn").isBlank(), body.toString());
            assertFalse(response.body().contains("<script>"), "the input is not echoed as markup");
        }
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/verify")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, missing.statusCode());
        assertEquals("sns.verify.empty", json(missing.body()).getString("error"));
    }

    @Test
    @Order(5)
    void theListIsOpenDataAsJsonAndCsv() throws Exception {
        JsonObject list = json(get("/accounts.json").body());
        assertTrue(list.getJsonArray("accounts").size() >= 4);
        HttpResponse<String> csv = get("/accounts.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("https://x.com/kochi_city_koho") && csv.body().contains("CLOSED"), csv.body());
        assertFalse(csv.body().contains("sns-demo"));
    }

    @Test
    @Order(6)
    void thePublicPageIsInJapaneseAndInEnglish() throws Exception {
        String ja = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.current().portalUrl() + "/public/sns.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(ja.contains("高知市の公式SNSアカウント") && ja.contains("広報広聴課") && ja.contains("廃止したアカウント"));
        String en = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.current().portalUrl() + "/public/sns.xhtml?lang=en"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(en.contains("official social media accounts") && en.contains("Public Relations Division")
                && en.contains("Closed accounts"), en);
    }

    @Test
    @Order(7)
    void eachClientIsRateLimited() throws Exception {
        int limited = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 80 && limited == 0; i++) {
            last = verify("@kochi_city_koho");
            if (last.statusCode() == 429) {
                limited = i;
            }
        }
        assertTrue(limited > 0, "the limit (60 a minute by default) was reached");
        assertNotNull(last);
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertEquals("sns.verify.tooMany", json(last.body()).getString("error"));
    }

    private static HttpResponse<String> verify(String address) throws IOException, InterruptedException {
        return get("/verify?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return PortalStack.current().portalUrl() + "/api/public/sns";
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
