package jp.kochi.vrm.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.faces.UiMessages;

/** The hint beside every file field: the accepted kinds and the size limit actually configured. */
@Named
@RequestScoped
public class EvidenceHint {

    @Inject
    private PortalSettings settings;

    @Inject
    private UiMessages messages;

    public String getText() {
        return messages.text("evidence.hint", settings.evidenceMaxBytes() / (1024 * 1024));
    }
}
