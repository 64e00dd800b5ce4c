/**
 * Cross-cutting foundation of the portal: configuration, the datasource and its Flyway migrations, the
 * start-up guard that refuses service when configuration is wrong, time ({@link java.time.Clock}),
 * health checks, security headers and error handling. Business capabilities live in their own packages.
 */
package jp.kochi.vrm.platform;
