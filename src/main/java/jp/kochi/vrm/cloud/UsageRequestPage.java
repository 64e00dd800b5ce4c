package jp.kochi.vrm.cloud;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.department.DepartmentRegister;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * A department asks to use a service ({@code /staff/services/request.xhtml?service=}). Above the ceiling the request
 * is refused on the spot: the page says why and what would make it allowable, and keeps what was typed.
 */
@Named
@ViewScoped
public class UsageRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExternalServices services;

    @Inject
    private DepartmentRegister departmentRegister;

    @Inject
    private ClassificationRegister classification;

    @Inject
    private UiMessages messages;

    @Inject
    private ReasonTexts reasonTexts;

    private Long serviceId;
    private ExternalService service;
    private Ceiling ceiling;
    private List<Department> departments;
    private List<ConfidentialityLevel> levels;

    private Long departmentId;
    private String purpose;
    private String levelCode;

    private List<String> refusalReasons = List.of();
    private List<String> remedies = List.of();

    public void load() {
        if (service != null) {
            return;
        }
        if (serviceId != null) {
            try {
                service = services.find(serviceId);
                ceiling = services.ceiling(service);
            } catch (BusinessRuleViolation e) {
                service = null;
            }
        }
        if (service == null) {
            messages.error("service.notFound");
            return;
        }
        if (!service.isActive()) {
            messages.error("service.retired");
        }
        departments = departmentRegister.all().stream().filter(Department::isActive).toList();
        levels = classification.confidentialityLevels();
    }

    public String submit() {
        refusalReasons = List.of();
        remedies = List.of();
        try {
            services.requestUsage(serviceId, departmentId, purpose, levelCode);
            messages.info("usage.requested");
            return "/staff/services/view.xhtml?faces-redirect=true&id=" + serviceId;
        } catch (CeilingExceeded e) {
            messages.error(e);
            refusalReasons = reasonTexts.of(e.reasons());
            remedies = reasonTexts.of(e.remedies());
            return null;
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public boolean isFound() {
        return service != null;
    }

    public ExternalService getService() {
        return service;
    }

    public Ceiling getCeiling() {
        return ceiling;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<ConfidentialityLevel> getLevels() {
        return levels;
    }

    public List<String> getRefusalReasons() {
        return refusalReasons;
    }

    public List<String> getRemedies() {
        return remedies;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }
}
