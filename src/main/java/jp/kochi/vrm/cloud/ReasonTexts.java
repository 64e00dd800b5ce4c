package jp.kochi.vrm.cloud;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kochi.vrm.platform.faces.UiMessages;

/** Shows a ceiling's reasons and remedies in the user's language ({@code #{reasonTexts.of(list)}}). */
@Named
@RequestScoped
public class ReasonTexts {

    @Inject
    private UiMessages messages;

    public List<String> of(List<Reason> reasons) {
        return reasons == null ? List.of() : reasons.stream().map(r -> messages.text(r.key(), r.arguments())).toList();
    }
}
