package jp.kochi.vrm.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the user's chosen language from the start, so messages added before rendering (in a
 * view action, for instance) are in that language too, and not in the browser's {@code Accept-Language}.
 */
public class PreferredLocaleViewHandler extends ViewHandlerWrapper {

    public PreferredLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocalePreference.class).get().getLocale();
    }
}
