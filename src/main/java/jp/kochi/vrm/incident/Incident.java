package jp.kochi.vrm.incident;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.cloud.ExternalService;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.ClockProducer;
import jp.kochi.vrm.platform.TextInput;
import jp.kochi.vrm.sns.SnsAccount;

/**
 * 事故・インシデント: what happened, what it concerns, the facts that decide the legal reports, and its handling from
 * the first report to closure. The timeline only grows; each rule of the handling is a method here.
 */
@Entity
@Table(name = "incident")
public class Incident extends AuditedEntity {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = IncidentEntry.MAX_TEXT;
    public static final int MAX_ACTIONS = 2000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_COUNT = 100_000_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    @Id
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    private Long id;

    @Column(name = "incident_number", length = 20)
    private String incidentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentSubject subject;

    @ManyToOne
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne
    @JoinColumn(name = "external_service_id")
    private ExternalService externalService;

    @ManyToOne
    @JoinColumn(name = "sns_account_id")
    private SnsAccount snsAccount;

    @ManyToOne
    @JoinColumn(name = "contractor_id")
    private Contractor contractor;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "what_happened", nullable = false, length = MAX_TEXT)
    private String whatHappened;

    @Column(name = "found_at", nullable = false)
    private OffsetDateTime foundAt;

    @Column(name = "known_on")
    private LocalDate knownOn;

    @ManyToOne
    @JoinColumn(name = "confidentiality")
    private ConfidentialityLevel confidentiality;

    @Column(name = "personal_info", nullable = false)
    private boolean personalInfo;

    @Column(name = "sensitive_info", nullable = false)
    private boolean sensitive;

    @Column(name = "my_number", nullable = false)
    private boolean myNumber;

    @Column(name = "property_damage", nullable = false)
    private boolean propertyDamage;

    @Column(name = "unauthorised_purpose", nullable = false)
    private boolean unauthorisedPurpose;

    @Column(name = "affected_count")
    private Integer affectedCount;

    @Column(name = "actions_so_far", length = MAX_ACTIONS)
    private String actionsSoFar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentStatus status = IncidentStatus.DRAFT;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "reported_by", length = 100)
    private String reportedBy;

    @Column(name = "reported_by_name", length = 100)
    private String reportedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_kind", nullable = false, length = 20)
    private IncidentEntry.AuthorKind reporterKind;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;

    @Column(name = "notify_persons", length = 20)
    private String notifyPersons;

    @Column(name = "notify_reason", length = MAX_REASON)
    private String notifyReason;

    @Column(length = 20)
    private String publication;

    @Column(name = "publication_reason", length = MAX_REASON)
    private String publicationReason;

    @Column(name = "contract_measure", length = 30)
    private String contractMeasure;

    @Column(name = "contract_measure_reason", length = MAX_REASON)
    private String contractMeasureReason;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "incident", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt, id")
    private List<IncidentEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.PERSIST)
    @OrderBy("ruleCode, stage")
    private List<LegalReport> legalReports = new ArrayList<>();

    protected Incident() {
    }

    /** A new incident (a draft until {@link #report}) about what {@code about} names. */
    public Incident(About about, IncidentChannel channel, Author author, OffsetDateTime now) {
        this.subject = Objects.requireNonNull(about.subject(), "subject");
        this.contract = about.contract();
        this.externalService = about.service();
        this.snsAccount = about.snsAccount();
        this.contractor = about.contractor();
        this.department = about.department();
        this.channel = author.contractor() ? IncidentChannel.PORTAL : requireStaffChannel(channel);
        this.reporterKind = author.kind();
        this.createdAt = now;
        this.createdBy = author.username();
    }

    /** What an incident concerns, as the service resolved it from the form. */
    public record About(IncidentSubject subject, Contract contract, ExternalService service, SnsAccount snsAccount,
            Contractor contractor, Department department) {
    }

    private static IncidentChannel requireStaffChannel(IncidentChannel channel) {
        if (channel == null || channel == IncidentChannel.PORTAL) {
            throw new BusinessRuleViolation("incident.channelRequired");
        }
        return channel;
    }

    /**
     * Sets the described facts from the form, each checked: a draft keeps what is entered so far (only a title is
     * needed), a report needs them all ({@code complete}).
     */
    public void describe(IncidentForm f, ConfidentialityLevel level, OffsetDateTime now, boolean complete) {
        if (status == IncidentStatus.CLOSED) {
            throw new BusinessRuleViolation("incident.closedAlready");
        }
        this.title = TextInput.clean(f.getTitle(), MAX_TITLE, "incident.title", true);
        String what = TextInput.clean(f.getWhatHappened(), MAX_TEXT, "incident.whatHappened", complete);
        this.whatHappened = what == null ? "" : what;
        this.actionsSoFar = TextInput.clean(f.getActionsSoFar(), MAX_ACTIONS, "incident.actionsSoFar", false);
        OffsetDateTime found = foundAt(f.getFoundDate(), f.getFoundTime(), complete);
        if (found != null && found.isAfter(now)) {
            throw new BusinessRuleViolation("incident.foundInFuture");
        }
        this.foundAt = found == null ? now : found;
        if (f.getAffectedCount() != null && (f.getAffectedCount() < 0 || f.getAffectedCount() > MAX_COUNT)) {
            throw new BusinessRuleViolation("incident.countInvalid", MAX_COUNT);
        }
        this.confidentiality = level;
        this.personalInfo = f.isPersonalInfo();
        this.sensitive = f.isSensitive();
        this.myNumber = f.isMyNumber();
        this.propertyDamage = f.isPropertyDamage();
        this.unauthorisedPurpose = f.isUnauthorisedPurpose();
        this.affectedCount = f.getAffectedCount();
    }

    static OffsetDateTime foundAt(LocalDate date, String time, boolean required) {
        if (date == null) {
            if (required) {
                throw new BusinessRuleViolation("app.required", "incident.foundDate");
            }
            return null;
        }
        if (time == null || time.isBlank()) {
            if (required) {
                throw new BusinessRuleViolation("app.required", "incident.foundTime");
            }
            return date.atStartOfDay(ClockProducer.CITY_ZONE).toOffsetDateTime();
        }
        try {
            LocalTime t = LocalTime.parse(time.strip().replace('：', ':'), TIME);
            return date.atTime(t).atZone(ClockProducer.CITY_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolation("incident.foundTimeInvalid");
        }
    }

    /**
     * Sends the first report (第一報): the incident gets its number, the day the city knew of it, and the first entry
     * of its timeline.
     */
    public void report(Author author, OffsetDateTime now, List<EvidenceFile> files) {
        if (status != IncidentStatus.DRAFT) {
            throw new BusinessRuleViolation("incident.reportedAlready");
        }
        if (whatHappened == null || whatHappened.isBlank()) {
            throw new BusinessRuleViolation("app.required", "incident.whatHappened");
        }
        status = IncidentStatus.REPORTED;
        reportedAt = now;
        reportedBy = author.username();
        reportedByName = author.displayName();
        knownOn = now.atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate();
        incidentNumber = String.format("INC-%d-%05d", knownOn.getYear(), id);
        entries.add(new IncidentEntry(this, EntryKind.FIRST_REPORT, whatHappened, author, now, files));
    }

    /** Whether the draft belongs to the contractor's users (drafts are never seen by another contractor or staff). */
    public boolean isDraft() {
        return status == IncidentStatus.DRAFT;
    }

    /** The city acknowledges the first report: someone is handling it. Only staff, only once. */
    public void acknowledge(Author author, OffsetDateTime now) {
        if (author.contractor()) {
            throw new BusinessRuleViolation("incident.staffOnly");
        }
        if (status != IncidentStatus.REPORTED) {
            throw new BusinessRuleViolation("incident.notWaitingAcknowledgement");
        }
        status = IncidentStatus.HANDLING;
        acknowledgedAt = now;
        acknowledgedBy = author.username();
        entries.add(new IncidentEntry(this, EntryKind.ACKNOWLEDGED, null, author, now, List.of()));
    }

    /** The escalation for a missing acknowledgement went out. */
    public void escalated(OffsetDateTime now, String recipients) {
        escalatedAt = now;
        entries.add(new IncidentEntry(this, EntryKind.ESCALATED, recipients,
                new Author("system", "システム", IncidentEntry.AuthorKind.SYSTEM), now, List.of()));
    }

    /**
     * Adds a report to the timeline: a follow-up (続報), the detailed report with its cause (原因), or a countermeasure
     * (再発防止策). A contractor's user adds follow-ups and detailed reports to its own incidents only.
     */
    public IncidentEntry addEntry(EntryKind kind, String text, List<EvidenceFile> files, Author author,
            OffsetDateTime now) {
        if (isDraft()) {
            throw new BusinessRuleViolation("incident.notReported");
        }
        if (status == IncidentStatus.CLOSED) {
            throw new BusinessRuleViolation("incident.closedAlready");
        }
        if (kind != EntryKind.FOLLOW_UP && kind != EntryKind.DETAILED_REPORT && kind != EntryKind.COUNTERMEASURE) {
            throw new BusinessRuleViolation("incident.entryKindInvalid");
        }
        if (author.contractor() && !kind.byContractor()) {
            throw new BusinessRuleViolation("incident.entryKindInvalid");
        }
        String clean = TextInput.clean(text, MAX_TEXT, "incident.entryText", true);
        IncidentEntry e = new IncidentEntry(this, kind, clean, author, now, files);
        entries.add(e);
        return e;
    }

    /** Staff correct the facts as the handling learns more; the change is written to the timeline. */
    public void changeFacts(IncidentForm f, ConfidentialityLevel level, LocalDate newKnownOn, Author author,
            OffsetDateTime now) {
        if (author.contractor()) {
            throw new BusinessRuleViolation("incident.staffOnly");
        }
        if (isDraft()) {
            throw new BusinessRuleViolation("incident.notReported");
        }
        Map<String, String> before = auditState();
        describe(f, level, now, true);
        if (newKnownOn != null) {
            if (newKnownOn.isAfter(now.atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate())
                    || newKnownOn.isBefore(foundAt.atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate())) {
                throw new BusinessRuleViolation("incident.knownOnInvalid");
            }
            knownOn = newKnownOn;
        }
        Map<String, String> after = auditState();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        entries.add(new IncidentEntry(this, EntryKind.FACTS_CHANGED, String.join(",", changed), author, now,
                List.of()));
    }

    /** Records a legal report as made, once per rule and stage; the final one needs the preliminary one first. */
    public LegalReport recordLegalReport(String ruleCode, LegalReport.Stage stage, LocalDate madeOn, String note,
            Author author, OffsetDateTime now) {
        if (author.contractor()) {
            throw new BusinessRuleViolation("incident.staffOnly");
        }
        if (isDraft()) {
            throw new BusinessRuleViolation("incident.notReported");
        }
        LocalDate today = now.atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate();
        if (madeOn == null || madeOn.isAfter(today) || madeOn.isBefore(knownOn)) {
            throw new BusinessRuleViolation("incident.madeOnInvalid");
        }
        if (legalReport(ruleCode, stage).isPresent()) {
            throw new BusinessRuleViolation("incident.legalReportRecorded");
        }
        if (stage == LegalReport.Stage.FINAL && legalReport(ruleCode, LegalReport.Stage.PRELIMINARY).isEmpty()) {
            throw new BusinessRuleViolation("incident.preliminaryFirst");
        }
        String clean = TextInput.clean(note, MAX_REASON, "incident.legalReportNote", false);
        LegalReport r = new LegalReport(this, ruleCode, stage, madeOn, author.username(), clean, now);
        legalReports.add(r);
        entries.add(new IncidentEntry(this, EntryKind.LEGAL_REPORT, ruleCode + "/" + stage + " " + madeOn
                + (clean == null ? "" : "\n" + clean), author, now, List.of()));
        return r;
    }

    public Optional<LegalReport> legalReport(String ruleCode, LegalReport.Stage stage) {
        return legalReports.stream().filter(r -> r.getRuleCode().equals(ruleCode) && r.getStage() == stage)
                .findFirst();
    }

    /** Records a decision with its reason (security officer); a later decision of the same kind replaces it. */
    public void decide(Decision decision, String answer, String reason, Author author, OffsetDateTime now) {
        if (author.contractor()) {
            throw new BusinessRuleViolation("incident.staffOnly");
        }
        if (isDraft()) {
            throw new BusinessRuleViolation("incident.notReported");
        }
        if (status == IncidentStatus.CLOSED) {
            throw new BusinessRuleViolation("incident.closedAlready");
        }
        if (decision == null || answer == null || !decision.answers().contains(answer)) {
            throw new BusinessRuleViolation("incident.decisionInvalid");
        }
        if (decision == Decision.CONTRACT_MEASURE && contractor == null && !"NONE".equals(answer)) {
            throw new BusinessRuleViolation("incident.noContractor");
        }
        String why = TextInput.clean(reason, MAX_REASON, "incident.decisionReason", true);
        switch (decision) {
            case NOTIFY_PERSONS -> {
                notifyPersons = answer;
                notifyReason = why;
            }
            case PUBLICATION -> {
                publication = answer;
                publicationReason = why;
            }
            case CONTRACT_MEASURE -> {
                contractMeasure = answer;
                contractMeasureReason = why;
            }
        }
        entries.add(new IncidentEntry(this, EntryKind.DECISION, decision + "=" + answer + "\n" + why, author, now,
                List.of()));
    }

    /**
     * The incident's official account is taken off the public list at once (security officer), with the reason on the
     * timeline; a security officer other than the one who did it confirms the account again when it is safe.
     */
    public void suspendListing(String reason, Author author, OffsetDateTime now) {
        if (author.contractor()) {
            throw new BusinessRuleViolation("incident.staffOnly");
        }
        if (snsAccount == null || isDraft() || status == IncidentStatus.CLOSED) {
            throw new BusinessRuleViolation("incident.noAccountToSuspend");
        }
        String why = TextInput.clean(reason, MAX_REASON, "incident.decisionReason", true);
        snsAccount.withdrawFromPublic(author.username());
        entries.add(new IncidentEntry(this, EntryKind.DECISION, "SUSPEND_LISTING=YES\n" + why, author, now,
                List.of()));
    }

    /** Who recorded the newest countermeasure, if any: that person may not close the incident. */
    public Optional<String> lastCountermeasureAuthor() {
        String last = null;
        for (IncidentEntry e : entries) {
            if (e.getKind() == EntryKind.COUNTERMEASURE) {
                last = e.getAuthor();
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * Closes the incident (security officer). Not by the person who recorded the last countermeasure (二者確認);
     * not while a legal report is outstanding, a corrective action is not verified, or a decision is missing.
     *
     * @param outstandingReports legal reports due and not made
     * @param unverifiedActions corrective actions of this incident not yet verified
     */
    public void close(String note, Author author, OffsetDateTime now, int outstandingReports, int unverifiedActions) {
        if (author.contractor()) {
            throw new BusinessRuleViolation("incident.staffOnly");
        }
        if (status != IncidentStatus.HANDLING) {
            throw new BusinessRuleViolation(status == IncidentStatus.CLOSED ? "incident.closedAlready"
                    : "incident.acknowledgeFirst");
        }
        if (lastCountermeasureAuthor().filter(author.username()::equals).isPresent()) {
            throw BusinessRuleViolation.refusal("incident.closeBySomeoneElse");
        }
        if (lastCountermeasureAuthor().isEmpty()) {
            throw new BusinessRuleViolation("incident.countermeasureFirst");
        }
        if (outstandingReports > 0) {
            throw new BusinessRuleViolation("incident.reportsOutstanding", outstandingReports);
        }
        if (unverifiedActions > 0) {
            throw new BusinessRuleViolation("incident.actionsOpen", unverifiedActions);
        }
        if (isAnyPersonalInfo() && (notifyPersons == null || publication == null)) {
            throw new BusinessRuleViolation("incident.decisionsMissing");
        }
        String why = TextInput.clean(note, MAX_REASON, "incident.closingNote", true);
        status = IncidentStatus.CLOSED;
        closedAt = now;
        closedBy = author.username();
        entries.add(new IncidentEntry(this, EntryKind.CLOSED, why, author, now, List.of()));
    }

    public IncidentFacts facts() {
        return new IncidentFacts(personalInfo, sensitive, myNumber, propertyDamage, unauthorisedPurpose, affectedCount);
    }

    public boolean isAnyPersonalInfo() {
        return facts().isAnyPersonalInfo();
    }

    /** The legal clocks under the given rules, with the reports made so far. */
    public List<ReportingClock> clocks(List<ReportRule> rules) {
        List<ReportingClock> clocks = new ArrayList<>();
        if (isDraft()) {
            return clocks;
        }
        for (ReportRule r : rules) {
            ReportingClock.of(r, facts(), knownOn).ifPresent(clocks::add);
        }
        return clocks;
    }

    /** The legal reports due under the rules and not made yet, as (rule, stage, due date). */
    public List<DueReport> outstandingReports(List<ReportRule> rules) {
        List<DueReport> due = new ArrayList<>();
        for (ReportingClock c : clocks(rules)) {
            String code = c.rule().getCode();
            if (legalReport(code, LegalReport.Stage.PRELIMINARY).isEmpty()) {
                due.add(new DueReport(c, LegalReport.Stage.PRELIMINARY, c.preliminaryDue()));
            }
            if (legalReport(code, LegalReport.Stage.FINAL).isEmpty()) {
                due.add(new DueReport(c, LegalReport.Stage.FINAL, c.finalDue()));
            }
        }
        return due;
    }

    /** A legal report still to be made. */
    public record DueReport(ReportingClock clock, LegalReport.Stage stage, LocalDate dueDate) {
    }

    /** Whether a contractor's users see it: reported incidents and drafts of their own contractor. */
    public boolean belongsTo(long contractorId) {
        return contractor != null && contractor.getId() == contractorId;
    }

    @Override
    public String auditId() {
        return incidentNumber != null ? incidentNumber : "draft-" + id;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("subject", subject == null ? null : subject.name());
        state.put("contract", contract == null ? null : contract.getContractNumber());
        state.put("externalService", externalService == null ? null : externalService.getName());
        state.put("snsAccount", snsAccount == null ? null : snsAccount.getDisplayName());
        state.put("title", title);
        state.put("whatHappened", whatHappened);
        state.put("foundAt", foundAt == null ? null : foundAt.toString());
        state.put("knownOn", knownOn == null ? null : knownOn.toString());
        state.put("confidentiality", confidentiality == null ? null : confidentiality.getCode());
        state.put("personalInfo", String.valueOf(personalInfo));
        state.put("sensitive", String.valueOf(sensitive));
        state.put("myNumber", String.valueOf(myNumber));
        state.put("propertyDamage", String.valueOf(propertyDamage));
        state.put("unauthorisedPurpose", String.valueOf(unauthorisedPurpose));
        state.put("affectedCount", affectedCount == null ? null : affectedCount.toString());
        state.put("actionsSoFar", actionsSoFar);
        state.put("channel", channel == null ? null : channel.name());
        state.put("status", status.name());
        state.put("acknowledgedBy", acknowledgedBy);
        state.put("escalatedAt", escalatedAt == null ? null : escalatedAt.toString());
        state.put("notifyPersons", notifyPersons);
        state.put("publication", publication);
        state.put("contractMeasure", contractMeasure);
        state.put("closedBy", closedBy);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getIncidentNumber() {
        return incidentNumber;
    }

    public IncidentSubject getSubject() {
        return subject;
    }

    public Contract getContract() {
        return contract;
    }

    public ExternalService getExternalService() {
        return externalService;
    }

    public SnsAccount getSnsAccount() {
        return snsAccount;
    }

    public Contractor getContractor() {
        return contractor;
    }

    public Department getDepartment() {
        return department;
    }

    public String getTitle() {
        return title;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public OffsetDateTime getFoundAt() {
        return foundAt;
    }

    public LocalDate getFoundDate() {
        return foundAt == null ? null : foundAt.atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalDate();
    }

    public String getFoundTime() {
        return foundAt == null ? null : foundAt.atZoneSameInstant(ClockProducer.CITY_ZONE).toLocalTime()
                .format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public LocalDate getKnownOn() {
        return knownOn;
    }

    public ConfidentialityLevel getConfidentiality() {
        return confidentiality;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isMyNumber() {
        return myNumber;
    }

    public boolean isPropertyDamage() {
        return propertyDamage;
    }

    public boolean isUnauthorisedPurpose() {
        return unauthorisedPurpose;
    }

    public Integer getAffectedCount() {
        return affectedCount;
    }

    public String getActionsSoFar() {
        return actionsSoFar;
    }

    public IncidentChannel getChannel() {
        return channel;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getReportedByName() {
        return reportedByName;
    }

    public IncidentEntry.AuthorKind getReporterKind() {
        return reporterKind;
    }

    public OffsetDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public String getNotifyPersons() {
        return notifyPersons;
    }

    public String getNotifyReason() {
        return notifyReason;
    }

    public String getPublication() {
        return publication;
    }

    public String getPublicationReason() {
        return publicationReason;
    }

    public String getContractMeasure() {
        return contractMeasure;
    }

    public String getContractMeasureReason() {
        return contractMeasureReason;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<IncidentEntry> getEntries() {
        return entries;
    }

    public List<LegalReport> getLegalReports() {
        return legalReports;
    }
}
