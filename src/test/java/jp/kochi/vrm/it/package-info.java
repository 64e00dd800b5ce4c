/**
 * Integration and browser tests ({@code *IT}) against the real portal: Payara Micro with the built WAR,
 * the real Keycloak with the curated realm, and the real database (H2 file, or PostgreSQL with
 * {@code -Dit.db=postgresql}). {@link jp.kochi.vrm.it.PortalStack} starts them once per test run.
 */
package jp.kochi.vrm.it;
