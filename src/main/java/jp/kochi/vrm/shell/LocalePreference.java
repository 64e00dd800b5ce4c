package jp.kochi.vrm.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The user's language: Japanese by default, English on request. Kept for the session (it is a preference,
 * not data), applied to every view through {@code <f:view locale>}.
 */
@Named
@SessionScoped
public class LocalePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale JAPANESE = Locale.JAPANESE;

    private Locale locale = JAPANESE;

    @Inject
    private transient ExternalContext externalContext;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** A page's {@code ?lang=en|ja} (public pages linked from the city's English or Japanese site); others are ignored. */
    public void setRequested(String language) {
        if ("en".equals(language)) {
            locale = Locale.ENGLISH;
        } else if ("ja".equals(language)) {
            locale = JAPANESE;
        }
    }

    public String getRequested() {
        return null;
    }

    /** Switches between Japanese and English and reloads the page the user is on (post-redirect-get). */
    public void toggle() throws IOException {
        locale = isEnglish() ? JAPANESE : Locale.ENGLISH;
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        String query = request.getQueryString();
        externalContext.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
