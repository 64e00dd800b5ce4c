package jp.kochi.vrm.archtest.upward.sns;

import jp.kochi.vrm.archtest.upward.platform.PlantedClock;

/** A capability's resource; depends downward on the kernel, as it may. */
public class PlantedSnsResource {

    public String today() {
        return new PlantedClock().today();
    }
}
