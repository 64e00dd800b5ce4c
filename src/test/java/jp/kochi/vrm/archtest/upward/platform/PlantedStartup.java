package jp.kochi.vrm.archtest.upward.platform;

import jp.kochi.vrm.archtest.upward.sns.PlantedSnsResource;

/** A kernel class that names a capability's resource: a second upward dependency. */
public class PlantedStartup {

    public Class<?> resource() {
        return PlantedSnsResource.class;
    }
}
