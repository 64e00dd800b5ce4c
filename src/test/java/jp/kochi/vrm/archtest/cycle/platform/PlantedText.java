package jp.kochi.vrm.archtest.cycle.platform;

/** Used by both sides of the cycle and depending on neither: on no cycle. */
public final class PlantedText {

    private PlantedText() {
    }

    public static String trim(String s) {
        return s.strip();
    }
}
