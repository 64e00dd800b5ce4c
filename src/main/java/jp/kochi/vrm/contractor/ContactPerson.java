package jp.kochi.vrm.contractor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** 担当者: a contact person at the contractor. */
@Embeddable
public class ContactPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{vrm.contact.name.required}")
    @Size(max = 100)
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Size(max = 100)
    @Column(name = "department", length = 100)
    private String department;

    @Email(message = "{vrm.contact.email.invalid}")
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    /** Digits, spaces, hyphens, parentheses and a leading plus: 088-822-8111, +81 88 822 8111. */
    @Pattern(regexp = "\\+?[0-9()\\- ]{6,30}", message = "{vrm.contact.phone.invalid}")
    @Size(max = 30)
    @Column(name = "phone", length = 30)
    private String phone;

    public ContactPerson() {
    }

    public ContactPerson(String name, String department, String email, String phone) {
        this.name = clean(name);
        this.department = clean(department);
        this.email = clean(email);
        this.phone = clean(phone);
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = clean(department);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = clean(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = clean(phone);
    }

    /** One line for the audit log and exports: name, department, email, phone. */
    public String summary() {
        StringBuilder s = new StringBuilder(Objects.requireNonNullElse(name, ""));
        for (String part : new String[] {department, email, phone}) {
            if (part != null) {
                s.append(" / ").append(part);
            }
        }
        return s.toString();
    }
}
