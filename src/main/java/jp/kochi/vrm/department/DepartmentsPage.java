package jp.kochi.vrm.department;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;
import org.primefaces.PrimeFaces;

/** 所管課 page: list for every staff role, create and edit in a dialog for administrators. */
@Named
@ViewScoped
public class DepartmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DepartmentRegister register;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private List<Department> departments;
    private Department editing;

    @PostConstruct
    void load() {
        departments = register.all();
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public Department getEditing() {
        return editing;
    }

    public boolean isCanEdit() {
        return currentUser.isMayEditReferenceData();
    }

    public void startNew() {
        editing = Department.blank();
    }

    public void startEdit(Department department) {
        editing = department;
    }

    public void save() {
        try {
            register.save(editing);
            messages.info("app.saved");
            PrimeFaces.current().executeScript("PF('departmentDialog').hide()");
            editing = null;
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            // The dialog keeps what the user typed; the list behind it shows what is actually stored.
            load();
        }
    }

    public void toggleActive(Department department) {
        try {
            register.setActive(department.getId(), department.getVersion(), !department.isActive());
            messages.info("app.saved");
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
        load();
    }
}
