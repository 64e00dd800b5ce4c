/**
 * Cross-cutting foundation of the portal: configuration, the datasource and its Flyway migrations, the
 * start-up guard that refuses service when configuration is wrong, time ({@link java.time.Clock}),
 * health checks, security headers, error handling, dates as the city writes them ({@link jp.kochi.vrm.platform.Dates})
 * and the Faces helpers of every page ({@code platform.faces}). Business capabilities live in their own packages.
 */
package jp.kochi.vrm.platform;
