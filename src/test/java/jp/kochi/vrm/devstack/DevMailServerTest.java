package jp.kochi.vrm.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's SMTP server prints what a demo user needs to follow an invitation and keeps the mail. */
class DevMailServerTest {

    @Test
    void printsRecipientSubjectAndLinksAndSavesTheMail(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (DevMailServer server = DevMailServer.start(port, dir.resolve("mail"))) {
            GreenMailUtil.sendTextEmail("ryoma@example.jp", "vrm-portal@example.jp", "アカウントの更新",
                    "次のリンクをクリックしてください。\nhttp://localhost:8180/realms/kochi-vrm/login-actions/action-token?key=abc&client_id=vrm-portal\n",
                    new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!printed.toString(StandardCharsets.UTF_8).contains("Saved:") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            System.setOut(console);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("To:      ryoma@example.jp"), out);
        assertTrue(out.contains("Subject: アカウントの更新"), out);
        assertTrue(out.contains("Link:    http://localhost:8180/realms/kochi-vrm/login-actions/action-token?key=abc&client_id=vrm-portal"), out);
        try (Stream<Path> saved = Files.list(dir.resolve("mail"))) {
            List<Path> files = saved.toList();
            assertEquals(1, files.size());
            assertTrue(files.get(0).toString().endsWith(".eml"));
            assertTrue(Files.readString(files.get(0), StandardCharsets.ISO_8859_1).contains("ryoma@example.jp"));
        }
    }

    @Test
    void savesEachNewMailOnceInTheOrderItArrived(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        PrintStream console = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (DevMailServer server = DevMailServer.start(port, dir.resolve("mail"))) {
            // Mailbox b first, then a, then b again: GreenMail lists them by mailbox (b1, b3, a2).
            String[] to = {"b@example.jp", "a@example.jp", "b@example.jp", "c@example.jp"};
            for (int i = 0; i < to.length; i++) {
                GreenMailUtil.sendTextEmail(to[i], "vrm-portal@example.jp", "mail-" + (i + 1), "本文 " + (i + 1), smtp);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (count(dir.resolve("mail")) < to.length && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(300); // nothing more arrives late
        } finally {
            System.setOut(console);
        }
        List<String> subjects = new ArrayList<>();
        try (Stream<Path> saved = Files.list(dir.resolve("mail"))) {
            for (Path file : saved.sorted(java.util.Comparator.comparing(DevMailServerTest::number)).toList()) {
                String eml = Files.readString(file, StandardCharsets.ISO_8859_1);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("Subject: (mail-\\d)").matcher(eml);
                assertTrue(m.find(), eml);
                subjects.add(m.group(1));
            }
        }
        assertEquals(List.of("mail-1", "mail-2", "mail-3", "mail-4"), subjects);
    }

    private static long count(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** The arrival number at the end of a saved mail's name ({@code 20261207-150000-3.eml}). */
    private static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1, name.length() - ".eml".length()));
    }

    @Test
    void findsLinksInText() {
        assertEquals(List.of("https://a.example/x?y=1&z=2", "http://b.example/"),
                DevMailServer.links("see https://a.example/x?y=1&z=2 and <http://b.example/>."));
    }
}
