package jp.kochi.vrm.cloud;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;

/** The register of external services ({@code /staff/services/list.xhtml}) with each one's ceiling today. */
@Named
@ViewScoped
public class ServicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExternalServices services;

    @Inject
    private CurrentUser currentUser;

    private transient List<ServiceRow> rows;
    private boolean flaggedOnly;

    public List<ServiceRow> getRows() {
        if (rows == null) {
            rows = services.list().stream().filter(r -> !flaggedOnly || r.usagesAbove() > 0 || r.listingExpired()).toList();
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public boolean isCanCreate() {
        return currentUser.hasRole(Roles.PROCUREMENT) || currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }
}
