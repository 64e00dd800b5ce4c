/**
 * Who the caller is: single sign-on through the city's Keycloak realm (OpenID Connect), the portal's
 * roles, sign-in, and the signed-in user shown in the header. Keycloak owns the accounts, passwords and TOTP;
 * the portal never sees a password. It depends on nothing above the platform: the audit log records sign-ins
 * ({@code audit.SignInAuditFilter}) and the header's sign-out ({@code shell.SignOut}) from above.
 */
package jp.kochi.vrm.identity;
