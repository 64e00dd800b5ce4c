/**
 * The portal's shell: layout, language, menus, the home page of each role, error pages and the helpers
 * every page uses to show messages and dates. UI layer only.
 */
package jp.kochi.vrm.shell;
