package jp.kochi.vrm.archtest.cycle.contractor;

import jp.kochi.vrm.archtest.cycle.platform.PlantedText;
import jp.kochi.vrm.archtest.cycle.vetting.PlantedVetting;

/** One side of a planted cycle (contractor -> vetting -> contractor). */
public class PlantedContractor {

    public PlantedVetting latestVetting() {
        return new PlantedVetting();
    }

    public String name() {
        return PlantedText.trim(" name ");
    }
}
