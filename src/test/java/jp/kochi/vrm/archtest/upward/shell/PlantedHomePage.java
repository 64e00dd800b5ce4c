package jp.kochi.vrm.archtest.upward.shell;

import jp.kochi.vrm.archtest.upward.sns.PlantedSnsResource;

/** The web layer reading a capability: a downward dependency, allowed. */
public class PlantedHomePage {

    public String today() {
        return new PlantedSnsResource().today();
    }
}
