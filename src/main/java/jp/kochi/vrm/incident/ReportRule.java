package jp.kochi.vrm.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;

/**
 * A legal reporting rule (reference data the security officer keeps, migration V15): which incidents must be reported
 * to the supervisory authority, and by when. Which incidents: those involving the rule's kind of information and
 * meeting any of its triggers ({@link ReportingClock}). The basis and the date it was last checked against the current
 * law and guidelines are shown beside every clock it sets.
 */
@Entity
@Table(name = "incident_report_rule")
public class ReportRule extends AuditedEntity {

    /** The kind of information a rule is about. */
    public enum AppliesTo {
        /** 個人情報 (保有個人情報). */
        PERSONAL_INFO,
        /** 特定個人情報 (My Number). */
        MY_NUMBER
    }

    public static final int MAX_BASIS = 1000;
    public static final int MAX_NOTE = 500;

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, length = MAX_BASIS)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false, length = 20)
    private AppliesTo appliesTo;

    @Column(name = "on_sensitive", nullable = false)
    private boolean onSensitive;

    @Column(name = "on_property_damage", nullable = false)
    private boolean onPropertyDamage;

    @Column(name = "on_unauthorised_purpose", nullable = false)
    private boolean onUnauthorisedPurpose;

    @Column(name = "on_any", nullable = false)
    private boolean onAny;

    @Column(name = "count_over")
    private Integer countOver;

    @Column(name = "preliminary_days", nullable = false)
    private int preliminaryDays;

    @Column(name = "final_days", nullable = false)
    private int finalDays;

    @Column(name = "final_days_unauthorised", nullable = false)
    private int finalDaysUnauthorised;

    @Column(name = "known_day_is_day_one", nullable = false)
    private boolean knownDayIsDayOne;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "check_note", length = MAX_NOTE)
    private String checkNote;

    @Column(nullable = false)
    private boolean active;

    protected ReportRule() {
    }

    /** A rule as the tests and the seed state it. */
    public ReportRule(String code, String name, AppliesTo appliesTo, boolean onSensitive, boolean onPropertyDamage,
            boolean onUnauthorisedPurpose, boolean onAny, Integer countOver, int preliminaryDays, int finalDays,
            int finalDaysUnauthorised, boolean knownDayIsDayOne, LocalDate checkedOn) {
        this.code = code;
        this.name = name;
        this.nameEn = name;
        this.basis = name;
        this.appliesTo = appliesTo;
        this.onSensitive = onSensitive;
        this.onPropertyDamage = onPropertyDamage;
        this.onUnauthorisedPurpose = onUnauthorisedPurpose;
        this.onAny = onAny;
        this.countOver = countOver;
        this.preliminaryDays = preliminaryDays;
        this.finalDays = finalDays;
        this.finalDaysUnauthorised = finalDaysUnauthorised;
        this.knownDayIsDayOne = knownDayIsDayOne;
        this.checkedOn = checkedOn;
        this.active = true;
    }

    /** The security officer's revision of the rule's figures, after checking them against the current guidelines. */
    public void revise(ReportRuleForm f, LocalDate today) {
        Integer over = f.getCountOver();
        if (over != null && over < 0) {
            throw new BusinessRuleViolation("incident.rule.countInvalid");
        }
        requireDays(f.getPreliminaryDays(), 0, 60, "incident.rule.preliminaryDays");
        requireDays(f.getFinalDays(), 1, 365, "incident.rule.finalDays");
        requireDays(f.getFinalDaysUnauthorised(), 1, 365, "incident.rule.finalDaysUnauthorised");
        if (f.getCheckedOn() == null || f.getCheckedOn().isAfter(today)) {
            throw new BusinessRuleViolation("incident.rule.checkedOnInvalid");
        }
        this.basis = TextInput.clean(f.getBasis(), MAX_BASIS, "incident.rule.basis", true);
        this.checkNote = TextInput.clean(f.getCheckNote(), MAX_NOTE, "incident.rule.checkNote", false);
        this.onSensitive = f.isOnSensitive();
        this.onPropertyDamage = f.isOnPropertyDamage();
        this.onUnauthorisedPurpose = f.isOnUnauthorisedPurpose();
        this.onAny = f.isOnAny();
        this.countOver = over;
        this.preliminaryDays = f.getPreliminaryDays();
        this.finalDays = f.getFinalDays();
        this.finalDaysUnauthorised = f.getFinalDaysUnauthorised();
        this.knownDayIsDayOne = f.isKnownDayIsDayOne();
        this.checkedOn = f.getCheckedOn();
        this.active = f.isActive();
    }

    private static void requireDays(Integer days, int min, int max, String field) {
        if (days == null || days < min || days > max) {
            throw new BusinessRuleViolation("incident.rule.daysInvalid", field, min, max);
        }
    }

    @Override
    public String auditId() {
        return code;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("basis", basis);
        state.put("onSensitive", String.valueOf(onSensitive));
        state.put("onPropertyDamage", String.valueOf(onPropertyDamage));
        state.put("onUnauthorisedPurpose", String.valueOf(onUnauthorisedPurpose));
        state.put("onAny", String.valueOf(onAny));
        state.put("countOver", countOver == null ? null : countOver.toString());
        state.put("preliminaryDays", String.valueOf(preliminaryDays));
        state.put("finalDays", String.valueOf(finalDays));
        state.put("finalDaysUnauthorised", String.valueOf(finalDaysUnauthorised));
        state.put("knownDayIsDayOne", String.valueOf(knownDayIsDayOne));
        state.put("checkedOn", checkedOn == null ? null : checkedOn.toString());
        state.put("checkNote", checkNote);
        state.put("active", String.valueOf(active));
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getBasis() {
        return basis;
    }

    public AppliesTo getAppliesTo() {
        return appliesTo;
    }

    public boolean isOnSensitive() {
        return onSensitive;
    }

    public boolean isOnPropertyDamage() {
        return onPropertyDamage;
    }

    public boolean isOnUnauthorisedPurpose() {
        return onUnauthorisedPurpose;
    }

    public boolean isOnAny() {
        return onAny;
    }

    public Integer getCountOver() {
        return countOver;
    }

    public int getPreliminaryDays() {
        return preliminaryDays;
    }

    public int getFinalDays() {
        return finalDays;
    }

    public int getFinalDaysUnauthorised() {
        return finalDaysUnauthorised;
    }

    public boolean isKnownDayIsDayOne() {
        return knownDayIsDayOne;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public String getCheckNote() {
        return checkNote;
    }

    public boolean isActive() {
        return active;
    }
}
