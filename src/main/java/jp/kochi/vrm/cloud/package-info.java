/**
 * External (cloud) services (外部サービス): the register, the classification ceiling the portal derives for each
 * service from its terms, ISMAP listing, data location and exceptions ({@link jp.kochi.vrm.cloud.CeilingRule}),
 * and the departments' usage requests a security officer approves within that ceiling.
 */
package jp.kochi.vrm.cloud;
