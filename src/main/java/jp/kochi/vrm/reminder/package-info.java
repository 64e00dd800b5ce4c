/**
 * 期限管理: nothing may lapse unnoticed. Each capability declares its dated items once, as a {@link
 * jp.kochi.vrm.due.DueDateSource} (package {@code due}, below the capabilities, so that a capability never depends
 * on this one); the reminder job ({@link jp.kochi.vrm.reminder.ReminderJob}) derives what has come due, writes each
 * (item, threshold) once under a database lock ({@link jp.kochi.vrm.reminder.ReminderEngine}), notifies the
 * responsible people in the portal and by mail (through the outbox), escalates overdue items to the security
 * officers, and keeps the record the oversight dashboard and the yearly self-inspection report read.
 */
package jp.kochi.vrm.reminder;
