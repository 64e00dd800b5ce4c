package jp.kochi.vrm.reminder;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.cloud.ExternalServices;
import jp.kochi.vrm.cloud.OpenException;
import jp.kochi.vrm.cloud.UsageRow;
import jp.kochi.vrm.due.Rows;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.SheetWriter;
import jp.kochi.vrm.platform.faces.UiMessages;
import jp.kochi.vrm.sns.SnsAccounts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code /staff/dashboard.xhtml}: what is overdue and coming due (per role), the register's make-up as charts, the
 * flags of the other capabilities, and, for security officers, the reminder job and the self-inspection report.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows shown per list. */
    static final int SHOWN = 50;

    @Inject
    private Oversight oversight;

    @Inject
    private ExternalServices externalServices;

    @Inject
    private SnsAccounts snsAccounts;

    @Inject
    private ReminderJob job;

    @Inject
    private ReminderRunner runner;

    @Inject
    private SelfInspection selfInspection;

    @Inject
    private ReportPdf reportPdf;

    @Inject
    private PortalSettings settings;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Oversight.DueNow due;
    private List<Bar> kindBars;
    private List<Bar> tierBars;
    private List<Bar> levelBars;
    private long usagesAbove;
    private long snsFlags;
    private long snsDormant;
    private JobLock lastRun;
    private List<OpenException> exceptions;
    private Integer fiscalYear;

    public void load() {
        if (due != null) {
            return;
        }
        due = oversight.dueNow(SHOWN);
        Map<String, Long> perKind = new LinkedHashMap<>();
        for (Oversight.KindCount k : due.byKind()) {
            if (k.overdue() + k.dueSoon() > 0) {
                perKind.put(k.kind(), k.overdue() + k.dueSoon());
            }
        }
        kindBars = Bar.of("reminder.kind.", perKind);
        if (currentUser.isMayReadContractors()) {
            tierBars = Bar.of("dashboard.tier.", oversight.contractorsByTier());
            levelBars = Bar.of("dashboard.level.", oversight.contractsByLevel());
        }
        usagesAbove = externalServices.usages(null, null, true).stream().filter(UsageRow::above).count();
        if (currentUser.isMayReadSns()) {
            snsFlags = snsAccounts.openFlagCount();
            snsDormant = snsAccounts.dormant().size();
        }
        if (isOfficer()) {
            lastRun = runner.lastRun();
            exceptions = externalServices.openExceptions();
        }
        if (isMayExport()) {
            fiscalYear = selfInspection.currentFiscalYear();
        }
    }

    public boolean isOfficer() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isMayExport() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER) || currentUser.hasRole(Roles.AUDITOR);
    }

    public void runNow() {
        ReminderEngine.RunResult r = job.runNow();
        if (r.newReminders() == 0) {
            messages.info("dashboard.run.nothingNew", r.itemsDue());
        } else {
            messages.info("dashboard.run.done", r.itemsDue(), r.newReminders(), r.newNotifications());
        }
        due = null;
        load();
    }

    public List<Integer> getFiscalYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = selfInspection.currentFiscalYear(); y >= SelfInspection.FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    public StreamedContent getCsv() {
        int year = checkedYear();
        return DefaultStreamedContent.builder().name("self-inspection-" + year + ".csv")
                .contentType("text/csv; charset=UTF-8").writer(out -> {
                    try {
                        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        selfInspection.csv(year, w);
                        w.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public StreamedContent getXlsx() {
        int year = checkedYear();
        return DefaultStreamedContent.builder().name("self-inspection-" + year + ".xlsx")
                .contentType(SheetWriter.CONTENT_TYPE).writer(out -> {
                    try {
                        selfInspection.xlsx(year, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public StreamedContent getPdf() {
        int year = checkedYear();
        byte[] pdf = reportPdf.render(selfInspection.report(year), settings.cityName());
        selfInspection.exported(year, "pdf");
        return DefaultStreamedContent.builder().name("self-inspection-" + year + ".pdf")
                .contentType("application/pdf").stream(() -> new java.io.ByteArrayInputStream(pdf))
                .contentLength((long) pdf.length).build();
    }

    private int checkedYear() {
        if (fiscalYear == null) {
            throw new BusinessRuleViolation("report.year.invalid");
        }
        return fiscalYear;
    }

    /** The first overdue items, the longest overdue first. */
    public List<DueRow> getOverdue() {
        return due.overdue();
    }

    /** The first items coming due, the soonest first. */
    public List<DueRow> getDueSoon() {
        return due.dueSoon();
    }

    /** All overdue items the user sees, shown or not. */
    public long getOverdueCount() {
        return due.overdueCount();
    }

    /** All items coming due the user sees, shown or not. */
    public long getDueSoonCount() {
        return due.dueSoonCount();
    }

    /** True when more items are overdue than the list shows. */
    public boolean isOverdueTruncated() {
        return due.overdueCount() > due.overdue().size();
    }

    /** True when more items come due than the list shows. */
    public boolean isDueSoonTruncated() {
        return due.dueSoonCount() > due.dueSoon().size();
    }

    /** How many rows each list shows at most. */
    public int getLimit() {
        return SHOWN;
    }

    public List<Oversight.KindCount> getByKind() {
        return due.byKind();
    }

    public List<Bar> getKindBars() {
        return kindBars;
    }

    public List<Bar> getTierBars() {
        return tierBars;
    }

    public List<Bar> getLevelBars() {
        return levelBars;
    }

    public int height(List<Bar> bars) {
        return Bar.height(bars == null ? 0 : bars.size());
    }

    public long getUsagesAbove() {
        return usagesAbove;
    }

    public long getSnsFlags() {
        return snsFlags;
    }

    public long getSnsDormant() {
        return snsDormant;
    }

    /** Ceiling exceptions waiting for a second officer or in force, until they end (security officers only). */
    public List<OpenException> getExceptions() {
        return exceptions;
    }

    public JobLock getLastRun() {
        return lastRun;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }
}
