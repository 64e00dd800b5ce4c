package jp.kochi.vrm.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;

/** 所管課: a department of the city, identified by its organisation code. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.ALL, query = "SELECT d FROM Department d ORDER BY d.code")
@NamedQuery(name = Department.BY_CODE, query = "SELECT d FROM Department d WHERE d.code = :code")
@NamedQuery(name = Department.COUNT_ACTIVE, query = "SELECT COUNT(d) FROM Department d WHERE d.active = TRUE")
public class Department extends AuditedEntity {

    static final String ALL = "Department.all";
    static final String BY_CODE = "Department.byCode";
    static final String COUNT_ACTIVE = "Department.countActive";

    @Id
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    /** Organisation code (組織コード): 3 to 10 letters or digits. */
    @NotBlank
    @Pattern(regexp = "[0-9A-Za-z]{3,10}", message = "{vrm.department.code.pattern}")
    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Size(max = 100)
    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    protected Department() {
    }

    public Department(String code, String name, String nameEn) {
        this.code = Objects.requireNonNull(code, "code").strip();
        this.name = Objects.requireNonNull(name, "name").strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    /** A fresh, unsaved department for the "new" form. */
    public static Department blank() {
        Department d = new Department();
        d.code = "";
        d.name = "";
        return d;
    }

    /** 廃止: a department that no longer exists keeps its history but can no longer be chosen. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public boolean isActive() {
        return active;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("nameEn", nameEn);
        state.put("active", Boolean.toString(active));
        return state;
    }
}
