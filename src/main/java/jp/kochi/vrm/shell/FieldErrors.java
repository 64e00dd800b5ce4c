package jp.kochi.vrm.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of this request that belong to a field (a converter's, a validator's, a rule's refusal at a field),
 * by the field's client id, for {@code resources/js/field-errors.js}, which marks each field invalid, puts its
 * message next to it and links the summary to it: one mechanism for every form.
 */
@Named
@RequestScoped
public class FieldErrors {

    @Inject
    private FacesContext faces;

    /** A field's message. */
    public record FieldError(String clientId, String text) {
    }

    public List<FieldError> getList() {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            for (FacesMessage m : faces.getMessageList(clientId)) {
                if (m.getSeverity() == FacesMessage.SEVERITY_ERROR || m.getSeverity() == FacesMessage.SEVERITY_FATAL) {
                    errors.add(new FieldError(clientId, m.getSummary()));
                }
            }
        }
        return errors;
    }
}
