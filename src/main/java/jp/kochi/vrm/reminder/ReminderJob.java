package jp.kochi.vrm.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kochi.vrm.audit.AuditAction;
import jp.kochi.vrm.audit.AuditLog;
import jp.kochi.vrm.due.DueItemsChanged;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.ClockProducer;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.PortalStarted;
import jp.kochi.vrm.platform.StartupState;

/**
 * When reminders run: daily at the hours of {@code VRM_REMINDERS_HOURS} (city time, default 6:00), once at start-up
 * when today's run has not happened yet (a server that was down at 6:00 catches up), and when a security officer
 * starts it. After each run, and every minute while any are pending, the mail step queues the notifications' mails
 * (so a Keycloak that could not name the addresses is asked again). Every server may run it: the database lock
 * lets one run at a time, and the second finds nothing left to do.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
    private static final String DAILY = "reminders";
    private static final String MAILS = "reminder-mails";

    @Resource
    private TimerService timers;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private PortalSettings settings;

    @Inject
    private StartupState startup;

    @Inject
    private ReminderRunner runner;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        settings.reminderHours().ifPresent(hours -> timers.createCalendarTimer(new ScheduleExpression()
                .hour(hours).minute(0).second(0).timezone(ClockProducer.CITY_ZONE.getId()),
                new TimerConfig(DAILY, false)));
        timers.createIntervalTimer(60_000, 60_000, new TimerConfig(MAILS, false));
    }

    /** Catches up after start-up (and after the demo data), without holding start-up back. */
    public void started(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) PortalStarted started) {
        if (settings.reminderHours().isEmpty()) {
            return;
        }
        executor.execute(() -> {
            try {
                JobLock last = runner.lastRun();
                if (last == null || last.getLastRunOn() == null || last.getLastRunOn().isBefore(LocalDate.now(clock))) {
                    runAndMail("catch-up at start");
                } else if (runner.pendingMails() > 0) {
                    mail();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder catch-up at start failed; the next scheduled run repeats it", e);
            }
        });
    }

    /**
     * Runs over the event's kinds at once, after the commit that made an item due now (an incident's first report):
     * its notifications and mails go out within the minute. A failure is logged; the minute timer sends pending mails and the daily run
     * repeats the rest.
     */
    public void dueNow(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) DueItemsChanged e) {
        executor.execute(() -> {
            try {
                ReminderEngine.RunResult result = runner.run(e.kinds());
                LOG.info(() -> "Reminder run (" + e.why() + "): " + result.summary());
                mail();
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Reminder run for '" + e.why() + "' failed; the next run repeats it", ex);
            }
        });
    }

    /** The day whose scheduled run has failed so far: the minute timer tries it again until it succeeds. */
    private volatile LocalDate failedRunOf;

    @Timeout
    void timeout(Timer timer) {
        if (!startup.isReady()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            if (DAILY.equals(timer.getInfo()) || today.equals(failedRunOf)) {
                failedRunOf = today;
                runAndMail(DAILY.equals(timer.getInfo()) ? "scheduled" : "scheduled, again after a failure");
                failedRunOf = null;
            } else if (runner.pendingMails() > 0) {
                mail();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder job failed (" + timer.getInfo() + "); tried again in a minute", e);
        }
    }

    /** A security officer starts a run now (e.g. after correcting dates); safe to repeat, nothing is sent twice. */
    @Allowed(Roles.SECURITY_OFFICER)
    public ReminderEngine.RunResult runNow() {
        ReminderEngine.RunResult result = runAndMail("started by a security officer");
        audit.recordChange(AuditAction.CREATE, "ReminderRun", LocalDate.now(clock).toString(), java.util.List.of(
                new AuditLog.Change("reminderRun", null, result.summary())));
        return result;
    }

    private ReminderEngine.RunResult runAndMail(String why) {
        ReminderEngine.RunResult result = runner.run();
        LOG.info(() -> "Reminder run (" + why + "): " + result.summary());
        mail();
        return result;
    }

    private void mail() {
        try {
            NotificationMailer.Result r;
            do {
                r = runner.queueMails();
            } while (r.notifications() >= NotificationMailer.BATCH);
        } catch (RuntimeException e) {
            // Typically Keycloak unreachable: the notifications stay pending and the minute timer tries again.
            LOG.warning(() -> "Reminder mails not queued yet, will retry: " + e.getClass().getSimpleName());
        }
    }
}
