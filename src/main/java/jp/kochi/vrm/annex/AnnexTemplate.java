package jp.kochi.vrm.annex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Where the annex template ({@value #TEMPLATE_FILE}) and its font ({@value #FONT_FILE}) come from: a folder
 * that staff edit (the repository's {@code contracts-templates/}), or the copy packaged in the WAR.
 *
 * <p>A folder's template is checked on every render (modification time and size) and parsed again when it
 * changed, so an edit shows in the next PDF without a restart. The font is read once, by the
 * {@link AnnexRenderer} that uses it. Thread-safe.
 */
public final class AnnexTemplate {

    /** The template, relative to the folder. */
    public static final String TEMPLATE_FILE = "security-annex.html";
    /** The font, relative to the folder: IPAex明朝. */
    public static final String FONT_FILE = "fonts/ipaexm.ttf";

    private static final String CLASSPATH_FOLDER = "/contracts-templates/";

    private final Path directory;
    private final Object reloadLock = new Object();
    private volatile ParsedTemplate parsed;

    private AnnexTemplate(Path directory) {
        this.directory = directory;
    }

    /** The template in {@code dir} (e.g. the repository's contracts-templates/); edits are picked up. */
    public static AnnexTemplate fromDirectory(Path dir) {
        return new AnnexTemplate(Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize());
    }

    /** The copy packaged in the WAR (and on the test classpath) under /contracts-templates/. */
    public static AnnexTemplate fromClasspath() {
        return new AnnexTemplate(null);
    }

    /** The template file, for messages: a path, or {@code classpath:/contracts-templates/…}. */
    public String location() {
        return location(TEMPLATE_FILE);
    }

    private String location(String file) {
        return directory != null ? directory.resolve(file).toString() : "classpath:" + CLASSPATH_FOLDER + file;
    }

    @Override
    public String toString() {
        return "AnnexTemplate[" + location() + "]";
    }

    /** The font file, for messages. */
    String fontLocation() {
        return location(FONT_FILE);
    }

    /** The font file's bytes; read when a renderer is created. */
    byte[] fontBytes() {
        try {
            return read(FONT_FILE);
        } catch (IOException e) {
            throw new AnnexTemplateException(fontLocation(), "the font cannot be read (" + e + ")", e);
        }
    }

    /** The template as it is now: parsed again only if the folder's file changed since the last call. */
    ParsedTemplate current() {
        ParsedTemplate known = parsed;
        if (directory == null) {
            if (known == null) {
                synchronized (reloadLock) {
                    if (parsed == null) {
                        parsed = load(null);
                    }
                    known = parsed;
                }
            }
            return known;
        }
        FileStamp stamp = stamp();
        if (known != null && stamp.equals(known.stamp())) {
            return known;
        }
        synchronized (reloadLock) {
            if (parsed == null || !stamp.equals(parsed.stamp())) {
                // The stamp is taken before reading: a save that lands while we read shows as a change next time.
                parsed = load(stamp);
            }
            return parsed;
        }
    }

    private FileStamp stamp() {
        Path file = directory.resolve(TEMPLATE_FILE);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            throw new AnnexTemplateException(file.toString(), "file not found", e);
        } catch (IOException e) {
            throw new AnnexTemplateException(file.toString(), "cannot be read (" + e + ")", e);
        }
    }

    private ParsedTemplate load(FileStamp stamp) {
        String location = location();
        byte[] html;
        try {
            html = read(TEMPLATE_FILE);
        } catch (IOException e) {
            throw new AnnexTemplateException(location, "cannot be read (" + e + ")", e);
        }
        Document dom = parse(html, location);
        AnnexDomFiller.checkTemplate(dom, location);
        return new ParsedTemplate(dom, location, baseUri(), stamp);
    }

    private String baseUri() {
        if (directory != null) {
            return directory.toUri().toString();
        }
        URL url = AnnexTemplate.class.getResource(CLASSPATH_FOLDER + TEMPLATE_FILE);
        return url == null ? "classpath:" + CLASSPATH_FOLDER : url.toString();
    }

    private byte[] read(String file) throws IOException {
        if (directory != null) {
            Path path = directory.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toString(), null, "file not found");
            }
            return Files.readAllBytes(path);
        }
        try (InputStream in = AnnexTemplate.class.getResourceAsStream(CLASSPATH_FOLDER + file)) {
            if (in == null) {
                throw new NoSuchFileException(CLASSPATH_FOLDER + file, null, "not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static Document parse(byte[] html, String location) {
        try {
            DocumentBuilder builder = documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
            InputSource source = new InputSource(new ByteArrayInputStream(html));
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new AnnexTemplateException(location, "not well-formed XHTML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new AnnexTemplateException(location, "not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory documentBuilderFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // A template is edited by hand: it must not reach for other files or the network.
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not stop a well-formed template.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    record FileStamp(FileTime modified, long size) {
    }

    /** A parsed template; render from a {@link #copy()}, never from the shared DOM. */
    static final class ParsedTemplate {
        private final Document dom;
        private final String location;
        private final String baseUri;
        private final FileStamp stamp;

        ParsedTemplate(Document dom, String location, String baseUri, FileStamp stamp) {
            this.dom = dom;
            this.location = location;
            this.baseUri = baseUri;
            this.stamp = stamp;
        }

        FileStamp stamp() {
            return stamp;
        }

        String location() {
            return location;
        }

        String baseUri() {
            return baseUri;
        }

        /** A private copy to fill. Xerces' DOM is not safe for concurrent reads, hence the lock. */
        Document copy() {
            synchronized (dom) {
                return (Document) dom.cloneNode(true);
            }
        }
    }
}
