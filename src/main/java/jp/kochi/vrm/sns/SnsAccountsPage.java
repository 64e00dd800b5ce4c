package jp.kochi.vrm.sns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;

/** The official accounts the user may see ({@code /staff/sns/list.xhtml}), dormant ones marked and listable alone. */
@Named
@ViewScoped
public class SnsAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnsAccounts accounts;

    @Inject
    private CurrentUser currentUser;

    private boolean dormantOnly;
    private List<AccountRow> rows;

    public void load() {
        filter();
    }

    public void filter() {
        rows = accounts.list().stream().filter(r -> !dormantOnly || r.dormant()).toList();
    }

    public List<AccountRow> getRows() {
        if (rows == null) {
            filter();
        }
        return rows;
    }

    public int getDormantDays() {
        return accounts.dormantDays();
    }

    public boolean isCanCreate() {
        return currentUser.hasRole(Roles.SNS_OWNER) || currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isDormantOnly() {
        return dormantOnly;
    }

    public void setDormantOnly(boolean dormantOnly) {
        this.dormantOnly = dormantOnly;
    }
}
