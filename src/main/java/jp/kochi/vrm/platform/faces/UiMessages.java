package jp.kochi.vrm.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.LocalText;

/** Messages for the user, from the {@code messages} bundle in the user's language. */
@Named
@RequestScoped
public class UiMessages {

    @Inject
    private FacesContext faces;

    public String text(String key, Object... args) {
        String found = textOrNull(key);
        String pattern = found == null ? key : found;
        if (args.length == 0) {
            return pattern;
        }
        Locale locale = faces.getViewRoot().getLocale();
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalText local) {
                shown[i] = local.in(locale);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The text of a key, or {@code null} when the bundle has none. */
    public String textOrNull(String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    public void info(String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A warning: shown, kept across a redirect, and never stopping the action. */
    public void warn(String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public void error(String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
        faces.validationFailed();
    }

    /** The violation's message; arguments that are message keys (a field, a status) are shown as their text. */
    public void error(BusinessRuleViolation violation) {
        error(violation.messageKey(), localised(violation.arguments()));
    }

    /**
     * The violation's message at one field ({@code clientId}): shown next to it and in the summary, which links to
     * it; the field is marked invalid (see {@code resources/js/field-errors.js}).
     */
    public void errorAt(String clientId, BusinessRuleViolation violation) {
        String text = text(violation);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** The violation's message as text, for showing it in the page rather than as a message. */
    public String text(BusinessRuleViolation violation) {
        return text(violation.messageKey(), localised(violation.arguments()));
    }

    private Object[] localised(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof BusinessRuleViolation nested) {
                shown[i] = text(nested);
            } else if (shown[i] instanceof String key && key.matches("[a-zA-Z]+(\\.[a-zA-Z0-9_-]+)+")) {
                String text = textOrNull(key);
                if (text != null) {
                    shown[i] = text;
                }
            }
        }
        return shown;
    }
}
