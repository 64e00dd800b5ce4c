/**
 * What a capability declares so that its dated items are reminded of (期限): a {@link
 * jp.kochi.vrm.due.DueDateSource} with its kinds ({@link jp.kochi.vrm.due.DueKind}), items, counts and queries, the
 * reminder settings in force and who is to be told ({@link jp.kochi.vrm.due.Recipient}). The capabilities implement
 * it; the reminder engine ({@code reminder}) reads every implementation. It sits below both, so that neither a
 * capability depends on the reminders nor the reminders' dashboard on a cycle (docs/architecture.md).
 */
package jp.kochi.vrm.due;
