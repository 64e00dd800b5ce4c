package jp.kochi.vrm.archtest.cycle.vetting;

import jp.kochi.vrm.archtest.cycle.contractor.PlantedContractor;
import jp.kochi.vrm.archtest.cycle.platform.PlantedText;

/** The other side of the planted cycle. */
public class PlantedVetting {

    public PlantedContractor contractor() {
        return new PlantedContractor();
    }

    public String note() {
        return PlantedText.trim(" note ");
    }
}
