/**
 * The contract security annex PDF (情報セキュリティに関する特記事項): an {@link jp.kochi.vrm.annex.AnnexDocument}
 * with its values already filled in, laid out by the editable HTML/CSS template in {@code contracts-templates/}
 * and printed with the embedded IPAex明朝 font. Values go into the template as DOM text nodes, never as markup,
 * and lines break by Japanese rules (禁則処理, {@link jp.kochi.vrm.annex.LineBreakRules}).
 */
package jp.kochi.vrm.annex;
