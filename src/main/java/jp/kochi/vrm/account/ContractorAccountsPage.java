package jp.kochi.vrm.account;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * The portal users section of a contractor's page (委託事業者ポータルの利用者): their state read live from
 * Keycloak, the invitation form, and disabling / enabling with a reason. Procurement acts; the services check
 * the role again.
 */
@Named
@ViewScoped
public class ContractorAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalAccounts accounts;

    @Inject
    private DirectorySync sync;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long contractorId;
    private AccountList list;

    private String email;
    private String familyName;
    private String givenName;
    private String reason;

    public void load() {
        if (contractorId == null) {
            return;
        }
        try {
            list = accounts.list(contractorId);
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void invite() {
        try {
            PortalAccount a = accounts.invite(contractorId, email, familyName, givenName);
            messages.info("account.invited.done", a.getEmail());
            email = null;
            familyName = null;
            givenName = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void disable(AccountRow row) {
        try {
            accounts.disable(row.account().getId(), row.account().getVersion(), reason);
            messages.info(pushed(row) ? "account.disabled" : "account.disabled.pending");
            reason = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public void enable(AccountRow row) {
        try {
            accounts.enable(row.account().getId(), row.account().getVersion(), reason);
            messages.info(pushed(row) ? "account.enabled" : "account.enabled.pending");
            reason = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    /** Tells Keycloak at once; what does not get through is left to the synchronisation job. */
    private boolean pushed(AccountRow row) {
        try {
            return sync.push(row.account().getId());
        } catch (EJBException e) {
            return false;
        }
    }

    // --- flags and values for the page ----------------------------------------------------------------------

    public boolean isMayManage() {
        return currentUser.hasRole(Roles.PROCUREMENT);
    }

    public List<AccountRow> getRows() {
        return list == null ? List.of() : list.rows();
    }

    /** The states are the portal's records because Keycloak could not be reached. */
    public boolean isOffline() {
        return list != null && !list.live();
    }

    public Long getContractorId() {
        return contractorId;
    }

    public void setContractorId(Long contractorId) {
        this.contractorId = contractorId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
