/**
 * Who the caller is: single sign-on through the city's Keycloak realm (OpenID Connect), the portal's
 * roles, sign-in and sign-out, and the signed-in user shown in the header. Keycloak owns the accounts,
 * passwords and TOTP; the portal never sees a password.
 */
package jp.kochi.vrm.identity;
