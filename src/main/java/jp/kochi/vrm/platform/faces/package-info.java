/**
 * The Faces helpers every page bean uses, whichever layer its capability is in: messages for the user in the
 * user's language ({@link jp.kochi.vrm.platform.faces.UiMessages}) and uploaded files
 * ({@link jp.kochi.vrm.platform.faces.Uploads}). They sit below every capability so that a capability's page never
 * depends on the web layer ({@code shell}), which may depend on every capability (docs/architecture.md).
 */
package jp.kochi.vrm.platform.faces;
