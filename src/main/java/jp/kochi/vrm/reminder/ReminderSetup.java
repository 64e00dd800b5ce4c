package jp.kochi.vrm.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.due.DueDateSource;
import jp.kochi.vrm.due.DueKind;
import jp.kochi.vrm.due.LeadDays;
import jp.kochi.vrm.due.ReminderSettings;
import jp.kochi.vrm.platform.PortalSettings;

/** The reminder engine over every {@link DueDateSource} the application has, and the settings from configuration. */
@ApplicationScoped
public class ReminderSetup {

    @Inject
    @Any
    private Instance<DueDateSource> sources;

    @Inject
    private PortalSettings portalSettings;

    private ReminderEngine engine;
    private ReminderSettings settings;

    @PostConstruct
    void init() {
        List<DueDateSource> all = new ArrayList<>();
        sources.forEach(all::add);
        // A stable order (by class name), so runs and the dashboard list kinds alike on every server.
        all.sort(Comparator.comparing(s -> s.getClass().getName().replaceAll("\\$.*", "")));
        engine = new ReminderEngine(all);
        settings = settingsFrom(portalSettings, engine.kinds().values());
    }

    /** The settings: each kind's lead days from {@code vrm.reminders.<kind>.days} if set (checked at start-up). */
    public static ReminderSettings settingsFrom(PortalSettings config, Iterable<DueKind> kinds) {
        Map<String, List<Integer>> lead = new HashMap<>();
        for (DueKind k : kinds) {
            config.reminderSetting(k.settingName()).flatMap(LeadDays::parse).ifPresent(days -> lead.put(k.code(), days));
        }
        return new ReminderSettings(lead, config.reminderOverdueEveryDays(), config.reminderSubmissionReviewDays(),
                config.snsDormantDays());
    }

    public ReminderEngine engine() {
        return engine;
    }

    public ReminderSettings settings() {
        return settings;
    }

    public Map<String, DueKind> kinds() {
        return engine.kinds();
    }
}
