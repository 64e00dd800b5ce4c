package jp.kochi.vrm.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.contract.ContractClosed;
import jp.kochi.vrm.contract.ContractStatus;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.ContractorEnded;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * The contractor portal accounts' boundary: procurement invites, disables and enables; every role that reads
 * the register sees the accounts; the contractor portal asks {@link #enabledContractorId} on every request.
 * Accounts of a contractor that is ended, or whose last contract is closed, are disabled in the same
 * transaction as that change; Keycloak is told after commit ({@link DirectorySync}).
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class PortalAccounts {

    /** What an invited user does through the link in Keycloak's mail, in Keycloak's names. */
    static final List<String> SETUP_ACTIONS = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP");

    private static final Logger LOG = Logger.getLogger(PortalAccounts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory directory;

    @Inject
    private PortalSettings settings;

    @Inject
    private DirectorySync sync;

    @Inject
    private Event<AccountsDisabled> disabled;

    // --- reading --------------------------------------------------------------------------------------------

    /**
     * The contractor's accounts with their state read live from Keycloak; when Keycloak cannot be reached,
     * the state from the portal's records, marked as such.
     */
    public AccountList list(@NotNull Long contractorId) {
        List<PortalAccount> accounts = em.createNamedQuery(PortalAccount.OF_CONTRACTOR, PortalAccount.class)
                .setParameter("contractor", contractorId).getResultList();
        List<AccountRow> rows = new ArrayList<>();
        try {
            for (PortalAccount a : accounts) {
                DirectoryUser live = a.getDirectoryUserId() == null ? null
                        : directory.find(a.getDirectoryUserId()).orElse(null);
                boolean disagree = live != null && live.enabled() != a.isEnabled();
                rows.add(new AccountRow(a, AccountState.of(a.isEnabled(), live), a.isSyncPending() || disagree));
            }
            return new AccountList(rows, true);
        } catch (DirectoryException e) {
            LOG.warning(() -> "Contractor " + contractorId + "'s accounts shown from the portal's records: " + e.getMessage());
            rows.clear();
            for (PortalAccount a : accounts) {
                rows.add(new AccountRow(a, a.storedState(), a.isSyncPending()));
            }
            return new AccountList(rows, false);
        }
    }

    /**
     * The contractor a signed-in user acts for, if the portal holds an enabled account for that Keycloak user
     * id ({@code sub}); empty otherwise (no record, disabled, or disabled automatically and not yet in Keycloak).
     * The token's {@code contractorId} claim must be the same contractor.
     */
    @PermitAll
    public Optional<Long> enabledContractorId(String keycloakUserId) {
        if (keycloakUserId == null || keycloakUserId.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(PortalAccount.BY_DIRECTORY_ID, PortalAccount.class)
                .setParameter("id", keycloakUserId).getResultStream()
                .filter(PortalAccount::isEnabled)
                .map(a -> a.getContractor().getId())
                .findFirst();
    }

    /**
     * The contractor a signed-in user may act for: the token's {@code contractorId} claim, accepted only when the
     * portal holds an enabled account for that Keycloak user ({@code sub}) with the same contractor. The portal's
     * gate and the contractor portal's services both ask this.
     */
    @PermitAll
    public Optional<Long> admittedContractorId(String keycloakUserId, String claimedContractorId) {
        if (claimedContractorId == null || !claimedContractorId.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long claimed = Long.parseLong(claimedContractorId);
        return enabledContractorId(keycloakUserId).filter(id -> id == claimed);
    }

    // --- invitation -----------------------------------------------------------------------------------------

    /**
     * Invites a representative: the record is written, then the Keycloak user created with the role, the
     * {@code contractorId} attribute and the setup actions, and Keycloak mails the link. Any failure leaves
     * neither: a Keycloak user made on the way is deleted again (at once, or when the transaction does not
     * commit), and the record rolls back.
     */
    @Allowed(Roles.PROCUREMENT)
    public PortalAccount invite(@NotNull Long contractorId, String email, String familyName, String givenName) {
        Invitee who = Invitee.of(email, familyName, givenName);
        Contractor contractor = em.find(Contractor.class, contractorId);
        if (contractor == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        if (!em.createNamedQuery(PortalAccount.BY_EMAIL_OR_USERNAME, PortalAccount.class)
                .setParameter("name", who.email()).getResultList().isEmpty()) {
            throw new BusinessRuleViolation("account.email.taken", who.email());
        }
        PortalAccount account = PortalAccount.invited(contractor, who, caller(), OffsetDateTime.now(clock));
        em.persist(account);
        StoredRecords.flush(em);

        NewDirectoryUser user = new NewDirectoryUser(who.email(), who.email(), who.familyName(), who.givenName(),
                contractor.getId(), SETUP_ACTIONS);
        SetupMail mail = new SetupMail(SETUP_ACTIONS, settings.invitationLifespan(), settings.oidcClientId(),
                landingPage());
        try {
            InvitationSteps.run(directory, user, mail, new InvitationSteps.Listener() {
                private RemoveOnRollback compensation;

                @Override
                public void created(String userId) {
                    compensation = new RemoveOnRollback(directory, sync, userId, who.email());
                    transactions.registerInterposedSynchronization(compensation);
                    account.linkTo(userId);
                    StoredRecords.flush(em);
                }

                @Override
                public void removed(String userId) {
                    if (compensation != null) {
                        compensation.done();
                    }
                }

                @Override
                public void removalFailed(String userId, String username, RuntimeException failure) {
                    if (compensation != null) {
                        compensation.done();
                    }
                    sync.keepForCleanup(userId, username, "invitation failed: " + failure.getMessage());
                }
            });
        } catch (DirectoryException e) {
            LOG.warning(() -> "Invitation for contractor " + contractorId + " refused: " + e.getMessage());
            throw violation(e, who.email());
        }
        return account;
    }

    /** Where an invited user lands after the setup: the portal's sign-in, which leads to the contractor home. */
    private String landingPage() {
        String portal = settings.portalUrl();
        return portal == null ? null : portal + "/signin";
    }

    private static BusinessRuleViolation violation(DirectoryException e, String email) {
        return switch (e.kind()) {
            case UNREACHABLE -> new BusinessRuleViolation("account.directory.unreachable");
            case CONFLICT -> new BusinessRuleViolation("account.email.takenInDirectory", email);
            case MAIL_FAILED -> new BusinessRuleViolation("account.mail.failed");
            case REFUSED -> new BusinessRuleViolation("account.directory.refused");
            default -> new BusinessRuleViolation("account.directory.failed");
        };
    }

    // --- disable / enable -----------------------------------------------------------------------------------

    /** Disables an account by hand, with the reason; Keycloak follows through {@link DirectorySync#push}. */
    @Allowed(Roles.PROCUREMENT)
    public PortalAccount disable(@NotNull Long accountId, long expectedVersion, String reason) {
        PortalAccount a = StoredRecords.current(em, PortalAccount.class, accountId, expectedVersion);
        a.disable(DisabledCause.MANUAL, reason, caller(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return a;
    }

    /** Enables a disabled account again, with the reason; Keycloak follows through {@link DirectorySync#push}. */
    @Allowed(Roles.PROCUREMENT)
    public PortalAccount enable(@NotNull Long accountId, long expectedVersion, String reason) {
        PortalAccount a = StoredRecords.current(em, PortalAccount.class, accountId, expectedVersion);
        a.enable(reason, caller(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return a;
    }

    // --- offboarding ----------------------------------------------------------------------------------------

    /** 取引終了: every account of the contractor is disabled with the change. */
    @PermitAll
    public void contractorEnded(@Observes ContractorEnded ended) {
        disableAll(ended.contractorId(), DisabledCause.CONTRACTOR_ENDED, ended.reason());
    }

    /** A contract closed: when it was the contractor's last one, its accounts are disabled with the change. */
    @PermitAll
    public void contractClosed(@Observes ContractClosed closed) {
        List<ContractStatus> statuses = em.createQuery(
                "SELECT c.status FROM Contract c WHERE c.contractor.id = :contractor", ContractStatus.class)
                .setParameter("contractor", closed.contractorId()).getResultList();
        if (OffboardingRule.noContractLeft(statuses)) {
            disableAll(closed.contractorId(), DisabledCause.LAST_CONTRACT_CLOSED, "契約番号 " + closed.contractNumber());
        }
    }

    private void disableAll(long contractorId, DisabledCause cause, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = caller();
        List<Long> ids = new ArrayList<>();
        for (PortalAccount a : em.createNamedQuery(PortalAccount.ENABLED_OF_CONTRACTOR, PortalAccount.class)
                .setParameter("contractor", contractorId).getResultList()) {
            if (a.disable(cause, reason, actor, now)) {
                ids.add(a.getId());
            }
        }
        if (!ids.isEmpty()) {
            StoredRecords.flush(em);
            LOG.info(() -> "Contractor " + contractorId + ": " + ids.size() + " portal account(s) disabled (" + cause + ")");
            disabled.fire(new AccountsDisabled(List.copyOf(ids)));
        }
    }

    private String caller() {
        return caller.name();
    }
}
