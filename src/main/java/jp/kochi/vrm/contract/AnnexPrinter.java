package jp.kochi.vrm.contract;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.annex.AnnexDocument;
import jp.kochi.vrm.annex.AnnexRenderer;
import jp.kochi.vrm.annex.AnnexTemplate;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * The one annex renderer of the portal (it parses the font once), on the template folder named by
 * {@code VRM_ANNEX_TEMPLATES_DIR} when set, else on the copy packaged in the WAR. A template that cannot be
 * used is a clear message to the user and a log line for the administrator, never a stack trace in the page.
 */
@ApplicationScoped
public class AnnexPrinter {

    private static final Logger LOG = Logger.getLogger(AnnexPrinter.class.getName());

    @Inject
    private PortalSettings settings;

    private AnnexRenderer renderer;
    private String issuer;

    @PostConstruct
    void init() {
        Path dir = settings.annexTemplatesDir();
        AnnexTemplate template;
        if (dir != null && Files.isDirectory(dir)) {
            template = AnnexTemplate.fromDirectory(dir);
            LOG.info(() -> "Annex templates from " + dir.toAbsolutePath());
        } else {
            if (dir != null) {
                LOG.warning(() -> "VRM_ANNEX_TEMPLATES_DIR " + dir + " is not a folder; using the packaged templates");
            }
            template = AnnexTemplate.fromClasspath();
        }
        renderer = new AnnexRenderer(template);
        issuer = settings.cityName();
    }

    /** The city as it signs the annex (発注者). */
    public String issuer() {
        return issuer;
    }

    public AnnexRenderer.Rendered print(AnnexDocument document) {
        try {
            return renderer.render(document);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The annex " + document.documentNumber() + " could not be rendered", e);
            throw new BusinessRuleViolation("annex.renderFailed");
        }
    }
}
