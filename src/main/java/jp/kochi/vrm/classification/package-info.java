/**
 * Information classification (情報資産の分類) of the 総務省 guideline: the confidentiality levels that decide
 * the risk of outsourced work, the clauses of a contract and what a cloud service may hold.
 */
package jp.kochi.vrm.classification;
