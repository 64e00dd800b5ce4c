package jp.kochi.vrm.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Staff home: real counts of what the portal holds, and what the user's roles let them do. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private HomeSummary summary;

    private HomeSummary.Counts counts;

    @PostConstruct
    void load() {
        counts = summary.counts();
    }

    public HomeSummary.Counts getCounts() {
        return counts;
    }
}
