package jp.kochi.vrm.incident;

import java.io.Serializable;
import java.time.LocalDate;

/** The figures of a {@link ReportRule} as the security officer edits them. */
public class ReportRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String basis;
    private String checkNote;
    private boolean onSensitive;
    private boolean onPropertyDamage;
    private boolean onUnauthorisedPurpose;
    private boolean onAny;
    private Integer countOver;
    private Integer preliminaryDays;
    private Integer finalDays;
    private Integer finalDaysUnauthorised;
    private boolean knownDayIsDayOne;
    private LocalDate checkedOn;
    private boolean active;
    private long version;

    public static ReportRuleForm of(ReportRule r) {
        ReportRuleForm f = new ReportRuleForm();
        f.code = r.getCode();
        f.basis = r.getBasis();
        f.checkNote = r.getCheckNote();
        f.onSensitive = r.isOnSensitive();
        f.onPropertyDamage = r.isOnPropertyDamage();
        f.onUnauthorisedPurpose = r.isOnUnauthorisedPurpose();
        f.onAny = r.isOnAny();
        f.countOver = r.getCountOver();
        f.preliminaryDays = r.getPreliminaryDays();
        f.finalDays = r.getFinalDays();
        f.finalDaysUnauthorised = r.getFinalDaysUnauthorised();
        f.knownDayIsDayOne = r.isKnownDayIsDayOne();
        f.checkedOn = r.getCheckedOn();
        f.active = r.isActive();
        f.version = r.getVersion();
        return f;
    }

    public String getCode() {
        return code;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getCheckNote() {
        return checkNote;
    }

    public void setCheckNote(String checkNote) {
        this.checkNote = checkNote;
    }

    public boolean isOnSensitive() {
        return onSensitive;
    }

    public void setOnSensitive(boolean onSensitive) {
        this.onSensitive = onSensitive;
    }

    public boolean isOnPropertyDamage() {
        return onPropertyDamage;
    }

    public void setOnPropertyDamage(boolean onPropertyDamage) {
        this.onPropertyDamage = onPropertyDamage;
    }

    public boolean isOnUnauthorisedPurpose() {
        return onUnauthorisedPurpose;
    }

    public void setOnUnauthorisedPurpose(boolean onUnauthorisedPurpose) {
        this.onUnauthorisedPurpose = onUnauthorisedPurpose;
    }

    public boolean isOnAny() {
        return onAny;
    }

    public void setOnAny(boolean onAny) {
        this.onAny = onAny;
    }

    public Integer getCountOver() {
        return countOver;
    }

    public void setCountOver(Integer countOver) {
        this.countOver = countOver;
    }

    public Integer getPreliminaryDays() {
        return preliminaryDays;
    }

    public void setPreliminaryDays(Integer preliminaryDays) {
        this.preliminaryDays = preliminaryDays;
    }

    public Integer getFinalDays() {
        return finalDays;
    }

    public void setFinalDays(Integer finalDays) {
        this.finalDays = finalDays;
    }

    public Integer getFinalDaysUnauthorised() {
        return finalDaysUnauthorised;
    }

    public void setFinalDaysUnauthorised(Integer finalDaysUnauthorised) {
        this.finalDaysUnauthorised = finalDaysUnauthorised;
    }

    public boolean isKnownDayIsDayOne() {
        return knownDayIsDayOne;
    }

    public void setKnownDayIsDayOne(boolean knownDayIsDayOne) {
        this.knownDayIsDayOne = knownDayIsDayOne;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
