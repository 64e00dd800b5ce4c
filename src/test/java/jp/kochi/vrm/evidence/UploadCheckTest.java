package jp.kochi.vrm.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadCheckTest {

    private static final byte[] PDF = ("%PDF-1.7\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
        0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    private static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPdfIsAcceptedAsApplicationPdf() {
        UploadCheck.Result result = UploadCheck.check(PDF);

        assertTrue(result.accepted());
        assertEquals("application/pdf", result.mediaType());
        assertNull(result.problemKey());
    }

    @Test
    void aPngIsAcceptedAsImagePng() {
        UploadCheck.Result result = UploadCheck.check(PNG);

        assertTrue(result.accepted());
        assertEquals("image/png", result.mediaType());
    }

    @Test
    void aJpegIsAcceptedAsImageJpeg() {
        UploadCheck.Result result = UploadCheck.check(JPEG);

        assertTrue(result.accepted());
        assertEquals("image/jpeg", result.mediaType());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
            "<html><head><title>invoice.pdf</title></head></html>",
            "<script>fetch('/files/1')</script>",
            "#!/bin/sh\nrm -rf /\n",
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "PK\u0003\u0004 not really a zip"})
    void otherContentIsRefusedWhateverItsName(String content) {
        UploadCheck.Result result = UploadCheck.check(bytes(content));

        assertFalse(result.accepted());
        assertEquals("evidence.typeNotAccepted", result.problemKey());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("evidence.empty", UploadCheck.check(new byte[0]).problemKey());
        assertEquals("evidence.empty", UploadCheck.check(null).problemKey());
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        byte[] content = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        UploadCheck.Result result = UploadCheck.check(content);

        assertEquals("evidence.tooLarge", result.problemKey());
        assertNull(result.mediaType());
    }

    @Test
    void aFileOfExactlyTenMegabytesIsAccepted() {
        byte[] content = Arrays.copyOf(PDF, 10 * 1024 * 1024);

        assertEquals("application/pdf", UploadCheck.check(content).mediaType());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" as {1} -> \"{2}\"")
    @CsvSource({
            "../../etc/passwd.pdf, application/pdf, passwd.pdf",
            "..\\..\\Windows\\report.pdf, application/pdf, report.pdf",
            "C:\\Users\\taro\\監査報告書.pdf, application/pdf, 監査報告書.pdf",
            "report, application/pdf, report.pdf",
            "scan.PNG, image/png, scan.PNG",
            "photo.jpeg, image/jpeg, photo.jpeg",
            "photo, image/jpeg, photo.jpg",
            "invoice.exe, application/pdf, invoice.exe.pdf",
            "'a<b>c:d|e?f*g\"h.pdf', application/pdf, a_b_c_d_e_f_g_h.pdf",
            "'   ', application/pdf, evidence.pdf",
            ".hidden.pdf, application/pdf, evidence.hidden.pdf"})
    void safeFileNameKeepsOnlyASafeBaseNameWithTheDetectedExtension(String submitted, String mediaType,
            String safe) {
        assertEquals(safe, UploadCheck.safeFileName(submitted, mediaType));
    }

    @Test
    void safeFileNameOfNoNameIsEvidenceWithTheExtension() {
        assertEquals("evidence.png", UploadCheck.safeFileName(null, "image/png"));
    }

    @Test
    void safeFileNameReplacesAsciiControlCharacters() {
        assertEquals("report_x_.pdf", UploadCheck.safeFileName("report\nx\u0000.pdf", "application/pdf"));
        assertEquals("a_b.pdf", UploadCheck.safeFileName("a\u007fb.pdf", "application/pdf"));
    }

    @Test
    void safeFileNameRemovesUnicodeControlAndBidiOverrideCharacters() {
        String safe = UploadCheck.safeFileName("invoice\u202Efdp.exe\u0085.pdf", "application/pdf");

        assertTrue(safe.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT), () -> "unsafe characters left in " + safe);
    }

    @Test
    void safeFileNameIsCutTo200CharactersKeepingTheExtension() {
        String safe = UploadCheck.safeFileName("あ".repeat(300) + ".pdf", "application/pdf");

        assertEquals(200, safe.length());
        assertTrue(safe.endsWith(".pdf"));
    }

    @Test
    void sha256OfAbcIsTheKnownDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                UploadCheck.sha256(bytes("abc")));
    }

    @Test
    void sha256OfNothingIsTheKnownDigest() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                UploadCheck.sha256(new byte[0]));
    }
}
