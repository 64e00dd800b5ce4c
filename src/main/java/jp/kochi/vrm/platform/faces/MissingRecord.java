package jp.kochi.vrm.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with the id of a record the user may not see, or none: answered 404 with the error page, exactly as a
 * missing download is (never a page that says "not found" with 200, which tells ids apart).
 */
public final class MissingRecord {

    private MissingRecord() {
    }

    /** Ends the request with 404; {@code message} is the page's explanation in the user's language. */
    public static void answer(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
