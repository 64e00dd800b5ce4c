package jp.kochi.vrm.sns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;

/**
 * 公式ソーシャルメディアアカウント: an account the city speaks through, its responsible person (責任者) and deputy, who
 * operates it, and where its credentials are kept (a description; never a password or code). Its guideline and
 * procedure are versioned beside it ({@link Guideline}, {@link Procedure}); its posts are logged ({@link SnsPost}).
 * <p>
 * 公開確認: a new account, and an account whose platform, address or handle changed, is public (the public list, the
 * verification API, the open data) only once a security officer other than the one who registered or changed it
 * confirmed it ({@link #confirm}), so a stolen owner login cannot make a look-alike verify as the city's.
 */
@Entity
@Table(name = "sns_account")
@NamedQuery(name = SnsAccount.ALL, query = "SELECT a FROM SnsAccount a JOIN FETCH a.department ORDER BY a.displayName")
@NamedQuery(name = SnsAccount.OF_USER, query = "SELECT a FROM SnsAccount a JOIN FETCH a.department "
        + "WHERE a.responsibleUser = :user OR a.deputyUser = :user ORDER BY a.displayName")
@NamedQuery(name = SnsAccount.BY_ADDRESS, query = "SELECT a FROM SnsAccount a WHERE a.normalizedAddress = :address")
public class SnsAccount extends AuditedEntity {

    static final String ALL = "SnsAccount.all";
    static final String OF_USER = "SnsAccount.ofUser";
    static final String BY_ADDRESS = "SnsAccount.byAddress";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    @Id
    @SequenceGenerator(name = "sns_account_seq", sequenceName = "sns_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sns_account_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Platform platform;

    @Column(name = "platform_other", length = 60)
    private String platformOther;

    @Column(nullable = false, length = 100)
    private String handle;

    @Column(name = "normalized_handle", nullable = false, length = 100)
    private String normalizedHandle;

    @Column(nullable = false, length = 500)
    private String address;

    @Column(name = "normalized_address", nullable = false, length = 500)
    private String normalizedAddress;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "responsible_user", nullable = false, length = 100)
    private String responsibleUser;

    @Column(name = "responsible_name", nullable = false, length = 100)
    private String responsibleName;

    @Column(name = "deputy_user", length = 100)
    private String deputyUser;

    @Column(name = "deputy_name", length = 100)
    private String deputyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Operator operator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(nullable = false, length = 500)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(nullable = false)
    private boolean mfa;

    @Column(name = "credential_location", nullable = false, length = 500)
    private String credentialLocation;

    @Column(name = "credential_holder", nullable = false, length = 200)
    private String credentialHolder;

    @Column(name = "credentials_changed_on")
    private LocalDate credentialsChangedOn;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "last_post_on")
    private LocalDate lastPostOn;

    /** 年次点検: due a year after the last review; {@code null} before the first (then a year after opening). */
    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    /** Who last set the platform, address or handle (the registrant at first): not the one to confirm it. */
    @Column(name = "identity_changed_by", nullable = false, length = 100)
    private String identityChangedBy;

    /** The security officer who confirmed the current platform, address and handle; {@code null}: not public. */
    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** The facts staff enter, references resolved. */
    public record Facts(Platform platform, String platformOther, String handle, String address, String displayName,
            Department department, String responsibleUser, String responsibleName, String deputyUser, String deputyName,
            Operator operator, Contract contract, String purpose, String audience, AccountStatus status, boolean mfa,
            String credentialLocation, String credentialHolder, LocalDate credentialsChangedOn, LocalDate openedOn) {
    }

    protected SnsAccount() {
    }

    public SnsAccount(Facts facts, LocalDate today, String createdBy, OffsetDateTime createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        describe(facts, today, createdBy);
    }

    /**
     * Sets the facts after checking all of them; a refused value changes nothing. A new platform, address or handle
     * takes the account off the public list until a security officer other than {@code by} confirms it.
     */
    public void describe(Facts f, LocalDate today, String by) {
        Objects.requireNonNull(by);
        if (f.platform() == null) {
            throw new BusinessRuleViolation("app.required", "sns.platform");
        }
        String other = f.platform() == Platform.OTHER ? SecretText.clean(f.platformOther(), 60, "sns.platformOther", true) : null;
        String cleanHandle = TextInput.clean(f.handle(), 100, "sns.handle", true);
        String handleKey = normalised(() -> AccountAddress.handle(cleanHandle), "sns.handle.invalid");
        String cleanAddress = TextInput.clean(f.address(), 500, "sns.address", true);
        if (!cleanAddress.matches("(?i)^https?://.+")) {
            throw new BusinessRuleViolation("sns.address.invalid");
        }
        String addressKey = normalised(() -> AccountAddress.address(cleanAddress), "sns.address.invalid");
        if (!addressKey.contains("/") || addressKey.endsWith("/profile.php")) {
            // A service's front page (x.com) would make every address on it verify as the city's.
            throw new BusinessRuleViolation("sns.address.noPath");
        }
        String name = SecretText.clean(f.displayName(), 200, "sns.displayName", true);
        if (f.department() == null) {
            throw new BusinessRuleViolation("app.required", "sns.department");
        }
        if (!f.department().isActive() && (department == null || !department.equals(f.department()))) {
            throw new BusinessRuleViolation("sns.department.inactive", f.department().getName());
        }
        String responsible = user(f.responsibleUser(), "sns.responsibleUser", true);
        String responsibleLabel = SecretText.clean(f.responsibleName(), 100, "sns.responsibleName", true);
        String deputy = user(f.deputyUser(), "sns.deputyUser", false);
        String deputyLabel = deputy == null ? null : SecretText.clean(f.deputyName(), 100, "sns.deputyName", true);
        if (deputy != null && deputy.equals(responsible)) {
            throw new BusinessRuleViolation("sns.deputy.same");
        }
        if (f.operator() == null) {
            throw new BusinessRuleViolation("app.required", "sns.operator");
        }
        if (f.operator() == Operator.CONTRACTOR && f.contract() == null) {
            throw new BusinessRuleViolation("sns.contract.required");
        }
        String cleanPurpose = SecretText.clean(f.purpose(), 1000, "sns.purpose", true);
        String cleanAudience = SecretText.clean(f.audience(), 500, "sns.audience", true);
        if (f.status() == null) {
            throw new BusinessRuleViolation("app.required", "sns.status");
        }
        String location = SecretText.clean(f.credentialLocation(), 500, "sns.credentialLocation", true);
        String holder = SecretText.clean(f.credentialHolder(), 200, "sns.credentialHolder", true);
        if (f.credentialsChangedOn() != null && f.credentialsChangedOn().isAfter(today)) {
            throw new BusinessRuleViolation("sns.credentialsChangedOn.future");
        }
        if (f.openedOn() == null) {
            throw new BusinessRuleViolation("app.required", "sns.openedOn");
        }
        if (f.openedOn().isAfter(today)) {
            throw new BusinessRuleViolation("sns.openedOn.future");
        }

        if (platform != f.platform() || !addressKey.equals(normalizedAddress) || !handleKey.equals(normalizedHandle)) {
            this.identityChangedBy = by;
            this.confirmedBy = null;
            this.confirmedAt = null;
        }
        this.platform = f.platform();
        this.platformOther = other;
        this.handle = cleanHandle;
        this.normalizedHandle = handleKey;
        this.address = cleanAddress;
        this.normalizedAddress = addressKey;
        this.displayName = name;
        this.department = f.department();
        this.responsibleUser = responsible;
        this.responsibleName = responsibleLabel;
        this.deputyUser = deputy;
        this.deputyName = deputyLabel;
        this.operator = f.operator();
        this.contract = f.operator() == Operator.CONTRACTOR ? f.contract() : null;
        this.purpose = cleanPurpose;
        this.audience = cleanAudience;
        this.status = f.status();
        this.mfa = f.mfa();
        this.credentialLocation = location;
        this.credentialHolder = holder;
        this.credentialsChangedOn = f.credentialsChangedOn();
        this.openedOn = f.openedOn();
    }

    public Facts facts() {
        return new Facts(platform, platformOther, handle, address, displayName, department, responsibleUser,
                responsibleName, deputyUser, deputyName, operator, contract, purpose, audience, status, mfa,
                credentialLocation, credentialHolder, credentialsChangedOn, openedOn);
    }

    /** Lists' order: active, suspended, closed; by name within each. */
    public static final Comparator<SnsAccount> LIST_ORDER = Comparator
            .comparing((SnsAccount a) -> a.status.ordinal()).thenComparing(SnsAccount::getDisplayName);

    /**
     * 公開確認 by a security officer: the account's platform, address and handle as they are now become public. The
     * one who registered or last changed them cannot confirm them (a refusal, audited).
     */
    void confirm(String officer, OffsetDateTime at) {
        if (confirmedBy != null) {
            throw new BusinessRuleViolation("sns.confirm.already");
        }
        if (officer == null || officer.equals(identityChangedBy)) {
            throw BusinessRuleViolation.refusal("sns.confirm.ownChange");
        }
        this.confirmedBy = officer;
        this.confirmedAt = at;
    }

    /**
     * Takes the account off the public list and the verification at once (an incident: a takeover, an impersonation):
     * until a security officer other than {@code by} confirms it again, the API answers as for an unknown account.
     */
    public void withdrawFromPublic(String by) {
        if (confirmedBy == null) {
            throw new BusinessRuleViolation("sns.withdraw.notPublic");
        }
        this.confirmedBy = null;
        this.confirmedAt = null;
        this.identityChangedBy = by;
    }

    /** Listed publicly and verified as the city's (as official or closed): a security officer confirmed it. */
    public boolean isPublic() {
        return confirmedBy != null;
    }

    /** The responsible person or the deputy: the two who run the account and log its posts. */
    public boolean isRunBy(String username) {
        return username != null && (username.equals(responsibleUser) || username.equals(deputyUser));
    }

    /** A post was logged on {@code day}. */
    void posted(LocalDate day) {
        if (lastPostOn == null || day.isAfter(lastPostOn)) {
            lastPostOn = day;
        }
    }

    /** How often an account is reviewed (domain: social media accounts yearly). */
    public static final int REVIEW_MONTHS = 12;

    /** When the yearly review is due: the recorded date, or a year after opening before the first review. */
    public static LocalDate reviewDue(LocalDate recorded, LocalDate openedOn) {
        return recorded != null ? recorded : openedOn.plusMonths(REVIEW_MONTHS);
    }

    public LocalDate getReviewDue() {
        return reviewDue(reviewDue, openedOn);
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    /** Whether the yearly review is past due on {@code today} (closed accounts are not reviewed). */
    public boolean isReviewOverdue(LocalDate today) {
        return status != AccountStatus.CLOSED && getReviewDue().isBefore(today);
    }

    /** Records the yearly review: the next one is due a year from {@code today}. */
    void reviewed(LocalDate today, String by) {
        if (status == AccountStatus.CLOSED) {
            throw new BusinessRuleViolation("sns.review.closed");
        }
        this.reviewedOn = today;
        this.reviewedBy = by;
        this.reviewDue = today.plusMonths(REVIEW_MONTHS);
    }

    /** The day the account last spoke: its newest logged post, or the day it was opened. */
    public LocalDate lastActivity() {
        return lastPostOn != null ? lastPostOn : openedOn;
    }

    /** 休眠: active, and silent for {@code days} days or more. */
    public boolean isDormant(LocalDate today, int days) {
        return status == AccountStatus.ACTIVE && !lastActivity().isAfter(today.minusDays(days));
    }

    private static String normalised(java.util.function.Supplier<String> normalise, String key) {
        try {
            return normalise.get();
        } catch (BusinessRuleViolation e) {
            throw new BusinessRuleViolation(key);
        }
    }

    private static String user(String value, String field, boolean required) {
        String clean = TextInput.clean(value, 100, field, required);
        if (clean != null && !USERNAME.matcher(clean).matches()) {
            throw new BusinessRuleViolation("sns.user.invalid", field);
        }
        return clean;
    }

    public Long getId() {
        return id;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getPlatformOther() {
        return platformOther;
    }

    public String getHandle() {
        return handle;
    }

    public String getNormalizedHandle() {
        return normalizedHandle;
    }

    public String getAddress() {
        return address;
    }

    public String getNormalizedAddress() {
        return normalizedAddress;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Department getDepartment() {
        return department;
    }

    public String getResponsibleUser() {
        return responsibleUser;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public String getDeputyUser() {
        return deputyUser;
    }

    public String getDeputyName() {
        return deputyName;
    }

    public Operator getOperator() {
        return operator;
    }

    public Contract getContract() {
        return contract;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getAudience() {
        return audience;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isMfa() {
        return mfa;
    }

    public String getCredentialLocation() {
        return credentialLocation;
    }

    public String getCredentialHolder() {
        return credentialHolder;
    }

    public LocalDate getCredentialsChangedOn() {
        return credentialsChangedOn;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getLastPostOn() {
        return lastPostOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getIdentityChangedBy() {
        return identityChangedBy;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("platform", platform.name() + (platformOther == null ? "" : " " + platformOther));
        state.put("handle", handle);
        state.put("address", address);
        state.put("displayName", displayName);
        state.put("department", department.getCode());
        state.put("responsibleUser", responsibleUser + " " + responsibleName);
        state.put("deputyUser", deputyUser == null ? null : deputyUser + " " + deputyName);
        state.put("operator", operator.name() + (contract == null ? "" : " " + contract.getContractNumber()));
        state.put("purpose", purpose);
        state.put("audience", audience);
        state.put("status", status.name());
        state.put("mfa", Boolean.toString(mfa));
        state.put("credentialLocation", credentialLocation);
        state.put("credentialHolder", credentialHolder);
        state.put("credentialsChangedOn", credentialsChangedOn == null ? null : credentialsChangedOn.toString());
        state.put("openedOn", openedOn.toString());
        // The yearly review (recordReview) changes only these: without them it left no audit entry.
        state.put("reviewedOn", reviewedOn == null ? null : reviewedOn.toString());
        state.put("reviewedBy", reviewedBy);
        state.put("reviewDue", reviewDue == null ? null : reviewDue.toString());
        state.put("identityChangedBy", identityChangedBy);
        state.put("confirmedBy", confirmedBy);
        return state;
    }
}
