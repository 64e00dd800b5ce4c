package jp.kochi.vrm.archtest.upward.sns;

/** A capability's business default. */
public class PlantedSnsDefaults {

    public static final int DORMANT_AFTER_DAYS = 90;
}
