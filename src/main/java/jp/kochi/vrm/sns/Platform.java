package jp.kochi.vrm.sns;

/** The social media service an account is on. */
public enum Platform {
    X, FACEBOOK, INSTAGRAM, LINE, YOUTUBE, TIKTOK, NOTE, OTHER
}
