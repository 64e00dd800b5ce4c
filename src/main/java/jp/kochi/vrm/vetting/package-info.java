/**
 * Vetting of contractors (委託事業者の選定): the versioned selection checklist, the vettings procurement fills
 * in, the risk tier rule, and the four-eyes approval by the security officer.
 */
package jp.kochi.vrm.vetting;
