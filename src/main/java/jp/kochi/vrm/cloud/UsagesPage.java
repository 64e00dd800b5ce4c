package jp.kochi.vrm.cloud;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.department.DepartmentRegister;

/**
 * The usages of external services across the city ({@code /staff/services/usages.xhtml}), per department and state,
 * with those above their service's ceiling flagged; security officers find the requests waiting for them here.
 */
@Named
@ViewScoped
public class UsagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExternalServices services;

    @Inject
    private DepartmentRegister departmentRegister;

    private Long departmentId;
    private UsageStatus status;
    private boolean aboveOnly;
    private List<Department> departments;
    private List<UsageRow> rows;

    public void load() {
        if (departments == null) {
            departments = departmentRegister.all();
        }
        rows = services.usages(departmentId, status, aboveOnly);
    }

    public void filter() {
        rows = services.usages(departmentId, status, aboveOnly);
    }

    public List<UsageRow> getRows() {
        return rows;
    }

    public UsageStatus[] getStatuses() {
        return UsageStatus.values();
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public UsageStatus getStatus() {
        return status;
    }

    public void setStatus(UsageStatus status) {
        this.status = status;
    }

    public boolean isAboveOnly() {
        return aboveOnly;
    }

    public void setAboveOnly(boolean aboveOnly) {
        this.aboveOnly = aboveOnly;
    }
}
