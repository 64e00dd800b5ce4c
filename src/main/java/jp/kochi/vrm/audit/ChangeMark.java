package jp.kochi.vrm.audit;

import jakarta.persistence.EntityManager;

/**
 * How far the committed changes have come: the sequence number of the newest audit entry as the chain head records
 * it. Every change to a business record writes its entry in the transaction that makes it, and the number is taken
 * under the chain head's row lock, so a later commit always has a higher mark: a figure computed from the records
 * after reading mark {@code m} reflects at least every change up to {@code m}, and is out of date exactly when the
 * mark has moved. Read from the database, so it holds for every server of a cluster. One primary-key read.
 */
public final class ChangeMark {

    private ChangeMark() {
    }

    /** The current mark, as committed when read. */
    public static long current(EntityManager em) {
        Object v = em.createNativeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1").getSingleResult();
        return ((Number) v).longValue();
    }
}
