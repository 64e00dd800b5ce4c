package jp.kochi.vrm.incident;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A page opened with the id of a record the user may not see, or none: answered 404, as a missing record. */
final class MissingPage {

    private MissingPage() {
    }

    static void answer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
