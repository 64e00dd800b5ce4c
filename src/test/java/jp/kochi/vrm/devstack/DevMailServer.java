package jp.kochi.vrm.devstack;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The run command's SMTP server (GreenMail, in this process): Keycloak's invitation and password mails land here
 * instead of in real mailboxes. Each mail is printed to the console with its recipient, subject and links (so a
 * demo user can follow an invitation) and saved as an {@code .eml} file in the data folder. Also reads the text
 * and links of a mail for the tests.
 */
public final class DevMailServer implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final GreenMail greenMail;
    private final Path folder;
    /** Mails reported so far, in the order they arrived. */
    private final AtomicInteger received = new AtomicInteger();
    /** The SMTP transactions already reported: one mail to several recipients is delivered once to each. */
    private final Set<MovingMessage> reported = Collections.newSetFromMap(new IdentityHashMap<>());

    private DevMailServer(GreenMail greenMail, Path folder) {
        this.greenMail = greenMail;
        this.folder = folder;
    }

    /** Starts the server on {@code localhost:port}; mails are saved below {@code folder}. */
    public static DevMailServer start(int port, Path folder) throws IOException {
        ServerProcess.requireFreePort(port, "the development SMTP server");
        Files.createDirectories(folder);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        DevMailServer server = new DevMailServer(greenMail, folder);
        // Each mail is reported as it is delivered, so in the order of arrival and once. (GreenMail's list of received
        // mails is grouped by mailbox, not by arrival: reading it by position reported an older mail again.)
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            server.arrived(message);
            return deliver.handle(message, recipient);
        });
        greenMail.start();
        return server;
    }

    private void arrived(MovingMessage message) {
        synchronized (reported) {
            if (!reported.add(message)) {
                return;
            }
            report(message.getMessage(), received.incrementAndGet());
        }
    }

    private void report(MimeMessage message, int number) {
        try {
            Path file = folder.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + number + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            StringBuilder sb = new StringBuilder("\n[mail] ---------------------------------------------------------\n");
            sb.append("[mail] To:      ").append(recipients(message)).append('\n');
            sb.append("[mail] Subject: ").append(message.getSubject()).append('\n');
            for (String link : links(text(message))) {
                sb.append("[mail] Link:    ").append(link).append('\n');
            }
            sb.append("[mail] Saved:   ").append(file).append('\n');
            System.out.print(sb);
        } catch (IOException | MessagingException e) {
            System.out.println("[mail] could not save a received mail: " + e);
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The plain text of a mail (its text/plain part; the HTML part's text when there is none). */
    public static String text(MimeMessage message) {
        try {
            String plain = part(message, "text/plain");
            return plain != null ? plain : html(part(message, "text/html"));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    private static String part(Part part, String type) throws IOException, MessagingException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String html(String html) {
        return html == null ? "" : html.replace("&amp;", "&");
    }

    /** Every link in the text, in order. */
    public static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(m.group());
        }
        return links;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
