package jp.kochi.vrm.cloud;

import java.util.List;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/** A usage asked for information above the service's ceiling: the message, why, and what would make it allowable. */
public class CeilingExceeded extends BusinessRuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient Ceiling ceiling;
    private final transient List<Reason> remedies;

    public CeilingExceeded(String serviceName, String requestedCode, Ceiling ceiling, List<Reason> remedies) {
        super("usage.aboveCeiling", serviceName, requestedCode, ceiling.level().getCode());
        this.ceiling = ceiling;
        this.remedies = List.copyOf(remedies);
    }

    public List<Reason> reasons() {
        return ceiling.reasons();
    }

    public List<Reason> remedies() {
        return remedies;
    }
}
