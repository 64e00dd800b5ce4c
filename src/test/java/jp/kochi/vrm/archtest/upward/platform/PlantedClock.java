package jp.kochi.vrm.archtest.upward.platform;

/** A kernel class that depends on nothing above it. */
public class PlantedClock {

    public String today() {
        return "2026-12-07";
    }
}
