package jp.kochi.vrm.contractor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.department.DepartmentRegister;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.PortalSettings;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * Registration and editing of a contractor's register data. 法人番号 and the kana reading are typed as text
 * and checked by the entity on save, so a refused value stays on the form with the reason beside it.
 */
@Named
@ViewScoped
public class ContractorEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractorRegister register;

    @Inject
    private DepartmentRegister departmentRegister;

    @Inject
    private PortalSettings settings;

    @Inject
    private UiMessages messages;

    @Inject
    private PublicBodyNumbers publicBodies;

    private Long id;
    private Contractor contractor;
    private String corporateNumber;
    private String nameKana;
    private boolean soleProprietor;
    private List<Long> departmentIds = new ArrayList<>();
    private List<Department> departments;

    /** Loads the contractor named by the {@code id} parameter, or a blank one. */
    public void load() {
        if (contractor != null) {
            return;
        }
        try {
            contractor = id == null ? Contractor.blank() : register.find(id);
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            contractor = Contractor.blank();
            id = null;
        }
        if (contractor.getContacts().isEmpty()) {
            contractor.getContacts().add(new ContactPerson());
        }
        corporateNumber = contractor.getCorporateNumber();
        nameKana = contractor.getNameKana();
        soleProprietor = contractor.isSoleProprietor();
        departmentIds = new ArrayList<>(contractor.getDepartments().stream().map(Department::getId).toList());
    }

    public String save() {
        try {
            contractor.setCorporateNumber(corporateNumber, soleProprietor);
            contractor.setNameKana(nameKana);
            contractor.dropEmptyContacts();
            Contractor saved = register.save(contractor, departmentIds);
            messages.info("app.saved");
            publicBodies.warningKey(saved.getCorporateNumber())
                    .ifPresent(key -> messages.warn(key, saved.getCorporateNumber(), settings.cityName()));
            return "/staff/contractors/view.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    /** The warning beside 法人番号 while it is typed: the city's own or a public body's number (saving is allowed). */
    public String getCorporateNumberWarning() {
        return publicBodies.warningKey(corporateNumber)
                .map(key -> messages.text(key, CorporateNumber.parse(corporateNumber).orElseThrow(), settings.cityName()))
                .orElse(null);
    }

    public void addContact() {
        if (contractor.getContacts().size() < Contractor.MAX_CONTACTS) {
            contractor.getContacts().add(new ContactPerson());
        }
    }

    public void removeContact(int index) {
        if (index >= 0 && index < contractor.getContacts().size()) {
            contractor.getContacts().remove(index);
        }
    }

    public boolean isCanAddContact() {
        return contractor.getContacts().size() < Contractor.MAX_CONTACTS;
    }

    /** Active departments, and any inactive one the contractor still has. */
    public List<Department> getDepartments() {
        if (departments == null) {
            departments = departmentRegister.all().stream()
                    .filter(d -> d.isActive() || departmentIds.contains(d.getId())).toList();
        }
        return departments;
    }

    public Contractor getContractor() {
        return contractor;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public boolean isSoleProprietor() {
        return soleProprietor;
    }

    public void setSoleProprietor(boolean soleProprietor) {
        this.soleProprietor = soleProprietor;
    }

    public List<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<Long> departmentIds) {
        this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
    }
}
