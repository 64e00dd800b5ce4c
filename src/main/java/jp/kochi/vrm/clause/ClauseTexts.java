package jp.kochi.vrm.clause;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kochi.vrm.platform.faces.UiMessages;

/** Clause facts as page text in the viewer's language: 「第2版」, 「3か月ごと（期間末から10日以内）」. */
@Named
@RequestScoped
public class ClauseTexts {

    @Inject
    private UiMessages messages;

    public String version(int versionNo) {
        return messages.text("clause.versionNo", versionNo);
    }

    public String evidence(EvidenceRequirement e) {
        return e.getEvidenceName() + "（" + timing(e) + "）";
    }

    public String timing(EvidenceRequirement e) {
        String key = "clause.timing." + e.getTiming().name()
                + (e.getTiming() == EvidenceTiming.CADENCE && e.getOffsetDays() == 0 ? ".end" : "");
        return messages.text(key,
                e.getCadenceMonths() == null ? 0 : e.getCadenceMonths(), e.getOffsetDays());
    }
}
