package jp.kochi.vrm.cloud;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contractor.ContractorListRow;
import jp.kochi.vrm.contractor.ContractorRegister;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.department.DepartmentRegister;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/** Registration and editing of an external service ({@code /staff/services/edit.xhtml[?id=]}). */
@Named
@ViewScoped
public class ServiceEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExternalServices services;

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
    private boolean found = true;
    private ServiceForm form;
    private ContractorListRow provider;
    private List<Department> departments;
    private List<Contract> contracts;
    private List<Assurance> assurances;
    private List<ConfidentialityLevel> levels;

    public void load() {
        if (form != null) {
            return;
        }
        form = new ServiceForm();
        if (id != null) {
            try {
                ExternalService s = services.find(id);
                form = ServiceForm.of(s);
                version = s.getVersion();
                provider = form.getProviderContractorId() == null ? null
                        : contractors.row(form.getProviderContractorId()).orElse(null);
            } catch (BusinessRuleViolation e) {
                messages.error(e);
                found = false;
                id = null;
            }
        } else {
            form.setReviewDate(services.today().plusYears(1));
        }
        Long current = form.getDepartmentId();
        departments = departmentRegister.all().stream().filter(d -> d.isActive() || d.getId().equals(current)).toList();
        contracts = services.contracts();
        assurances = services.assurances();
        levels = classification.confidentialityLevels();
    }

    public List<ContractorListRow> suggest(String text) {
        return contractors.suggest(text);
    }

    public String save() {
        try {
            form.setProviderContractorId(provider == null ? null : provider.getId());
            ExternalService saved = id == null ? services.create(form) : services.update(id, version, form);
            messages.info("app.saved");
            return "/staff/services/view.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    /** The form is shown once loaded and only for a service that exists (or a new one). */
    public boolean isFound() {
        return found && form != null;
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public ServiceTerms[] getTermsOptions() {
        return ServiceTerms.values();
    }

    public IsmapStatus[] getIsmapOptions() {
        return IsmapStatus.values();
    }

    public DataLocation[] getLocations() {
        return DataLocation.values();
    }

    public GoverningLaw[] getLaws() {
        return GoverningLaw.values();
    }

    public ServiceForm getForm() {
        return form;
    }

    public ContractorListRow getProvider() {
        return provider;
    }

    public void setProvider(ContractorListRow provider) {
        this.provider = provider;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<Contract> getContracts() {
        return contracts;
    }

    /** The reference data the ceiling rule uses, shown beside the form so the choice's effect is plain. */
    public List<Assurance> getAssurances() {
        return assurances;
    }

    public List<ConfidentialityLevel> getLevels() {
        return levels;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
