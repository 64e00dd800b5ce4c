/**
 * Mail the portal sends: an outbox written in the same transaction as the change it reports, and a dispatcher
 * that sends it over SMTP (Jakarta Mail), claims each mail before sending and retries with back-off.
 */
package jp.kochi.vrm.mail;
