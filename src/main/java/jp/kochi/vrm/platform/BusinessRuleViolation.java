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

    public BusinessRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
