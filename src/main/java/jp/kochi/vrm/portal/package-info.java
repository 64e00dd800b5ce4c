/** The contractor's own portal (委託事業者ポータル): what a signed-in contractor sees of its own records. */
package jp.kochi.vrm.portal;
