package jp.kochi.vrm.sns;

import java.io.Serializable;
import java.time.LocalDate;

/** What the account form posts: the facts of {@link SnsAccount}, with the records it refers to as ids. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Platform platform = Platform.X;
    private String platformOther;
    private String handle;
    private String address;
    private String displayName;
    private Long departmentId;
    private String responsibleUser;
    private String responsibleName;
    private String deputyUser;
    private String deputyName;
    private Operator operator = Operator.STAFF;
    private Long contractId;
    private String purpose;
    private String audience;
    private AccountStatus status = AccountStatus.ACTIVE;
    private boolean mfa;
    private String credentialLocation;
    private String credentialHolder;
    private LocalDate credentialsChangedOn;
    private LocalDate openedOn;

    public static AccountForm of(SnsAccount a) {
        AccountForm f = new AccountForm();
        SnsAccount.Facts x = a.facts();
        f.platform = x.platform();
        f.platformOther = x.platformOther();
        f.handle = x.handle();
        f.address = x.address();
        f.displayName = x.displayName();
        f.departmentId = x.department().getId();
        f.responsibleUser = x.responsibleUser();
        f.responsibleName = x.responsibleName();
        f.deputyUser = x.deputyUser();
        f.deputyName = x.deputyName();
        f.operator = x.operator();
        f.contractId = x.contract() == null ? null : x.contract().getId();
        f.purpose = x.purpose();
        f.audience = x.audience();
        f.status = x.status();
        f.mfa = x.mfa();
        f.credentialLocation = x.credentialLocation();
        f.credentialHolder = x.credentialHolder();
        f.credentialsChangedOn = x.credentialsChangedOn();
        f.openedOn = x.openedOn();
        return f;
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getPlatformOther() {
        return platformOther;
    }

    public void setPlatformOther(String platformOther) {
        this.platformOther = platformOther;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getResponsibleUser() {
        return responsibleUser;
    }

    public void setResponsibleUser(String responsibleUser) {
        this.responsibleUser = responsibleUser;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public void setResponsibleName(String responsibleName) {
        this.responsibleName = responsibleName;
    }

    public String getDeputyUser() {
        return deputyUser;
    }

    public void setDeputyUser(String deputyUser) {
        this.deputyUser = deputyUser;
    }

    public String getDeputyName() {
        return deputyName;
    }

    public void setDeputyName(String deputyName) {
        this.deputyName = deputyName;
    }

    public Operator getOperator() {
        return operator;
    }

    public void setOperator(Operator operator) {
        this.operator = operator;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public boolean isMfa() {
        return mfa;
    }

    public void setMfa(boolean mfa) {
        this.mfa = mfa;
    }

    public String getCredentialLocation() {
        return credentialLocation;
    }

    public void setCredentialLocation(String credentialLocation) {
        this.credentialLocation = credentialLocation;
    }

    public String getCredentialHolder() {
        return credentialHolder;
    }

    public void setCredentialHolder(String credentialHolder) {
        this.credentialHolder = credentialHolder;
    }

    public LocalDate getCredentialsChangedOn() {
        return credentialsChangedOn;
    }

    public void setCredentialsChangedOn(LocalDate credentialsChangedOn) {
        this.credentialsChangedOn = credentialsChangedOn;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }
}
