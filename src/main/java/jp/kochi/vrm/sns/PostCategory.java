package jp.kochi.vrm.sns;

/** 投稿の分類. */
public enum PostCategory {
    NOTICE, EVENT, DISASTER, TOURISM, RECRUITMENT, OTHER
}
