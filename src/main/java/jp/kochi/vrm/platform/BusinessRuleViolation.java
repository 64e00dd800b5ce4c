package jp.kochi.vrm.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the portal refuses for a reason the user can fix: the message key (in the {@code messages}
 * bundle) and its arguments are shown in the user's language; the transaction rolls back, nothing is lost
 * on the form.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;
    private final boolean refusal;
    private transient boolean audited;

    public BusinessRuleViolation(String messageKey, Object... arguments) {
        this(false, messageKey, arguments);
    }

    private BusinessRuleViolation(boolean refusal, String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.refusal = refusal;
    }

    /**
     * A rule that refuses this caller the action whatever they enter, such as approving their own vetting
     * (二者確認): unlike a correctable input, it is recorded in the audit log under the caller's name.
     */
    public static BusinessRuleViolation refusal(String messageKey, Object... arguments) {
        return new BusinessRuleViolation(true, messageKey, arguments);
    }

    public boolean isRefusal() {
        return refusal;
    }

    /** Whether the refusal has been recorded (it passes through every service call it was thrown across). */
    public boolean isAudited() {
        return audited;
    }

    public void audited() {
        this.audited = true;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
