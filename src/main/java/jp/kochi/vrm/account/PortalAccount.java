package jp.kochi.vrm.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * ポータルアカウント: the portal's record of a contractor representative's Keycloak user. Whether the account may be
 * used is decided here ({@link #isEnabled()}), not in Keycloak: a change is committed to this record first and
 * marked {@linkplain #isSyncPending() pending} until Keycloak has been told. Every change is audited.
 */
@Entity
@Table(name = "portal_account")
@NamedQuery(name = PortalAccount.OF_CONTRACTOR,
        query = "SELECT a FROM PortalAccount a WHERE a.contractor.id = :contractor ORDER BY a.invitedAt, a.id")
@NamedQuery(name = PortalAccount.ENABLED_OF_CONTRACTOR,
        query = "SELECT a FROM PortalAccount a WHERE a.contractor.id = :contractor AND a.enabled = TRUE ORDER BY a.id")
@NamedQuery(name = PortalAccount.BY_EMAIL_OR_USERNAME,
        query = "SELECT a FROM PortalAccount a WHERE a.email = :name OR a.username = :name")
@NamedQuery(name = PortalAccount.BY_DIRECTORY_ID,
        query = "SELECT a FROM PortalAccount a WHERE a.directoryUserId = :id")
@NamedQuery(name = PortalAccount.PENDING_IDS,
        query = "SELECT a.id FROM PortalAccount a WHERE a.syncPending = TRUE ORDER BY a.id")
public class PortalAccount extends AuditedEntity {

    static final String OF_CONTRACTOR = "PortalAccount.ofContractor";
    static final String ENABLED_OF_CONTRACTOR = "PortalAccount.enabledOfContractor";
    static final String BY_EMAIL_OR_USERNAME = "PortalAccount.byEmailOrUsername";
    static final String BY_DIRECTORY_ID = "PortalAccount.byDirectoryId";
    static final String PENDING_IDS = "PortalAccount.pendingIds";

    static final int MAX_REASON = 500;

    @Id
    @SequenceGenerator(name = "portal_account_seq", sequenceName = "portal_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_account_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contractor_id", nullable = false, updatable = false)
    private Contractor contractor;

    /** Keycloak's user id ({@code sub} of the user's tokens); set once the user has been created there. */
    @Column(name = "keycloak_user_id", length = 36)
    private String directoryUserId;

    @Column(nullable = false, length = 255, updatable = false)
    private String username;

    @Column(nullable = false, length = 255, updatable = false)
    private String email;

    /** 姓 */
    @Column(name = "family_name", nullable = false, length = 100, updatable = false)
    private String familyName;

    /** 名 */
    @Column(name = "given_name", nullable = false, length = 100, updatable = false)
    private String givenName;

    /** Whether the account may be used: the portal's decision, which Keycloak is brought in line with. */
    @Column(nullable = false)
    private boolean enabled;

    /** Keycloak has not yet been told of the last change of {@link #enabled}. */
    @Column(name = "sync_pending", nullable = false)
    private boolean syncPending;

    /** What Keycloak last said (or was last told), shown when Keycloak cannot be reached. */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_known_state", nullable = false, length = 20)
    private AccountState lastKnownState;

    @Enumerated(EnumType.STRING)
    @Column(name = "disabled_cause", length = 30)
    private DisabledCause disabledCause;

    /** Why the account was last disabled or enabled again. */
    @Column(name = "state_reason", length = MAX_REASON)
    private String stateReason;

    @Column(name = "state_changed_by", length = 100)
    private String stateChangedBy;

    @Column(name = "state_changed_at")
    private OffsetDateTime stateChangedAt;

    @Column(name = "invited_by", nullable = false, length = 100, updatable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private OffsetDateTime invitedAt;

    protected PortalAccount() {
    }

    private PortalAccount(Contractor contractor, String username, Invitee who, String actor, OffsetDateTime at) {
        this.contractor = Objects.requireNonNull(contractor, "contractor");
        this.username = Objects.requireNonNull(username, "username");
        this.email = who.email();
        this.familyName = who.familyName();
        this.givenName = who.givenName();
        this.invitedBy = Objects.requireNonNull(actor, "actor");
        this.invitedAt = Objects.requireNonNull(at, "at");
        this.enabled = true;
        this.lastKnownState = AccountState.INVITED;
    }

    /** A new invitation; the Keycloak user is created in the same transaction and linked with {@link #linkTo}. */
    public static PortalAccount invited(Contractor contractor, Invitee who, String actor, OffsetDateTime at) {
        if (contractor.isEnded()) {
            throw new BusinessRuleViolation("account.contractorEnded");
        }
        return new PortalAccount(contractor, who.email(), who, actor, at);
    }

    /** The record of a Keycloak user that already exists and is set up (demo users of the realm file). */
    public static PortalAccount existing(Contractor contractor, String username, Invitee who, String directoryUserId,
            String actor, OffsetDateTime at) {
        PortalAccount a = new PortalAccount(contractor, username, who, actor, at);
        a.linkTo(directoryUserId);
        a.lastKnownState = AccountState.ACTIVE;
        return a;
    }

    /** Links the record to the Keycloak user made for it; once. */
    public void linkTo(String userId) {
        if (directoryUserId != null && !directoryUserId.equals(userId)) {
            throw new IllegalStateException("Account " + id + " is already linked to another Keycloak user");
        }
        directoryUserId = Objects.requireNonNull(userId, "userId");
    }

    // --- state: intent methods ------------------------------------------------------------------------------

    /**
     * Disables the account: from now on the portal refuses it; Keycloak follows when {@link #directorySynced}.
     * By hand it needs a reason and refuses an account already disabled; automatically (contractor ended, last
     * contract closed) it answers {@code false} for an account already disabled and leaves it as it is.
     */
    public boolean disable(DisabledCause cause, String reason, String actor, OffsetDateTime at) {
        Objects.requireNonNull(cause, "cause");
        if (!enabled) {
            if (cause == DisabledCause.MANUAL) {
                throw new BusinessRuleViolation("account.alreadyDisabled");
            }
            return false;
        }
        String why = cause == DisabledCause.MANUAL ? requireReason(reason) : limit(reason);
        enabled = false;
        disabledCause = cause;
        changed(why, actor, at);
        return true;
    }

    /** Enables a disabled account again, with a reason; refused while its contractor is ended. */
    public void enable(String reason, String actor, OffsetDateTime at) {
        if (enabled) {
            throw new BusinessRuleViolation("account.alreadyEnabled");
        }
        if (contractor.isEnded()) {
            throw new BusinessRuleViolation("account.contractorEnded");
        }
        String why = requireReason(reason);
        enabled = true;
        disabledCause = null;
        changed(why, actor, at);
    }

    private void changed(String reason, String actor, OffsetDateTime at) {
        stateReason = reason;
        stateChangedBy = Objects.requireNonNull(actor, "actor");
        stateChangedAt = Objects.requireNonNull(at, "at");
        syncPending = true;
    }

    /** Keycloak now matches the record; {@code seen} is the state read back from it. */
    public void directorySynced(AccountState seen) {
        syncPending = false;
        lastKnownState = Objects.requireNonNull(seen, "seen");
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("account.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new BusinessRuleViolation("account.reason.tooLong", MAX_REASON);
        }
        return reason.strip();
    }

    private static String limit(String reason) {
        String r = reason == null ? "" : reason.strip();
        return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r;
    }

    /** The state from this record alone, for when Keycloak cannot be asked. */
    public AccountState storedState() {
        return enabled ? lastKnownState : AccountState.DISABLED;
    }

    // --- reading --------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public Contractor getContractor() {
        return contractor;
    }

    public String getDirectoryUserId() {
        return directoryUserId;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    /** 姓 名 */
    public String getDisplayName() {
        return familyName + " " + givenName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isSyncPending() {
        return syncPending;
    }

    public AccountState getLastKnownState() {
        return lastKnownState;
    }

    public DisabledCause getDisabledCause() {
        return disabledCause;
    }

    public String getStateReason() {
        return stateReason;
    }

    public String getStateChangedBy() {
        return stateChangedBy;
    }

    public OffsetDateTime getStateChangedAt() {
        return stateChangedAt;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public OffsetDateTime getInvitedAt() {
        return invitedAt;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("contractor", contractor == null || contractor.getId() == null ? "" : contractor.getId().toString());
        state.put("username", username);
        state.put("email", email);
        state.put("name", getDisplayName());
        state.put("keycloakUserId", directoryUserId == null ? "" : directoryUserId);
        state.put("enabled", Boolean.toString(enabled));
        state.put("disabledCause", disabledCause == null ? "" : disabledCause.name());
        state.put("stateReason", stateReason == null ? "" : stateReason);
        state.put("syncPending", Boolean.toString(syncPending));
        return state;
    }
}
