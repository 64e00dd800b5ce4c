package jp.kochi.vrm.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnexTemplateTest {

    @TempDir
    Path folder;

    private Path html;

    /** A copy of the packaged templates, as staff would have them in contracts-templates/. */
    @BeforeEach
    void copyPackagedTemplates() throws IOException {
        html = folder.resolve(AnnexTemplate.TEMPLATE_FILE);
        Files.createDirectories(folder.resolve("fonts"));
        copy(AnnexTemplate.TEMPLATE_FILE, html);
        copy(AnnexTemplate.FONT_FILE, folder.resolve(AnnexTemplate.FONT_FILE));
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = AnnexTemplateTest.class.getResourceAsStream("/contracts-templates/" + resource)) {
            Files.copy(in, target);
        }
    }

    @Test
    void picksUpAnEditedTemplateWithoutANewRenderer() throws IOException {
        AnnexRenderer renderer = new AnnexRenderer(AnnexTemplate.fromDirectory(folder));
        String before = PdfText.of(renderer.render(AnnexSamples.contract(2)).pdf());
        assertTrue(before.contains("契約の表示"), before);

        edit(html.toString(), "契約の表示", "契約の概要");
        String after = PdfText.of(renderer.render(AnnexSamples.contract(2)).pdf());

        assertTrue(after.contains("契約の概要"), after);
        assertFalse(after.contains("契約の表示"), after);
    }

    @Test
    void aTemplateThatIsNotWellFormedIsReportedWithItsFileAndLine() throws IOException {
        AnnexRenderer renderer = new AnnexRenderer(AnnexTemplate.fromDirectory(folder));
        edit(html.toString(), "<h1 data-annex=\"title\"></h1>", "<h1 data-annex=\"title\">");

        AnnexTemplateException problem = assertThrows(AnnexTemplateException.class,
                () -> renderer.render(AnnexSamples.contract(1)));

        assertEquals(html.toString(), problem.location());
        assertTrue(problem.getMessage().contains(html.toString()), problem.getMessage());
        assertTrue(problem.getMessage().contains("not well-formed"), problem.getMessage());
        assertTrue(problem.getMessage().matches("(?s).*at line \\d+, column \\d+.*"), problem.getMessage());
    }

    @Test
    void aTemplateWithoutAPlaceForTheArticlesIsRefused() throws IOException {
        AnnexRenderer renderer = new AnnexRenderer(AnnexTemplate.fromDirectory(folder));
        edit(html.toString(), "data-annex=\"article\"", "data-annex=\"artikel\"");

        AnnexTemplateException problem = assertThrows(AnnexTemplateException.class,
                () -> renderer.render(AnnexSamples.contract(1)));

        assertTrue(problem.getMessage().contains(html.toString()), problem.getMessage());
        assertTrue(problem.getMessage().contains("article (inside chapter)"), problem.getMessage());
    }

    @Test
    void aRepairedTemplateRendersAgain() throws IOException {
        AnnexRenderer renderer = new AnnexRenderer(AnnexTemplate.fromDirectory(folder));
        String good = Files.readString(html);
        edit(html.toString(), "</body>", "");
        assertThrows(AnnexTemplateException.class, () -> renderer.render(AnnexSamples.contract(1)));

        Files.writeString(html, good);
        touch(html, 2);

        assertTrue(PdfText.of(renderer.render(AnnexSamples.contract(1)).pdf()).contains("第1条（目的）"));
    }

    @Test
    void aMissingTemplateFileIsReportedWithItsPath() throws IOException {
        AnnexRenderer renderer = new AnnexRenderer(AnnexTemplate.fromDirectory(folder));
        Files.delete(html);

        AnnexTemplateException problem = assertThrows(AnnexTemplateException.class,
                () -> renderer.render(AnnexSamples.contract(1)));

        assertTrue(problem.getMessage().contains(html.toString()), problem.getMessage());
    }

    @Test
    void aMissingFontIsReportedWhenTheRendererIsCreated() throws IOException {
        Path font = folder.resolve(AnnexTemplate.FONT_FILE);
        Files.delete(font);

        AnnexTemplateException problem = assertThrows(AnnexTemplateException.class,
                () -> new AnnexRenderer(AnnexTemplate.fromDirectory(folder)));

        assertEquals(font.toString(), problem.location());
    }

    @Test
    void thePackagedTemplateIsOnTheClasspath() {
        AnnexTemplate packaged = AnnexTemplate.fromClasspath();

        assertEquals("classpath:/contracts-templates/security-annex.html", packaged.location());
        assertTrue(PdfText.of(new AnnexRenderer(packaged).render(AnnexSamples.contract(1)).pdf()).contains("第1条（目的）"));
    }

    /** Replaces text in the file and moves its time on, as a save a few seconds later would. */
    private static void edit(String file, String from, String to) throws IOException {
        Path path = Path.of(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        touch(path, 1);
    }

    private static void touch(Path path, int secondsLater) throws IOException {
        Instant modified = Files.getLastModifiedTime(path).toInstant();
        Files.setLastModifiedTime(path, FileTime.from(modified.plusSeconds(secondsLater)));
    }
}
