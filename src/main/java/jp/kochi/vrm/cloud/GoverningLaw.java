package jp.kochi.vrm.cloud;

/** The law that governs the terms or contract (準拠法). */
public enum GoverningLaw {
    JAPANESE, FOREIGN
}
