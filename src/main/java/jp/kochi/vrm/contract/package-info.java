/**
 * Contracts (契約): their facts, the clauses they carry (mandatory ones chosen by
 * {@link jp.kochi.vrm.clause.ClauseSelection}, removable only with a security officer's approval), the
 * lifecycle 起案 → 締結 → 履行中 → 終了 → 完了, the obligation schedule concluding creates, and the annex PDF
 * (情報セキュリティに関する特記事項) generated as immutable versions.
 */
package jp.kochi.vrm.contract;
