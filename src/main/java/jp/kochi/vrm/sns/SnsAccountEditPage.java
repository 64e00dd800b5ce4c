package jp.kochi.vrm.sns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.department.DepartmentRegister;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * Registration of an account with its first guideline and procedure, and editing of an account's facts
 * ({@code /staff/sns/edit.xhtml[?id=]}).
 */
@Named
@ViewScoped
public class SnsAccountEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnsAccounts accounts;

    @Inject
    private DepartmentRegister departmentRegister;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private long version;
    private boolean found = true;
    private AccountForm form;
    private final TextForm texts = new TextForm();
    private List<Department> departments;
    private List<Contract> contracts;

    public void load() {
        if (form != null) {
            return;
        }
        form = new AccountForm();
        if (id != null) {
            try {
                SnsAccount a = accounts.find(id);
                if (!accounts.access().mayEdit(a)) {
                    throw new BusinessRuleViolation("error.recordMissing");
                }
                form = AccountForm.of(a);
                version = a.getVersion();
            } catch (BusinessRuleViolation e) {
                messages.error(e);
                found = false;
            }
        } else {
            form.setOpenedOn(accounts.today());
            if (currentUser.hasRole(Roles.SNS_OWNER)) {
                form.setResponsibleUser(currentUser.getUsername());
                form.setResponsibleName(currentUser.getDisplayName());
            }
            texts.setChangeNote(messages.text("sns.changeNote.first"));
        }
        Long current = form.getDepartmentId();
        departments = departmentRegister.all().stream().filter(d -> d.isActive() || d.getId().equals(current)).toList();
        contracts = accounts.contracts();
    }

    public String save() {
        try {
            SnsAccount saved = id == null ? accounts.create(form, texts) : accounts.update(id, version, form);
            messages.info("app.saved");
            return "/staff/sns/view.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isFound() {
        return found && form != null;
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public Operator[] getOperators() {
        return Operator.values();
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public AccountForm getForm() {
        return form;
    }

    public TextForm getTexts() {
        return texts;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<Contract> getContracts() {
        return contracts;
    }

    /** A contract as the choice shows it: security officers see its title, SNS owners its number only. */
    public String contractLabel(Contract c) {
        return currentUser.hasRole(Roles.SECURITY_OFFICER) ? c.getContractNumber() + " " + c.getTitle() : c.getContractNumber();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
