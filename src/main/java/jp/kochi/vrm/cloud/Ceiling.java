package jp.kochi.vrm.cloud;

import java.util.List;
import jp.kochi.vrm.classification.ConfidentialityLevel;

/**
 * The highest confidentiality level a service may hold today, and why.
 *
 * @param level     the ceiling
 * @param basis     what it rests on before exceptions
 * @param domestic  stored in Japan under Japanese law
 * @param exception an exception raised it
 * @param reasons   the derivation, step by step, as shown on screen
 */
public record Ceiling(ConfidentialityLevel level, AssuranceBasis basis, boolean domestic, boolean exception,
        List<Reason> reasons) {

    /** Information of this level may be put into the service. */
    public boolean allows(ConfidentialityLevel requested) {
        return !requested.isAbove(level);
    }
}
