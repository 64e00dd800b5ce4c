package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import jp.kochi.vrm.devstack.StackSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * A certificate file is judged by its content, not its name: a script named {@code .pdf} is refused and nothing
 * is stored; a real PDF is stored with its SHA-256 and offered to staff as a download, never to other roles.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class EvidenceUploadIT {

    static final byte[] PDF = realPdf();

    /** A one-page PDF as any office program writes it (PDFBox), so it passes the content checks. */
    static byte[] realPdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void certificateIsCheckedByContentHashedAndDownloadableByStaffOnly(@TempDir Path dir) throws Exception {
        StackSettings stack = PortalStack.current();
        Path fake = Files.writeString(dir.resolve("isms-certificate.pdf"), "<html><script>alert(1)</script></html>");
        Path real = Files.write(dir.resolve("ISMS登録証.pdf"), PDF);
        long before = count("SELECT COUNT(*) FROM certification");
        long fileId;
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn("procurement-demo");
            browser.open("/staff/contractors/view.xhtml?id=3");
            fillCertification(browser, fake);
            browser.click(By.id("certForm:saveCert"));
            String messages = browser.text("messagesPanel");
            assertTrue(messages.contains("受け付けていない形式のファイルです"), messages);
            assertEquals(before, count("SELECT COUNT(*) FROM certification"), "nothing stored");
            assertEquals("IS 700001", browser.element(By.id("certForm:number")).getAttribute("value"), "input kept");

            browser.element(By.id("certForm:certificateFile")).sendKeys(real.toString());
            browser.click(By.id("certForm:saveCert"));
            assertTrue(browser.text("messagesPanel").contains("保存しました。"), browser.text("messagesPanel"));
            assertTrue(browser.text("certForm:certifications").contains("ISMS登録証.pdf"));
            browser.assertAccessible();
        }
        try (Connection c = PortalStack.database(stack);
                PreparedStatement ps = c.prepareStatement("SELECT f.id, f.media_type, f.sha256, f.uploaded_by "
                        + "FROM certification x JOIN evidence_file f ON f.id = x.evidence_id WHERE x.number = 'IS 700001'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            fileId = rs.getLong(1);
            assertEquals("application/pdf", rs.getString(2));
            assertEquals(sha256(PDF), rs.getString(3));
            assertEquals("procurement-demo", rs.getString(4));
        }

        HttpResponse<byte[]> auditorDownload = download("auditor-demo", fileId);
        assertEquals(200, auditorDownload.statusCode());
        assertArrayEquals(PDF, auditorDownload.body());
        assertTrue(auditorDownload.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(auditorDownload.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(403, download("sns-demo", fileId).statusCode());
        assertEquals(403, download("contractor-demo", fileId).statusCode());
        assertEquals(404, download("auditor-demo", 999_999).statusCode());
    }

    private static void fillCertification(Browser browser, Path file) {
        browser.click(By.id("certForm:newCert"));
        new Select(browser.element(By.id("certForm:kind"))).selectByValue("ISMS");
        browser.element(By.id("certForm:number")).sendKeys("IS 700001");
        browser.element(By.id("certForm:issuer")).sendKeys("一般財団法人日本品質保証機構");
        browser.element(By.id("certForm:validFrom")).sendKeys("2026/04/01");
        browser.element(By.id("certForm:validUntil")).sendKeys("2029/03/31");
        browser.element(By.id("certForm:certificateFile")).sendKeys(file.toString());
    }

    /** Downloads with the session of a user signed in through Keycloak in a browser. */
    private static HttpResponse<byte[]> download(String user, long id) throws Exception {
        StackSettings stack = PortalStack.current();
        try (Browser browser = new Browser(stack.portalUrl())) {
            browser.signIn(user);
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/files/" + id))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = PortalStack.database(PortalStack.current());
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
