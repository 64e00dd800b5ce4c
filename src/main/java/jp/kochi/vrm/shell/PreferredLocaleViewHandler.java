package jp.kochi.vrm.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the user's language from the start ({@link LocalePreference}: their choice, else the
 * browser's {@code Accept-Language} if it names Japanese or English, else Japanese), so messages added before
 * rendering (in a view action, for instance) are in that language too.
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
