package jp.kochi.vrm.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legal reports an incident calls for under one {@link ReportRule}, and by when: the preliminary report (速報) and
 * the final report (確報), counted from the day the city knew of the incident. The reasons say which facts made it
 * reportable, as message keys, so every clock is shown with its basis.
 *
 * @param rule the rule
 * @param reasons the triggers that hold, as message keys ({@code incident.trigger.*})
 * @param preliminaryDue the last day for the preliminary report
 * @param finalDue the last day for the final report
 */
public record ReportingClock(ReportRule rule, List<String> reasons, LocalDate preliminaryDue, LocalDate finalDue) {

    /** The clock of {@code rule} for an incident with {@code facts} the city knew of on {@code knownOn}, if any. */
    public static Optional<ReportingClock> of(ReportRule rule, IncidentFacts facts, LocalDate knownOn) {
        if (!rule.isActive() || knownOn == null || !concerns(rule, facts)) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (rule.isOnAny()) {
            reasons.add("incident.trigger.any");
        }
        if (rule.isOnSensitive() && facts.sensitive()) {
            reasons.add("incident.trigger.sensitive");
        }
        if (rule.isOnPropertyDamage() && facts.propertyDamage()) {
            reasons.add("incident.trigger.propertyDamage");
        }
        if (rule.isOnUnauthorisedPurpose() && facts.unauthorisedPurpose()) {
            reasons.add("incident.trigger.unauthorisedPurpose");
        }
        if (rule.getCountOver() != null && facts.affectedCount() != null
                && facts.affectedCount() > rule.getCountOver()) {
            reasons.add("incident.trigger.countOver");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        boolean unauthorised = rule.isOnUnauthorisedPurpose() && facts.unauthorisedPurpose();
        int finalDays = unauthorised ? rule.getFinalDaysUnauthorised() : rule.getFinalDays();
        return Optional.of(new ReportingClock(rule, List.copyOf(reasons),
                dayNumber(knownOn, rule.getPreliminaryDays(), rule.isKnownDayIsDayOne()),
                dayNumber(knownOn, finalDays, rule.isKnownDayIsDayOne())));
    }

    /** Whether the incident involves the rule's kind of information at all. */
    static boolean concerns(ReportRule rule, IncidentFacts facts) {
        return switch (rule.getAppliesTo()) {
            case PERSONAL_INFO -> facts.isAnyPersonalInfo();
            case MY_NUMBER -> facts.myNumber();
        };
    }

    /**
     * The last day of a period of {@code days} days from {@code knownOn}: with the known day as day one, 30 days
     * from 1 April end on 30 April; otherwise (counted from the next day, as 民法第140条) on 1 May. A period of 0 days
     * ends on the known day itself.
     */
    static LocalDate dayNumber(LocalDate knownOn, int days, boolean knownDayIsDayOne) {
        if (days <= 0) {
            return knownOn;
        }
        return knownOn.plusDays(knownDayIsDayOne ? days - 1L : days);
    }
}
