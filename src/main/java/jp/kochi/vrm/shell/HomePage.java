package jp.kochi.vrm.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kochi.vrm.cloud.ExternalServices;
import jp.kochi.vrm.cloud.UsageRow;
import jp.kochi.vrm.cloud.UsageStatus;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.sns.SnsAccounts;

/** Staff home: real counts of what the portal holds, and what the user's roles let them do. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private HomeSummary summary;

    @Inject
    private ExternalServices externalServices;

    @Inject
    private SnsAccounts snsAccounts;

    @Inject
    private CurrentUser currentUser;

    private HomeSummary.Counts counts;
    private long snsOpenFlags;
    private long snsDormant;
    private long usagesAboveCeiling;
    private long usagesAwaiting;

    @PostConstruct
    void load() {
        counts = summary.counts();
        List<UsageRow> usages = externalServices.usages(null, null, false);
        usagesAboveCeiling = usages.stream().filter(UsageRow::above).count();
        usagesAwaiting = usages.stream().filter(r -> r.usage().getStatus() == UsageStatus.REQUESTED).count();
        if (currentUser.isMayReadSns()) {
            snsOpenFlags = snsAccounts.openFlagCount();
            snsDormant = snsAccounts.dormant().size();
        }
    }

    /** Posts with an open flag on the accounts the user sees (all, for a security officer, auditor or admin). */
    public long getSnsOpenFlags() {
        return snsOpenFlags;
    }

    public long getSnsDormant() {
        return snsDormant;
    }

    /** Live usages of external services above their service's ceiling today. */
    public long getUsagesAboveCeiling() {
        return usagesAboveCeiling;
    }

    public long getUsagesAwaiting() {
        return usagesAwaiting;
    }

    public HomeSummary.Counts getCounts() {
        return counts;
    }
}
