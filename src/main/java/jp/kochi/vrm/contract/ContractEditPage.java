package jp.kochi.vrm.contract;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.clause.NetworkSegment;
import jp.kochi.vrm.contractor.ContractorListRow;
import jp.kochi.vrm.contractor.ContractorRegister;
import jp.kochi.vrm.contractor.Subcontracting;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.department.DepartmentRegister;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * 契約の起案・編集 (drafts only): the facts of the work. The contractor picker says at once why a contractor
 * cannot take the work; saving selects the mandatory clauses.
 */
@Named
@ViewScoped
public class ContractEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private ContractorRegister contractors;

    @Inject
    private DepartmentRegister departmentRegister;

    @Inject
    private ClassificationRegister classification;

    @Inject
    private UiMessages messages;

    private Long id;
    private long version;
    private boolean editable = true;
    private ContractForm form = new ContractForm();
    private ContractorListRow contractor;
    private List<Department> departments;
    private List<ConfidentialityLevel> levels;
    private List<Subcontracting> subcontractings = List.of();
    private List<String> eligibility = List.of();

    public void load() {
        departments = departmentRegister.all().stream().filter(Department::isActive).toList();
        levels = classification.confidentialityLevels();
        if (id == null) {
            return;
        }
        try {
            Contract c = contracts.find(id);
            if (!c.isDraft()) {
                editable = false;
                messages.error("contract.notDraft");
                return;
            }
            version = c.getVersion();
            form = ContractForm.of(c);
            contractor = contractors.row(form.getContractorId()).orElse(null);
            refreshContractor();
        } catch (BusinessRuleViolation e) {
            editable = false;
            messages.error(e);
        }
    }

    public List<ContractorListRow> suggest(String text) {
        return contractors.suggest(text);
    }

    /** After a contractor or the work changed: why the contractor cannot take it, and its subcontractors. */
    public void refreshContractor() {
        form.setContractorId(contractor == null ? null : contractor.getId());
        eligibility = contracts.eligibilityProblems(form.getContractorId(), form.getConfidentialityCode(),
                form.isPersonalInfo(), form.isMyNumber()).stream().map(messages::text).toList();
        subcontractings = contracts.approvedSubcontractings(form.getContractorId());
        List<Long> allowed = subcontractings.stream().map(Subcontracting::getId).toList();
        form.getSubcontractingIds().removeIf(sid -> !allowed.contains(sid));
    }

    public String save() {
        try {
            form.setContractorId(contractor == null ? null : contractor.getId());
            Contract saved = id == null ? contracts.create(form) : contracts.update(id, version, form);
            messages.info("app.saved");
            return "/staff/contracts/view.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public NetworkSegment[] getSegmentChoices() {
        return NetworkSegment.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isEditable() {
        return editable;
    }

    public ContractForm getForm() {
        return form;
    }

    public ContractorListRow getContractor() {
        return contractor;
    }

    public void setContractor(ContractorListRow contractor) {
        this.contractor = contractor;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<ConfidentialityLevel> getLevels() {
        return levels;
    }

    public List<Subcontracting> getSubcontractings() {
        return subcontractings;
    }

    public List<String> getEligibility() {
        return eligibility;
    }
}
