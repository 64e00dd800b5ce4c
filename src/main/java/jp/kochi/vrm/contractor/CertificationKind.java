package jp.kochi.vrm.contractor;

/** Third-party certifications the selection checklist asks about. Labels {@code certification.kind.<name>}. */
public enum CertificationKind {
    /** ISMS (ISO/IEC 27001). */
    ISMS,
    /** プライバシーマーク (JIS Q 15001). */
    PRIVACY_MARK,
    /** ISMAP: government cloud assurance. */
    ISMAP,
    /** ISMAP-LIU: ISMAP for low-impact SaaS. */
    ISMAP_LIU,
    /** Any other, named in {@code kindOther}. */
    OTHER
}
