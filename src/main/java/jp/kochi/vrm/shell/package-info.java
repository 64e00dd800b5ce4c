/**
 * The portal's shell, the top (web) layer: layout, language, menus, the home page of each role and error pages.
 * It may depend on every capability; nothing depends on it. The helpers every page uses to show messages and
 * dates are below the capabilities ({@code platform.faces}, {@code platform.Dates}).
 */
package jp.kochi.vrm.shell;
