package jp.kochi.vrm.archtest.upward.platform;

import jp.kochi.vrm.archtest.upward.sns.PlantedSnsDefaults;

/** A kernel class that reads a capability's default: an upward dependency. */
public class PlantedSettings {

    public int dormantAfterDays() {
        return PlantedSnsDefaults.DORMANT_AFTER_DAYS + 0;
    }

    public PlantedSnsDefaults defaults() {
        return new PlantedSnsDefaults();
    }
}
