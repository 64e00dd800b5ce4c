/**
 * Demo data, loaded at start-up when the portal runs with demo data ({@code vrm.demo-data}), each loader on the
 * {@code PortalStarted} event at its own priority. Demo data spans capabilities (a demo contractor comes with its
 * vettings), so it sits above them, where it may depend on every capability without making one depend on another.
 * The other capabilities' loaders (department, contract, sns, cloud, account, incident) still live in their own
 * packages; contract's and sns's use package-private intent methods of their entities.
 */
package jp.kochi.vrm.demo;
