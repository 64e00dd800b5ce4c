package jp.kochi.vrm.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Part;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadsTest {

    /** A form part: a chosen file (a name) of {@code size} bytes, or a plain field (no name). */
    private static Part part(String fileName, long size) {
        return (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSubmittedFileName" -> fileName;
                    case "getSize" -> size;
                    case "getName" -> "form:files";
                    default -> null;
                });
    }

    @Test
    void aChosenFileWithoutBytesIsNamedAsEmpty() {
        assertEquals(List.of("報告書.pdf"), Uploads.emptyFiles(List.of(part("報告書.pdf", 0), part("写真.png", 1234),
                part(null, 0), part("", 0))));
    }

    @Test
    void noFileChosenOrOnlyFilesWithContentIsNotEmpty() {
        assertEquals(List.of(), Uploads.emptyFiles(List.of(part("", 0), part("a.pdf", 1))));
    }
}
