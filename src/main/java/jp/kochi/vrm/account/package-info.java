/**
 * 委託事業者のポータルアカウント (contractor portal accounts): procurement invites a contractor's representative,
 * the portal creates the user in Keycloak through the admin client with the realm's service-account client
 * ({@code vrm-provisioning}), and Keycloak mails the link to verify the address, set a password and configure
 * TOTP. The portal's record ({@link jp.kochi.vrm.account.PortalAccount}) is the source of truth for whether an
 * account may be used: disabling (by hand, or automatically when the contractor ends or its last contract is
 * closed) is committed to the database first and pushed to Keycloak after commit, retried by a periodic job
 * until Keycloak agrees; the contractor portal admits only users with an enabled record
 * ({@link jp.kochi.vrm.account.PortalAccounts#enabledContractorId}).
 */
package jp.kochi.vrm.account;
