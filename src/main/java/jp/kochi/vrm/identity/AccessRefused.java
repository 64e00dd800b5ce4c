package jp.kochi.vrm.identity;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * A service call refused by {@link Allowed}: the caller holds none of the roles. An {@link EJBAccessException}, so it
 * is answered with the 403 page like every other refusal; thrown as it is and the transaction rolled back.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String message) {
        super(message);
    }
}
