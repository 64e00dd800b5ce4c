/**
 * Official social media accounts (公式ソーシャルメディアアカウント): each account's responsible person and deputy, its
 * versioned posting guideline and operating procedure, the post log with a self-check against the guideline,
 * dormant accounts, and the public list and verification API ({@link jp.kochi.vrm.sns.AccountAddress} normalises
 * the addresses compared).
 */
package jp.kochi.vrm.sns;
