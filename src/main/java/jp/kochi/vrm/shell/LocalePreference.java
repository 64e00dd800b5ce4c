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
 * The user's language: the user's choice (the switch, or a page's {@code ?lang=}), else the first of Japanese and
 * English in the browser's {@code Accept-Language}, else Japanese. Kept for the session (it is a preference, not
 * data), applied to every view through {@code <f:view locale>}.
 */
@Named
@SessionScoped
public class LocalePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale JAPANESE = Locale.JAPANESE;

    /** The user's choice, or {@code null} while they have made none. */
    private Locale locale;

    @Inject
    private transient ExternalContext externalContext;

    public Locale getLocale() {
        if (locale != null) {
            return locale;
        }
        String header = null;
        try {
            if (externalContext.getRequest() instanceof HttpServletRequest request) {
                header = request.getHeader("Accept-Language");
            }
        } catch (RuntimeException outsideARequest) {
            // no request (a background task): the default
        }
        return fromAcceptLanguage(header);
    }

    /** The first of Japanese and English the header asks for (by its weights), else Japanese. */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return JAPANESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("ja")) {
                    return JAPANESE;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header that is not a language list: the default
        }
        return JAPANESE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
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
