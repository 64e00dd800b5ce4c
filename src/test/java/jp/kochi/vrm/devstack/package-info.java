/**
 * Starts the real servers the portal needs, as child processes: Keycloak (from the Maven-fetched
 * distribution, realm imported from {@code realm-export/}, with the demo overlay when demo data is on) and
 * Payara Micro with the portal's WAR. Used by the run command ({@link jp.kochi.vrm.devstack.RunPortal}) and,
 * with other ports and folders, by the integration tests, so both run the same way.
 */
package jp.kochi.vrm.devstack;
