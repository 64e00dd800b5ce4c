/**
 * Evidence files (証跡): certificates, checklists and reports uploaded as proof. Every file is checked by
 * its content (not its name), hashed with SHA-256 and kept in the database beside its record.
 */
package jp.kochi.vrm.evidence;
