/**
 * 所管課 (departments): the city's organisational units that own contracts, external services and social
 * media accounts. Reference data kept by administrators; every other capability refers to it.
 */
package jp.kochi.vrm.department;
